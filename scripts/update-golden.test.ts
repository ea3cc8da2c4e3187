import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

describe("scripts/update-golden.mjs", () => {
  it("refuses to run in CI, before building or testing anything", () => {
    const run = spawnSync(process.execPath, ["scripts/update-golden.mjs"], { encoding: "utf8", env: { ...process.env, CI: "true" } });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/does not run in CI/);
    expect(run.stdout).toBe("");
  });
});
