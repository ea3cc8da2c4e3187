import fs from "node:fs";
import type { FullResult, Reporter, TestCase } from "@playwright/test/reporter";
import { summariseResults, type FinishedTest } from "@/lib/conformance/summarise-results";

/**
 * Writes content/conformance-results.json from a complete test run, for the report page at
 * /accessibility/report. Only `npm test` turns it on, so running one spec never rewrites the
 * report with a fraction of the evidence.
 */
export default class ConformanceReporter implements Reporter {
  private readonly finished: FinishedTest[] = [];

  onTestEnd(test: TestCase) {
    this.finished.push({ tags: test.tags, outcome: test.outcome() });
  }

  onEnd(result: FullResult) {
    // A run that was stopped, or never started a test (say, the server could not start), is no evidence.
    if (result.status === "interrupted" || this.finished.length === 0) {
      console.log("No conformance results written: the run did not complete its tests");
      return;
    }
    const summary = summariseResults(this.finished, new Date());
    fs.writeFileSync("content/conformance-results.json", `${JSON.stringify(summary, null, 2)}\n`);
    console.log(`Conformance results for ${Object.keys(summary.criteria).length} WCAG criteria written to content/conformance-results.json`);
  }
}
