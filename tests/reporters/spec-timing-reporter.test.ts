import path from "node:path";
import type { FullResult, TestCase, TestResult } from "@playwright/test/reporter";
import { describe, expect, it, vi } from "vitest";
import SpecTimingReporter, { formatTimingTable } from "./spec-timing-reporter";

describe("formatTimingTable", () => {
  it("lists spec files most costly first, numbers aligned right, then the wall time", () => {
    const table = formatTimingTable(
      [
        { file: "tests/keyboard.spec.ts", project: "chromium", tests: 9, totalMs: 41_270, slowestTest: { title: "tab order on /cast", durationMs: 8_049 } },
        { file: "tests/axe.spec.ts", project: "chromium", tests: 40, totalMs: 312_420, slowestTest: { title: "axe on /book", durationMs: 21_310 } },
        { file: "tests/narration-real-engine.spec.ts", project: "real-speech", tests: 1, totalMs: 12_000, slowestTest: { title: "reads aloud", durationMs: 12_000 } },
      ],
      843_160,
    );
    expect(table).toBe(
      [
        "Time per spec file and project, summed over its tests, most costly first:",
        "spec file                            project      tests  total s  slowest test",
        "tests/axe.spec.ts                    chromium        40    312.4  21.3 s axe on /book",
        "tests/keyboard.spec.ts               chromium         9     41.3  8.0 s tab order on /cast",
        "tests/narration-real-engine.spec.ts  real-speech      1     12.0  12.0 s reads aloud",
        "Wall time of the run: 843.2 s",
      ].join("\n"),
    );
  });
});

describe("SpecTimingReporter", () => {
  const fakeTest = (file: string, project: string, ...titles: string[]) =>
    ({ location: { file: path.resolve(file) }, parent: { project: () => ({ name: project }) }, titlePath: () => ["", project, file, ...titles] }) as unknown as TestCase;
  const fakeResult = (duration: number, retry = 0) => ({ duration, retry }) as TestResult;

  it("sums durations per file and project, counts a retried test once and names the slowest attempt", () => {
    const log = vi.spyOn(console, "log").mockImplementation(() => {});
    const reporter = new SpecTimingReporter();
    const flaky = fakeTest("tests/settings.spec.ts", "chromium", "settings", "theme persists");
    reporter.onTestEnd(flaky, fakeResult(3_000));
    reporter.onTestEnd(flaky, fakeResult(5_000, 1));
    reporter.onTestEnd(fakeTest("tests/settings.spec.ts", "chromium", "settings", "dialog opens"), fakeResult(1_000));
    reporter.onTestEnd(fakeTest("tests/settings.spec.ts", "real-speech", "settings", "dialog opens"), fakeResult(2_000));
    reporter.onEnd({ duration: 7_500 } as FullResult);

    expect(log).toHaveBeenCalledOnce();
    expect(log.mock.calls[0]![0]).toBe(
      [
        "",
        "Time per spec file and project, summed over its tests, most costly first:",
        "spec file               project      tests  total s  slowest test",
        "tests/settings.spec.ts  chromium         2      9.0  5.0 s settings › theme persists",
        "tests/settings.spec.ts  real-speech      1      2.0  2.0 s settings › dialog opens",
        "Wall time of the run: 7.5 s",
      ].join("\n"),
    );
    log.mockRestore();
  });
});
