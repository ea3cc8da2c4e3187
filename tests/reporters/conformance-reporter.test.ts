import { execFile, execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

/**
 * Runs the real Playwright command line, with the real reporter, on a tiny project in a temporary
 * folder: two projects and two spec files of tagged tests that pass without a browser. Each run
 * starts with an output file from an "earlier run", so a run that must not write can be seen to
 * leave it byte for byte as it was.
 */
const repositoryRoot = path.resolve(import.meta.dirname, "../..");
const playwrightCli = path.join(repositoryRoot, "node_modules/@playwright/test/cli.js");
const reporterFile = path.join(repositoryRoot, "tests/reporters/conformance-reporter.ts");
const earlierResults = `{ "testedOn": "an earlier run", "criteria": {} }\n`;

const config = `import { defineConfig } from "@playwright/test";
export default defineConfig({
  testDir: "tests",
  workers: 1,
  reporter: [[${JSON.stringify(reporterFile)}, { outputFile: "conformance-results.json" }]],
  projects: [{ name: "first" }, { name: "second" }],
});
`;
const controlsSpec = `import { expect, test } from "@playwright/test";
test("names every control", { tag: "@wcag-4.1.2" }, () => expect(1).toBe(1));
test("keeps the outline", { tag: "@wcag-1.3.1" }, () => expect(1).toBe(1));
`;
const focusSpec = `import { expect, test } from "@playwright/test";
test.describe("focus", () => {
  test("stays visible", { tag: "@wcag-2.4.7" }, () => expect(1).toBe(1));
});
`;

interface Scenario {
  /** Arguments after `playwright test`. */
  args?: string[];
  /** controls.spec.ts as changed for this run. */
  controlsSpec?: string;
  /** Makes the project a git repository, committed, and then with a spec file changed or not. */
  git?: "committed" | "changed after the commit";
}

/** The temporary project's spec with one test marked `.only` or `.skip`. */
const withModifier = (modifier: "only" | "skip") => controlsSpec.replace('test("keeps the outline"', `test.${modifier}("keeps the outline"`);

const scenarios = {
  "a complete green run": {},
  "a complete green run in a git repository": { git: "committed" },
  "a complete green run with uncommitted changes": { git: "changed after the commit" },
  "a run with --grep": { args: ["--grep", "outline"] },
  "a run of one file": { args: ["tests/controls.spec.ts"] },
  "a run with --project naming one of two projects": { args: ["--project", "first"] },
  "a run with a .only in a file": { controlsSpec: withModifier("only") },
  "a run with one failing test": { controlsSpec: controlsSpec.replace('"@wcag-1.3.1" }, () => expect(1).toBe(1)', '"@wcag-1.3.1" }, () => expect(1).toBe(2)') },
  "a run with a skipped test": { controlsSpec: withModifier("skip") },
  "a run where a test passes only when retried": {
    args: ["--retries", "1"],
    controlsSpec: controlsSpec.replace('"@wcag-1.3.1" }, () => expect(1).toBe(1)', '"@wcag-1.3.1" }, ({}, testInfo) => expect(testInfo.retry).toBe(1)'),
  },
  "a run with --repeat-each": { args: ["--repeat-each", "2"] },
  "a run that updates snapshots": { args: ["--update-snapshots=all"] },
} satisfies Record<string, Scenario>;

interface Run {
  outputFile: string;
  stdout: string;
}

const runs = new Map<keyof typeof scenarios, Run>();
const temporaryRoot = fs.mkdtempSync(path.join(os.tmpdir(), "conformance-reporter-test-"));

async function runScenario(name: keyof typeof scenarios, scenario: Scenario): Promise<Run> {
  if (scenario.controlsSpec === controlsSpec) throw new Error(`${name}: its change to controls.spec.ts did not apply`);
  const projectDirectory = fs.mkdtempSync(path.join(temporaryRoot, "project-"));
  // The spec files import @playwright/test; the link makes it the same copy the command line runs.
  fs.symlinkSync(path.join(repositoryRoot, "node_modules"), path.join(projectDirectory, "node_modules"), "dir");
  fs.writeFileSync(path.join(projectDirectory, "playwright.config.ts"), config);
  // As in this repository, the specs have a folder of their own, so "relative to the
  // configuration" and "relative to the tests" are different places.
  fs.mkdirSync(path.join(projectDirectory, "tests"));
  fs.writeFileSync(path.join(projectDirectory, "tests/controls.spec.ts"), scenario.controlsSpec ?? controlsSpec);
  fs.writeFileSync(path.join(projectDirectory, "tests/focus.spec.ts"), focusSpec);
  const outputFile = path.join(projectDirectory, "conformance-results.json");
  fs.writeFileSync(outputFile, earlierResults);
  if (scenario.git) {
    fs.writeFileSync(path.join(projectDirectory, ".gitignore"), "node_modules\n");
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.name=Test", "-c", "user.email=test@example.org", ...args], { cwd: projectDirectory });
    git("init", "--quiet");
    git("add", ".");
    git("commit", "--quiet", "--message", "The project as tested");
    if (scenario.git === "changed after the commit") fs.appendFileSync(path.join(projectDirectory, "tests/focus.spec.ts"), "// changed\n");
  }

  // Set while golden files are updated, UPDATE_GOLDEN alone makes the reporter refuse.
  const environment = { ...process.env };
  delete environment.UPDATE_GOLDEN;
  const stdout = await new Promise<string>((resolve) => {
    execFile(
      process.execPath,
      [playwrightCli, "test", ...(scenario.args ?? [])],
      { cwd: projectDirectory, env: environment },
      // A failing run exits non-zero; what it printed is what matters here.
      (_error, stdout) => resolve(stdout),
    );
  });
  return { outputFile, stdout };
}

beforeAll(async () => {
  // In parallel: each run is two Node processes (the run and its listing), mostly waiting on startup.
  await Promise.all(
    Object.entries(scenarios).map(async ([name, scenario]) => {
      runs.set(name as keyof typeof scenarios, await runScenario(name as keyof typeof scenarios, scenario));
    }),
  );
}, 600_000);

afterAll(() => fs.rmSync(temporaryRoot, { recursive: true, force: true }));

function runOf(name: keyof typeof scenarios) {
  const run = runs.get(name);
  if (!run) throw new Error(`${name} did not run`);
  return run;
}

describe("the conformance reporter, run by the Playwright command line", () => {
  it("writes the results of a complete green run: every test of both projects", () => {
    const { outputFile, stdout } = runOf("a complete green run");
    expect(stdout).toMatch(/Conformance results for 3 WCAG criteria from all 6 tests, all passed, written to conformance-results\.json/);
    expect(JSON.parse(fs.readFileSync(outputFile, "utf8"))).toEqual({
      testedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      testedWith: expect.arrayContaining([{ tool: "Chromium", version: expect.stringMatching(/^\d+\./) }, { tool: "Playwright", version: expect.any(String) }]),
      criteria: { "1.3.1": { passed: 2, failed: 0 }, "2.4.7": { passed: 2, failed: 0 }, "4.1.2": { passed: 2, failed: 0 } },
    });
  });

  it.each([
    ["a complete green run in a git repository", false],
    ["a complete green run with uncommitted changes", true],
  ] as const)("records the commit %s tested, and whether other files had changed", (name, uncommittedChanges) => {
    const { outputFile } = runOf(name);
    const head = execFileSync("git", ["rev-parse", "HEAD"], { cwd: path.dirname(outputFile), encoding: "utf8" }).trim();
    // The results file was committed too, and rewritten by the run: that alone is no change.
    expect(JSON.parse(fs.readFileSync(outputFile, "utf8"))).toMatchObject({ commit: head, uncommittedChanges });
  });

  it("names no commit outside a git repository", () => {
    const { outputFile } = runOf("a complete green run");
    expect(JSON.parse(fs.readFileSync(outputFile, "utf8"))).not.toHaveProperty("commit");
  });

  const refusals: [keyof typeof scenarios, RegExp][] = [
    ["a run with --grep", /left out 4 of the full suite's 6 tests/],
    ["a run of one file", /left out 2 of the full suite's 6 tests, e\.g\. first › focus\.spec\.ts › focus › stays visible/],
    ["a run with --project naming one of two projects", /left out 3 of the full suite's 6 tests, e\.g\. second › /],
    ["a run with a .only in a file", /could not be listed.*'\.only' is not allowed/],
    ["a run with one failing test", /2 of 6 tests did not pass \(2 unexpected\), e\.g\. first › controls\.spec\.ts › keeps the outline/],
    ["a run with a skipped test", /2 of 6 tests did not pass \(2 skipped\)/],
    ["a run where a test passes only when retried", /2 of 6 tests did not pass \(2 flaky\)/],
    ["a run with --repeat-each", /6 tests more than the full suite/],
    ["a run that updates snapshots", /rewriting or ignoring its own expectations \(--update-snapshots=all\)/],
  ];
  it.each(refusals)("leaves the earlier results untouched after %s, and says why", (name, reason) => {
    const { outputFile, stdout } = runOf(name);
    expect(fs.readFileSync(outputFile, "utf8")).toBe(earlierResults);
    expect(stdout).toMatch(/Conformance results not written to conformance-results\.json: /);
    expect(stdout).toMatch(reason);
  });
});
