// `npm run bench`: serve the production build, load every route in Chromium, and print what each
// route costs a visitor next to the floor it is held to.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import vm from "node:vm";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { chromium, type Browser } from "playwright";
import { loadContent } from "@/lib/content/load-content";
import { readRecordingsManifest } from "@/lib/recordings/recordings-manifest";
import { installFakeSpeech } from "../tests/fixtures/fake-speech";
import { chromiumArgs, findChromium } from "./chromium.mjs";

// BENCH_PORT lets two checkouts on one machine bench at once; the blank app listens on the next port.
const port = Number(process.env.BENCH_PORT ?? 3200);
const origin = `http://127.0.0.1:${port}`;
const javascriptTargetKiB = 155;
const readingSettingsTargetKiB = 6;

const kib = (bytes: number) => (bytes / 1024).toFixed(1);
const opusTargetKiBPerMinute = 200;

/**
 * The recordings: KiB a minute of each format from the manifest, and the time of a build that
 * finds every recording cached. With `--cold`, also a build from an empty cache into a scratch
 * folder, which synthesises the whole site (minutes).
 */
function measureRecordings() {
  const manifest = readRecordingsManifest();
  if (!manifest) throw new Error("No recordings: run npm run build first");
  const recordings = Object.values(manifest.recordings);
  const minutes = recordings.reduce((sum, recording) => sum + recording.durationSeconds, 0) / 60;
  const perMinute = (bytes: number) => bytes / 1024 / minutes;
  const timeBuild = (env: Readonly<Record<string, string>>) => {
    const started = performance.now();
    execFileSync("npx", ["tsx", "scripts/build-recordings.ts"], { env: { ...process.env, ...env }, stdio: "ignore" });
    return (performance.now() - started) / 1000;
  };
  const cachedSeconds = timeBuild({});
  let coldSeconds: number | undefined;
  if (process.argv.includes("--cold")) {
    const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "recordings-cold-"));
    try {
      coldSeconds = timeBuild({ RECORDINGS_CACHE_DIR: path.join(scratch, "cache"), RECORDINGS_OUTPUT_DIR: path.join(scratch, "public") });
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }
  return {
    pages: recordings.length,
    minutes,
    opusKiBPerMinute: perMinute(recordings.reduce((sum, recording) => sum + recording.webmBytes, 0)),
    mp3KiBPerMinute: perMinute(recordings.reduce((sum, recording) => sum + recording.mp3Bytes, 0)),
    cachedSeconds,
    coldSeconds,
  };
}

async function waitForServer(url = origin) {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server at ${url} did not start within 5 minutes`);
}

/**
 * The JavaScript the reading settings add, in two parts.
 *
 * On every page: the modules of the page's own chunks that belong to the settings button, found
 * by its class name. Turbopack chunks list their modules as (id, factory) pairs, so each chunk is
 * run in a sandbox that only collects the factories. Each module is gzipped on its own, which
 * slightly overstates its share of a chunk that is compressed as a whole.
 *
 * On demand: the dialog, with Radix Dialog and zod/mini, is fetched the first time a reader
 * opens it; that is the scripts the browser fetches from the moment the button is pressed.
 * Atkinson Hyperlegible is a font, fetched only when chosen, and is not counted.
 */
async function measureReadingSettings(browser: Browser) {
  const page = await browser.newPage();
  const scripts: { url: string; size: Promise<number> }[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") scripts.push({ url: request.url(), size: request.sizes().then((sizes) => sizes.responseBodySize) });
  });
  await page.goto(origin, { waitUntil: "networkidle" });
  const pageScripts = scripts.splice(0).map(({ url }) => url);
  let everyPageBytes = 0;
  for (const url of pageScripts) {
    const chunks: unknown[][] = [];
    try {
      vm.runInNewContext(await (await fetch(url)).text(), { TURBOPACK: chunks });
    } catch {
      continue; // The runtime chunk runs code at load; it holds no module of ours.
    }
    const factories = chunks.flat().filter((entry): entry is (...args: unknown[]) => unknown => typeof entry === "function");
    for (const factory of factories) {
      const source = factory.toString();
      if (source.includes("reading-settings-button")) everyPageBytes += gzipSync(source).length;
    }
  }
  if (everyPageBytes === 0) throw new Error("No module of the reading settings button found in the page's scripts");

  await page.getByRole("button", { name: loadContent().strings.settings.openButton }).click();
  await page.getByRole("dialog").waitFor();
  await page.waitForLoadState("networkidle");
  const onDemandBytes = (await Promise.all(scripts.map(({ size }) => size))).reduce((sum, size) => sum + size, 0);
  await page.close();
  return { everyPageBytes, onDemandBytes, onDemandScripts: scripts.length };
}

const narrationJavascriptTargetKiB = 12;
const playToSpeakTargetMs = 16;

/** The chunks the client reference manifest lists for a page entry beyond the root layout's. */
function findPageOnlyChunks(manifestFile: string, page: string): string[] {
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
  vm.runInNewContext(fs.readFileSync(manifestFile, "utf8"), { self: sandbox, globalThis: sandbox });
  const entries = sandbox.__RSC_MANIFEST?.[page]?.entryJSFiles ?? {};
  const layoutChunks = new Set(entries["[project]/app/layout"] ?? []);
  return (entries[`[project]/app${page}`] ?? []).filter((chunk) => !layoutChunks.has(chunk));
}

/**
 * The narration player: the JavaScript it adds to a content page, and how fast Play speaks.
 *
 * Added JavaScript: for each kind of content page (home, article, cast member), the chunks its
 * entry loads beyond the root layout's, from the build's client reference manifests. Content
 * pages have no client component but the player and its "Listen from here" buttons (links and
 * the settings button are in the layout's chunk), so those chunks are the player's cost; each
 * is gzipped whole, so a module shared with another page would count in full. The shortcuts
 * dialog (Radix Dialog) is fetched only when first opened and is reported apart.
 *
 * Play to speak: in the page, from the click reaching window (a capturing listener added
 * before the page's scripts) to the fake engine's speak() (tests/fixtures/fake-speech.ts, which
 * records performance.now()); the median of 20 presses, each after Stop, once the page has been
 * read and segmented in idle time.
 */
async function measureNarration(browser: Browser) {
  const manifests = [
    { file: ".next/server/app/page_client-reference-manifest.js", page: "/page" },
    { file: ".next/server/app/[...slug]/page_client-reference-manifest.js", page: "/[...slug]/page" },
    { file: ".next/server/app/cast/[slug]/page_client-reference-manifest.js", page: "/cast/[slug]/page" },
  ];
  let addedBytes = 0;
  for (const { file, page } of manifests) {
    const chunks = findPageOnlyChunks(file, page);
    if (chunks.length === 0) throw new Error(`No page chunks for ${page}: is the player still on content pages?`);
    const sizes = await Promise.all(chunks.map(async (chunk) => gzipSync(await (await fetch(`${origin}/_next/${chunk}`)).text()).length));
    addedBytes = Math.max(addedBytes, sizes.reduce((sum, size) => sum + size, 0));
  }

  const page = await browser.newPage();
  await installFakeSpeech(page);
  await page.addInitScript(() => {
    window.addEventListener("click", () => Object.assign(window, { __clickAt: performance.now() }), { capture: true });
  });
  await page.goto(`${origin}/book`, { waitUntil: "networkidle" });
  const { narration } = loadContent().strings;
  const region = page.getByRole("region", { name: narration.heading });
  // The progress line appears once the page has been read and segmented.
  await region.getByRole("listitem").first().waitFor();
  const delays: number[] = [];
  for (let press = 0; press < 20; press += 1) {
    await region.getByRole("button", { name: narration.play, exact: true }).click();
    delays.push(
      await page.evaluate(() => {
        const speakAt = window.__fakeSpeech!.speakTimes.at(-1)!;
        return speakAt - (window as unknown as { __clickAt: number }).__clickAt;
      }),
    );
    await region.getByRole("button", { name: narration.stop, exact: true }).click();
  }
  const speakTimes = await page.evaluate(() => window.__fakeSpeech!.speakTimes.length);
  if (speakTimes !== 20) throw new Error(`Expected 20 speak() calls, got ${speakTimes}`);
  delays.sort((a, b) => a - b);
  const medianMs = (delays[9]! + delays[10]!) / 2;

  const scripts: Promise<number>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") scripts.push(request.sizes().then((sizes) => sizes.responseBodySize));
  });
  await region.getByRole("button", { name: narration.shortcutsButton }).click();
  await page.getByRole("dialog").waitFor();
  await page.waitForLoadState("networkidle");
  const dialogBytes = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
  await page.close();
  return { addedBytes, medianMs, slowestMs: delays.at(-1)!, dialogBytes };
}

/**
 * What the load test asks of the site, in turn: five pages, one of each kind, and the sitemap.
 * Add here what readers will fetch as the site grows, e.g. once recordings exist (issue 11) the
 * podcast feed, `{ path: "/podcast.xml" }`, and a Range request for a recording,
 * `{ path: "/recordings/book.mp3", headers: { range: "bytes=0-65535" } }`.
 */
const loadTestRequests: autocannon.Request[] = [
  { path: "/" },
  { path: "/book" },
  { path: "/cast" },
  { path: "/cast/aria-mia-loberti" },
  { path: "/accessibility/report" },
  { path: "/sitemap.xml" },
];
const loadTestSeconds = 30;
const loadTestConnections = 32;
const loadTestP99TargetMs = 100;

/**
 * A blank Next.js app (one page saying "Hello") built with the versions this site uses, as the
 * floor for the load test: what `next start` itself costs on this machine, run after run. Built
 * in .scratch/ once per Next.js version; its modules resolve from the site's node_modules.
 */
function buildBlankApp() {
  const directory = path.resolve(".scratch/bench-blank-app");
  const nextVersion = JSON.parse(fs.readFileSync("node_modules/next/package.json", "utf8")).version as string;
  const builtFor = path.join(directory, "built-with-next");
  if (fs.existsSync(builtFor) && fs.readFileSync(builtFor, "utf8") === nextVersion) return directory;
  fs.rmSync(directory, { recursive: true, force: true });
  fs.mkdirSync(path.join(directory, "app"), { recursive: true });
  fs.writeFileSync(path.join(directory, "package.json"), '{ "private": true, "type": "module" }\n');
  fs.writeFileSync(path.join(directory, "next.config.js"), "export default {};\n");
  fs.writeFileSync(path.join(directory, "app/layout.js"), 'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n');
  fs.writeFileSync(path.join(directory, "app/page.js"), "export default function Page() {\n  return <h1>Hello</h1>;\n}\n");
  execFileSync("node", [path.resolve("node_modules/next/dist/bin/next"), "build"], { cwd: directory, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  fs.writeFileSync(builtFor, nextVersion);
  return directory;
}

function startServer(command: string[], port: number, cwd = process.cwd()) {
  return spawn("node", command, {
    cwd,
    env: { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

interface LoadResult {
  label: string;
  requestsPerSecond: number;
  p50: number;
  p99: number;
  errors: number;
}

/** 30 s of 32 connections on loopback; errors count failed connections, timeouts and any status but 2xx. */
async function loadTest(label: string, url: string, requests?: autocannon.Request[]): Promise<LoadResult> {
  const result = await autocannon({ url, connections: loadTestConnections, duration: loadTestSeconds, requests });
  return {
    label,
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.timeouts + result.non2xx,
  };
}

/** The blank app's `/`, the site's `/`, and the site's mix, one after the other so none competes. */
async function measureLoad() {
  const blankPort = port + 1;
  const blankApp = startServer([path.resolve("node_modules/next/dist/bin/next"), "start", "--port", String(blankPort)], blankPort, buildBlankApp());
  try {
    await waitForServer(`http://127.0.0.1:${blankPort}`);
    const blank = await loadTest("blank Next.js app: /", `http://127.0.0.1:${blankPort}`);
    process.kill(-blankApp.pid!);
    const home = await loadTest("this site: /", origin);
    const mix = await loadTest(`this site: ${loadTestRequests.map(({ path }) => path).join(", ")} in turn`, origin, loadTestRequests);
    return [blank, home, mix];
  } finally {
    if (blankApp.exitCode === null && !blankApp.killed) process.kill(-blankApp.pid!);
  }
}

const server = spawn("node", ["scripts/start.mjs"], {
  env: { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const rows: string[][] = [];
  let largest = 0;
  for (const { route } of loadContent().routes) {
    const page = await browser.newPage();
    const scripts: Promise<number>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script") scripts.push(request.sizes().then((sizes) => sizes.responseBodySize));
    });
    const response = await page.goto(`${origin}${route}`, { waitUntil: "networkidle" });
    const html = (await response?.body()) ?? Buffer.alloc(0);
    const javascriptBytes = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
    largest = Math.max(largest, javascriptBytes);
    rows.push([route, kib(javascriptBytes), String(scripts.length), kib(html.length), kib(gzipSync(html).length)]);
    await page.close();
  }
  const settings = await measureReadingSettings(browser);
  const narration = await measureNarration(browser);
  await browser.close();
  const load = await measureLoad();
  const recordings = measureRecordings();

  const header = ["route", "JS gzip KiB", "scripts", "HTML KiB", "HTML gzip KiB"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const format = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ");
  console.log(format(header));
  for (const row of rows) console.log(format(row));
  const verdict = largest / 1024 <= javascriptTargetKiB ? "within" : "OVER";
  console.log(`\nLargest route JavaScript: ${kib(largest)} KiB gzip; target ≤ ${javascriptTargetKiB} KiB: ${verdict} target.`);
  const settingsVerdict = settings.everyPageBytes / 1024 <= readingSettingsTargetKiB ? "within" : "OVER";
  console.log(
    `Reading settings JavaScript: ${kib(settings.everyPageBytes)} KiB gzip on every page; target ≤ ${readingSettingsTargetKiB} KiB: ${settingsVerdict} target.` +
      `\n  Fetched when the dialog first opens: ${kib(settings.onDemandBytes)} KiB gzip in ${settings.onDemandScripts} script(s) (Radix Dialog, zod/mini, the form). The font is fetched only when chosen.`,
  );
  const narrationVerdict = narration.addedBytes / 1024 <= narrationJavascriptTargetKiB ? "within" : "OVER";
  const speakVerdict = narration.medianMs <= playToSpeakTargetMs ? "within" : "OVER";
  console.log(
    `Narration player JavaScript: ${kib(narration.addedBytes)} KiB gzip added to a content page; target ≤ ${narrationJavascriptTargetKiB} KiB: ${narrationVerdict} target.` +
      `\n  Fetched when the shortcuts dialog first opens: ${kib(narration.dialogBytes)} KiB gzip.` +
      `\nPlay to first speak(): ${narration.medianMs.toFixed(1)} ms median of 20 (slowest ${narration.slowestMs.toFixed(1)} ms); target ≤ ${playToSpeakTargetMs} ms: ${speakVerdict} target.`,
  );
  const [blank, home, mix] = load as [LoadResult, LoadResult, LoadResult];
  console.log(`\nLoad, ${loadTestSeconds} s of ${loadTestConnections} connections on loopback, next start:`);
  for (const { label, requestsPerSecond, p50, p99, errors } of load) {
    console.log(`  ${label}: ${requestsPerSecond.toFixed(0)} requests/s, p50 ${p50} ms, p99 ${p99} ms, ${errors} errors`);
  }
  const loadVerdict = mix.errors === 0 && mix.p99 < loadTestP99TargetMs ? "within" : "OVER";
  console.log(
    `  The site's / at ${((home.requestsPerSecond / blank.requestsPerSecond) * 100).toFixed(0)}% of the blank app's rate; the mix at p99 ${mix.p99} ms with ${mix.errors} errors; target p99 < ${loadTestP99TargetMs} ms and no error: ${loadVerdict} target.`,
  );
  const opusVerdict = recordings.opusKiBPerMinute <= opusTargetKiBPerMinute ? "within" : "OVER";
  console.log(
    `Recordings: ${recordings.pages} pages, ${recordings.minutes.toFixed(1)} minutes of audio.` +
      `\n  Opus: ${recordings.opusKiBPerMinute.toFixed(1)} KiB a minute; target ≤ ${opusTargetKiBPerMinute}: ${opusVerdict} target. MP3: ${recordings.mp3KiBPerMinute.toFixed(1)} KiB a minute (48 kbps CBR).` +
      `\n  Recording step of a build with everything cached: ${recordings.cachedSeconds.toFixed(1)} s.` +
      `\n  Cold synthesis of the whole site: ${recordings.coldSeconds === undefined ? "not measured (npm run bench -- --cold)" : `${recordings.coldSeconds.toFixed(1)} s`}.`,
  );
} finally {
  process.kill(-server.pid!);
}
