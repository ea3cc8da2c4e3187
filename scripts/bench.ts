// `npm run bench`: serve the production build, load every route in Chromium, and print what each
// route costs a visitor next to the budget it is held to (issue 11, item 8). `--cold` also times
// a synthesis of every recording from an empty cache (minutes).
import { gzipSync } from "node:zlib";
import { chromium } from "playwright";
import { loadContent } from "@/lib/content/load-content";
import { formatBudget, kib, summarizeBudgets, type Budget } from "./bench/budgets";
import { describeChunks, readClientManifests, visitFirstTime, type FirstVisit } from "./bench/first-load-javascript";
import { loadTest, loadTestConnections, loadTestRequests, loadTestSeconds } from "./bench/load-test";
import { measureNarration, measureRecordedPlay } from "./bench/narration";
import { measureReadingSettings } from "./bench/reading-settings";
import { measureRecordedVoiceBytes, RECORDED_VOICE_MODULES } from "./bench/recorded-voice-size";
import { measureRecordings } from "./bench/recordings";
import { startBlankApp, startSite, stopServer, waitForServer } from "./bench/servers";
import { chromiumArgs, findChromium } from "./chromium.mjs";

// BENCH_PORT lets two checkouts on one machine bench at once; the blank app listens on the next port.
const port = Number(process.env.BENCH_PORT ?? 3200);
const origin = `http://127.0.0.1:${port}`;
const blankOrigin = `http://127.0.0.1:${port + 1}`;

const firstLoadTargetRatio = 1.1;
const readingSettingsTargetKiB = 6;
const narrationJavascriptTargetKiB = 12;
const recordedVoiceTargetKiB = 3;
const playToSpeakTargetMs = 16;
const playToSoundTargetMs = 150;
const loadTestP99TargetMs = 100;
const opusTargetKiBPerMinute = 200;

const budgets: Budget[] = [];
function report(budget: Budget) {
  budgets.push(budget);
  console.log(formatBudget(budget));
}

/** One table row a route, and where the JavaScript of the largest goes when it misses its budget. */
function reportFirstLoad(routes: readonly { route: string; visit: FirstVisit }[], blank: FirstVisit) {
  const ratio = (bytes: number) => bytes / blank.javascriptBytes;
  const header = ["route", "JS gzip KiB", "× blank", "scripts", "HTML KiB", "HTML gzip KiB"];
  const rows = routes.map(({ route, visit }) => [
    route,
    kib(visit.javascriptBytes),
    ratio(visit.javascriptBytes).toFixed(3),
    String(visit.scripts.length),
    kib(visit.html.length),
    kib(gzipSync(visit.html).length),
  ]);
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const format = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ");
  console.log("First-load JavaScript: every script a first visit loads until the network is idle, before any pointer, key or scroll, gzip as sent.");
  for (const row of [header, ...rows]) console.log(format(row));
  console.log(`Blank Next.js app of the same versions, built and served in this run: ${kib(blank.javascriptBytes)} KiB in ${blank.scripts.length} scripts.`);

  const largest = routes.reduce((most, candidate) => (candidate.visit.javascriptBytes > most.visit.javascriptBytes ? candidate : most));
  const isMet = ratio(largest.visit.javascriptBytes) <= firstLoadTargetRatio;
  report({
    name: `First-load JavaScript of the largest route (${largest.route})`,
    figure: `${kib(largest.visit.javascriptBytes)} KiB gzip, ${ratio(largest.visit.javascriptBytes).toFixed(3)} × the blank app`,
    target: `≤ ${firstLoadTargetRatio.toFixed(2)} × (${kib(blank.javascriptBytes * firstLoadTargetRatio)} KiB)`,
    isMet,
  });
  if (isMet) return;
  const describe = describeChunks(readClientManifests());
  const overTarget = routes.filter(({ visit }) => ratio(visit.javascriptBytes) > firstLoadTargetRatio);
  const chunkSets = new Map<string, typeof overTarget>();
  for (const route of overTarget) {
    const chunks = route.visit.scripts.map((script) => new URL(script.url).pathname).sort().join(" ");
    chunkSets.set(chunks, [...(chunkSets.get(chunks) ?? []), route]);
  }
  for (const group of chunkSets.values()) {
    console.log(`  Where it goes on ${group.length === routes.length ? "every route" : group.map(({ route }) => route).join(", ")}:`);
    for (const script of [...group[0]!.visit.scripts].sort((a, b) => b.bytes - a.bytes)) {
      const chunk = new URL(script.url).pathname;
      console.log(`    ${kib(script.bytes).padStart(5)} KiB  ${chunk.split("/").at(-1)}: ${describe(chunk)}`);
    }
  }
}

const isColdMeasured = process.argv.includes("--cold");
const site = startSite(port);
const blankApp = startBlankApp(port + 1);
try {
  await Promise.all([waitForServer(origin), waitForServer(blankOrigin)]);
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const blank = await visitFirstTime(browser, blankOrigin);
  const routes = [];
  for (const { route } of loadContent().routes) routes.push({ route, visit: await visitFirstTime(browser, `${origin}${route}`) });
  const settings = await measureReadingSettings(browser, origin);
  const narration = await measureNarration(browser, origin);
  const recordedPlay = await measureRecordedPlay(browser, origin);
  await browser.close();
  const recordedVoice = await measureRecordedVoiceBytes();

  // One server at a time, so that none competes with the one under load.
  const blankLoad = await loadTest("blank Next.js app: /", blankOrigin);
  stopServer(blankApp);
  const home = await loadTest("this site: /", origin);
  const mix = await loadTest(`this site: ${loadTestRequests.map(({ path }) => path).join(", ")} in turn`, origin, loadTestRequests);
  const recordings = measureRecordings({ isColdMeasured });

  reportFirstLoad(routes, blank);
  report({
    name: "Reading settings JavaScript on every page",
    figure: `${kib(settings.everyPageBytes)} KiB gzip`,
    target: `≤ ${readingSettingsTargetKiB} KiB`,
    isMet: settings.everyPageBytes / 1024 <= readingSettingsTargetKiB,
  });
  console.log(`  Fetched when the dialog first opens: ${kib(settings.onDemandBytes)} KiB gzip in ${settings.onDemandScripts} script(s) (Radix Dialog, zod/mini, the form). The font is fetched only when chosen.`);
  report({
    name: "Narration player JavaScript added to a content page",
    figure: `${kib(narration.addedBytes)} KiB gzip`,
    target: `≤ ${narrationJavascriptTargetKiB} KiB`,
    isMet: narration.addedBytes / 1024 <= narrationJavascriptTargetKiB,
  });
  console.log(`  Fetched on the first sign of a reader (pointer, key, focus, scroll) or on a first press: the narration engine, ${kib(narration.onFirstPressBytes)} KiB gzip.`);
  console.log(`  Fetched when the shortcuts dialog first opens: ${kib(narration.dialogBytes)} KiB gzip.`);
  report({
    name: "Recorded voice in the player",
    figure: `${kib(recordedVoice.addedBytes)} KiB gzip (${kib(recordedVoice.withRecordedVoice)} KiB with it, ${kib(recordedVoice.withoutRecordedVoice)} KiB without)`,
    target: `≤ ${recordedVoiceTargetKiB} KiB`,
    isMet: recordedVoice.addedBytes / 1024 <= recordedVoiceTargetKiB,
  });
  console.log(`  The player's entry and its engine bundled by esbuild, minified, without React and Next.js, then again with ${RECORDED_VOICE_MODULES.join(", ")} stubbed out.`);
  report({
    name: "Play to first speak(), device voice",
    figure: `${narration.medianMs.toFixed(1)} ms median of 20, the first press included, which fetches the engine (first ${narration.firstPressMs.toFixed(1)} ms, slowest ${narration.slowestMs.toFixed(1)} ms)`,
    target: `≤ ${playToSpeakTargetMs} ms`,
    isMet: narration.medianMs <= playToSpeakTargetMs,
  });
  report({
    name: "Play to first sound, recorded voice on /book",
    figure: `${recordedPlay.medianMs.toFixed(1)} ms median of ${recordedPlay.presses}, the cold first press included (first ${recordedPlay.firstPressMs.toFixed(1)} ms, slowest ${recordedPlay.slowestMs.toFixed(1)} ms)`,
    target: `≤ ${playToSoundTargetMs} ms`,
    isMet: recordedPlay.medianMs <= playToSoundTargetMs,
  });

  console.log(`\nLoad, ${loadTestSeconds} s of ${loadTestConnections} connections on loopback, next start:`);
  for (const { label, requestsPerSecond, p50, p99, errors } of [blankLoad, home, mix]) {
    console.log(`  ${label}: ${requestsPerSecond.toFixed(0)} requests/s, p50 ${p50} ms, p99 ${p99} ms, ${errors} errors`);
  }
  console.log(`  The site's / at ${((home.requestsPerSecond / blankLoad.requestsPerSecond) * 100).toFixed(0)}% of the blank app's rate.`);
  report({
    name: "Load test, the site's mix",
    figure: `p99 ${mix.p99} ms with ${mix.errors} errors`,
    target: `p99 < ${loadTestP99TargetMs} ms and no error`,
    isMet: mix.errors === 0 && mix.p99 < loadTestP99TargetMs,
  });

  console.log(`\nRecordings: ${recordings.pages} pages, ${recordings.minutes.toFixed(1)} minutes of audio; MP3 ${recordings.mp3KiBPerMinute.toFixed(1)} KiB a minute (48 kbps CBR).`);
  report({
    name: "Opus",
    figure: `${recordings.opusKiBPerMinute.toFixed(1)} KiB a minute`,
    target: `≤ ${opusTargetKiBPerMinute} KiB a minute`,
    isMet: recordings.opusKiBPerMinute <= opusTargetKiBPerMinute,
  });
  console.log(`  Synthesis, the recording step of a build with every recording cached: ${recordings.cachedSeconds.toFixed(1)} s.`);
  console.log(
    `  Synthesis, the recording step from an empty cache (every page synthesised and encoded): ${recordings.coldSeconds === undefined ? "not measured; run npm run bench -- --cold" : `${recordings.coldSeconds.toFixed(1)} s`}.`,
  );

  console.log(`\n${summarizeBudgets(budgets)}`);
} finally {
  stopServer(blankApp);
  stopServer(site);
}
