import { describe, expect, it } from "vitest";
import { conformanceResultsSchema } from "@/content/schema";
import { summariseResults } from "./summarise-results";

describe("summariseResults", () => {
  const testedOn = new Date("2026-11-25T21:00:00Z");

  it("counts each tagged test once per criterion it names", () => {
    const results = summariseResults(
      [
        { tags: ["@wcag-2.4.7", "@wcag-2.4.13"], outcome: "expected" },
        { tags: ["@wcag-2.4.7"], outcome: "expected" },
        { tags: ["@wcag-1.4.3"], outcome: "unexpected" },
      ],
      testedOn,
    );
    expect(results).toEqual({
      testedOn: "2026-11-25",
      criteria: { "1.4.3": { passed: 0, failed: 1 }, "2.4.7": { passed: 2, failed: 0 }, "2.4.13": { passed: 1, failed: 0 } },
    });
  });

  it("orders criteria numerically, so 1.4.10 follows 1.4.4", () => {
    const results = summariseResults(
      ["@wcag-1.4.10", "@wcag-1.4.4", "@wcag-1.4.12"].map((tag) => ({ tags: [tag], outcome: "expected" })),
      testedOn,
    );
    expect(Object.keys(results.criteria)).toEqual(["1.4.4", "1.4.10", "1.4.12"]);
  });

  it("treats a flaky pass as a failure and ignores skipped tests and other tags", () => {
    const results = summariseResults(
      [
        { tags: ["@wcag-2.1.1", "@slow"], outcome: "flaky" },
        { tags: ["@wcag-2.1.1"], outcome: "skipped" },
        { tags: ["@wcag-21"], outcome: "expected" },
      ],
      testedOn,
    );
    expect(results.criteria).toEqual({ "2.1.1": { passed: 0, failed: 1 } });
  });

  it("records the commit the run tested, and whether the code had changed since", () => {
    const testedCode = { commit: "0123456789abcdef0123456789abcdef01234567", uncommittedChanges: true };
    const results = summariseResults([{ tags: ["@wcag-4.1.2"], outcome: "expected" }], testedOn, testedCode);
    expect(results).toEqual({ testedOn: "2026-11-25", ...testedCode, criteria: { "4.1.2": { passed: 1, failed: 0 } } });
  });

  it("writes what the content schema accepts, with or without the tested commit", () => {
    const tests = [{ tags: ["@wcag-4.1.2"], outcome: "expected" }];
    const withoutCommit = summariseResults(tests, testedOn);
    const withCommit = summariseResults(tests, testedOn, { commit: "0123456789abcdef0123456789abcdef01234567", uncommittedChanges: false });
    expect(conformanceResultsSchema.parse(withoutCommit)).toEqual(withoutCommit);
    expect(conformanceResultsSchema.parse(withCommit)).toEqual(withCommit);
  });

  it("records the tools the run used, in a shape the content schema accepts", () => {
    const testedWith = [
      { tool: "Chromium", version: "150.0.7871.100" },
      { tool: "Orca", version: "43.1" },
    ];
    const results = summariseResults([{ tags: ["@wcag-4.1.2"], outcome: "expected" }], testedOn, undefined, testedWith);
    expect(results.testedWith).toEqual(testedWith);
    expect(conformanceResultsSchema.parse(results)).toEqual(results);
    expect(conformanceResultsSchema.safeParse({ ...results, testedWith: [{ tool: "Chromium" }] }).success).toBe(false);
  });
});
