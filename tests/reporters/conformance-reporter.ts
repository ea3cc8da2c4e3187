import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type { FullConfig, FullResult, JSONReport, JSONReportSuite, Reporter, Suite, TestCase } from "@playwright/test/reporter";
import { summariseResults, type TestedCode, type ToolVersion } from "@/lib/conformance/summarise-results";
import { readToolVersions } from "./tool-versions";

export interface ConformanceReporterOptions {
  /** Where the results go, relative to the folder of the configuration file. */
  outputFile: string;
}

/** The same Playwright that runs this reporter, to list the suite the run was started from. */
const playwrightCli = createRequire(import.meta.url).resolve("@playwright/test/cli");

/** Listing loads every spec file but runs nothing; minutes mean it hangs, not that it is slow. */
const listingTimeout = 10 * 60_000;

/**
 * Writes the conformance results shown at /accessibility/report, but only from a complete green
 * run: every test of every project in the configuration ran once and passed. Any narrower run (a
 * file, --grep, .only, --project, --shard, --last-failed, --repeat-each) or any failed, flaky or
 * skipped test is no evidence for the report's claims, so the file is left as it is. One line
 * says which happened and why.
 */
export default class ConformanceReporter implements Reporter {
  private readonly outputFile: string;
  private config?: FullConfig;
  private suite?: Suite;
  private fullSuite?: Promise<FullSuiteListing>;
  private testedCode?: Promise<TestedCode | undefined>;
  private testedWith?: Promise<ToolVersion[]>;

  constructor({ outputFile }: ConformanceReporterOptions) {
    if (!outputFile) throw new Error("The conformance reporter needs an outputFile option");
    this.outputFile = outputFile;
  }

  onBegin(config: FullConfig, suite: Suite) {
    this.config = config;
    this.suite = suite;
    // Started now, so listing the full suite overlaps the run instead of delaying its end. It is
    // awaited only at the end, so it must not reject meanwhile: an unhandled rejection stops Node.
    this.fullSuite = listFullSuite(config.configFile).catch((error: unknown) => ({ problem: firstLine(String(error)) }));
    // Read as the run begins: the code it tests is the code checked out now.
    this.testedCode = readTestedCode(path.dirname(config.configFile ?? "."), this.outputFile);
    this.testedWith = readToolVersions();
  }

  async onEnd(result: FullResult) {
    if (!this.config || !this.suite || !this.fullSuite || !this.testedCode || !this.testedWith) {
      console.log(`Conformance results not written to ${this.outputFile}: the run ended before it began its tests`);
      return;
    }
    // Not config.rootDir: that is the test folder when the configuration names one.
    const outputFile = path.resolve(path.dirname(this.config.configFile ?? "."), this.outputFile);
    const ranTests = this.suite.allTests();
    const reasonNotToWrite = findReasonNotToWrite(this.config, result, ranTests, await this.fullSuite);
    if (reasonNotToWrite) {
      console.log(`Conformance results not written to ${path.relative(process.cwd(), outputFile)}: ${reasonNotToWrite}`);
      return;
    }
    const summary = summariseResults(
      ranTests.map((test) => ({ tags: test.tags, outcome: test.outcome() })),
      new Date(),
      await this.testedCode,
      await this.testedWith,
    );
    await fs.promises.writeFile(outputFile, `${JSON.stringify(summary, null, 2)}\n`);
    console.log(
      `Conformance results for ${Object.keys(summary.criteria).length} WCAG criteria from all ${ranTests.length} tests, all passed, written to ${path.relative(process.cwd(), outputFile)}`,
    );
  }
}

type FullSuiteListing = { places: string[] } | { problem: string };

function findReasonNotToWrite(config: FullConfig, result: FullResult, ranTests: TestCase[], fullSuite: FullSuiteListing) {
  const rewrittenExpectations = findRewrittenExpectations(config);
  if (rewrittenExpectations) return `the run could pass by rewriting or ignoring its own expectations (${rewrittenExpectations})`;
  if ("problem" in fullSuite) return `the full suite could not be listed to compare with: ${fullSuite.problem}`;

  const listed = countEach(fullSuite.places);
  const ran = countEach(ranTests.map((test) => placeOf(test.titlePath())));
  const leftOut = placesMissingFrom(ran, listed);
  if (leftOut.length > 0) {
    return `the run left out ${leftOut.length} of the full suite's ${fullSuite.places.length} tests, e.g. ${readablePlace(leftOut[0]!)} (a file, --grep, .only, --project, --shard or --last-failed narrows a run)`;
  }
  const extra = placesMissingFrom(listed, ran);
  if (extra.length > 0) return `the run has ${extra.length} tests more than the full suite, e.g. ${readablePlace(extra[0]!)} (--repeat-each)`;

  const notPassed = ranTests.filter((test) => test.outcome() !== "expected");
  if (notPassed.length > 0) {
    const outcomes = [...countEach(notPassed.map((test) => test.outcome()))].map(([outcome, count]) => `${count} ${outcome}`).join(", ");
    return `${notPassed.length} of ${ranTests.length} tests did not pass (${outcomes}), e.g. ${readablePlace(placeOf(notPassed[0]!.titlePath()))}`;
  }
  if (result.status !== "passed") return `the run ended "${result.status}", not "passed"`;
  return undefined;
}

function findRewrittenExpectations(config: FullConfig) {
  // Playwright passes a snapshot assertion it has just written, whatever the page showed.
  if (["all", "changed", "missing"].includes(config.updateSnapshots)) return `--update-snapshots=${config.updateSnapshots}`;
  if (config.projects.some((project) => project.ignoreSnapshots)) return "--ignore-snapshots";
  if (process.env.UPDATE_GOLDEN) return "UPDATE_GOLDEN is set";
  return undefined;
}

/**
 * A test's place: its project, file, describe blocks and title, the same in a listing and in a
 * run. Empty titles (the root suite, a project without a name) are left out on both sides.
 */
const placeOf = (titles: readonly string[]) => JSON.stringify(titles.filter((title) => title !== ""));

const readablePlace = (place: string) => (JSON.parse(place) as string[]).join(" › ");

function countEach(values: readonly string[]) {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}

/** Places that `expected` has more often than `actual`: a test run repeatedly counts each time. */
function placesMissingFrom(actual: Map<string, number>, expected: Map<string, number>) {
  return [...expected].filter(([place, count]) => (actual.get(place) ?? 0) < count).map(([place]) => place);
}

/**
 * Lists every test the configuration holds, with no filter of this run's command line, in a
 * separate `playwright test --list`. Listing loads the spec files but starts no web server and
 * runs no test; --forbid-only makes it fail if a file holds a .only.
 */
async function listFullSuite(configFile: string | undefined): Promise<FullSuiteListing> {
  if (!configFile) return { problem: "the run has no configuration file" };
  const directory = await fs.promises.mkdtemp(path.join(os.tmpdir(), "conformance-listing-"));
  const listingFile = path.join(directory, "listing.json");
  try {
    const { exitCode, stderr } = await runNode(
      [playwrightCli, "test", "--list", "--reporter=json", "--forbid-only", "--config", configFile],
      // The JSON reporter writes here instead of mixing the listing with anything a spec file prints.
      { ...process.env, PLAYWRIGHT_JSON_OUTPUT_FILE: listingFile },
    );
    const report = fs.existsSync(listingFile) ? (JSON.parse(await fs.promises.readFile(listingFile, "utf8")) as JSONReport) : undefined;
    const error = report?.errors[0]?.message ?? stderr.trim();
    if (exitCode !== 0 || !report) return { problem: firstLine(error) || `listing exited with ${exitCode}` };
    return { places: [...listedPlaces(report.suites, [])] };
  } finally {
    await fs.promises.rm(directory, { recursive: true, force: true });
  }
}

/** The JSON report merges a test's projects into one spec; each of its `tests` is one project's. */
function* listedPlaces(suites: readonly JSONReportSuite[], titles: readonly string[]): Generator<string> {
  for (const suite of suites) {
    const suiteTitles = [...titles, suite.title];
    for (const spec of suite.specs) {
      for (const test of spec.tests) yield placeOf([test.projectName, ...suiteTitles, spec.title]);
    }
    yield* listedPlaces(suite.suites ?? [], suiteTitles);
  }
}

/**
 * The commit checked out in the configuration's folder, and whether any file but the results
 * differs from it; nothing outside a git work tree, so the results then name no commit.
 */
async function readTestedCode(directory: string, outputFile: string): Promise<TestedCode | undefined> {
  const git = (args: string[]) =>
    new Promise<string | undefined>((resolve) => {
      execFile("git", args, { cwd: directory }, (error, stdout) => resolve(error ? undefined : stdout));
    });
  const commit = (await git(["rev-parse", "--verify", "HEAD"]))?.trim();
  if (!commit) return undefined;
  // The results file itself is rewritten by the run before it is committed.
  const changes = await git(["status", "--porcelain", "--untracked-files=all", "--", ".", `:(exclude)${outputFile}`]);
  if (changes === undefined) return undefined;
  return { commit, uncommittedChanges: changes.trim() !== "" };
}

function runNode(args: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ exitCode: number | null; stderr: string }>((resolve, reject) => {
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "ignore", "pipe"], timeout: listingTimeout });
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    child.on("error", reject);
    child.on("close", (exitCode) => resolve({ exitCode, stderr }));
  });
}

const firstLine = (text: string) => text.split("\n").find((line) => line.trim() !== "")?.trim() ?? "";
