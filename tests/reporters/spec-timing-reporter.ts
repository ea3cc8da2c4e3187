import path from "node:path";
import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

/** What one spec file cost in one project: the sum of its tests' durations, retries included. */
export interface SpecTiming {
  file: string;
  project: string;
  tests: number;
  totalMs: number;
  slowestTest: { title: string; durationMs: number };
}

const seconds = (milliseconds: number) => (milliseconds / 1000).toFixed(1);

/**
 * A table of spec files by cost, most costly first, then the run's wall time. Tests run two at a
 * time, so the totals add up to more than the wall time.
 */
export function formatTimingTable(timings: readonly SpecTiming[], wallTimeMs: number) {
  const byCost = [...timings].sort((a, b) => b.totalMs - a.totalMs || a.file.localeCompare(b.file) || a.project.localeCompare(b.project));
  const rows = [
    ["spec file", "project", "tests", "total s", "slowest test"],
    ...byCost.map(({ file, project, tests, totalMs, slowestTest }) => [
      file,
      project,
      String(tests),
      seconds(totalMs),
      `${seconds(slowestTest.durationMs)} s ${slowestTest.title}`,
    ]),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const isNumberColumn = (column: number) => column === 2 || column === 3;
  const lines = rows.map((row) =>
    row
      .map((cell, column) => (isNumberColumn(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join("  ")
      .trimEnd(),
  );
  return ["Time per spec file and project, summed over its tests, most costly first:", ...lines, `Wall time of the run: ${seconds(wallTimeMs)} s`].join("\n");
}

/** Prints the timing table at the end of every run, to show where the suite's time goes. */
export default class SpecTimingReporter implements Reporter {
  private readonly timings = new Map<string, SpecTiming>();

  onTestEnd(test: TestCase, result: TestResult) {
    const file = path.relative(process.cwd(), test.location.file);
    const project = test.parent.project()?.name ?? "";
    const key = JSON.stringify([file, project]);
    const timing = this.timings.get(key) ?? { file, project, tests: 0, totalMs: 0, slowestTest: { title: "", durationMs: -1 } };
    // A retried test ends once per attempt; it is one test, and every attempt took time.
    if (result.retry === 0) timing.tests++;
    timing.totalMs += result.duration;
    if (result.duration > timing.slowestTest.durationMs) {
      timing.slowestTest = { title: test.titlePath().slice(3).join(" › "), durationMs: result.duration };
    }
    this.timings.set(key, timing);
  }

  onEnd(result: FullResult) {
    if (this.timings.size > 0) console.log(`\n${formatTimingTable([...this.timings.values()], result.duration)}`);
  }
}
