import type { ConformanceResults } from "@/content/schema";

/** Tests name the WCAG criteria they check with tags such as `@wcag-2.4.7`. */
const criterionTag = /^@wcag-(\d\.\d{1,2}\.\d{1,2})$/;

export interface FinishedTest {
  tags: readonly string[];
  /** Playwright's outcome: "expected", "unexpected", "flaky" or "skipped". */
  outcome: string;
}

/** The code a run tested: its commit, and whether other files had changed since. */
export interface TestedCode {
  commit: string;
  uncommittedChanges: boolean;
}

/** A program or package the run used, and its version: "Chromium", "150.0.7871.100". */
export interface ToolVersion {
  tool: string;
  version: string;
}

/**
 * Adds up passes and failures per success criterion. A flaky test counts as a failure: a check
 * that passes only on retry is not evidence a claim holds. Skipped tests count as neither.
 */
export function summariseResults(tests: readonly FinishedTest[], testedOn: Date, testedCode?: TestedCode, testedWith?: ToolVersion[]): ConformanceResults {
  const criteria: ConformanceResults["criteria"] = {};
  for (const test of tests) {
    if (test.outcome === "skipped") continue;
    for (const tag of test.tags) {
      const id = criterionTag.exec(tag)?.[1];
      if (!id) continue;
      const result = (criteria[id] ??= { passed: 0, failed: 0 });
      if (test.outcome === "expected") result.passed++;
      else result.failed++;
    }
  }
  const sorted = Object.fromEntries(
    Object.entries(criteria).sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })),
  );
  return { testedOn: testedOn.toISOString().slice(0, 10), ...testedCode, ...(testedWith ? { testedWith } : {}), criteria: sorted };
}
