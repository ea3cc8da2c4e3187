import { gzipSync } from "node:zlib";
import type { Browser, Locator, Page } from "playwright";
import { loadContent } from "@/lib/content/load-content";
import { installFakeSpeech } from "../../tests/fixtures/fake-speech";
import { median } from "./budgets";
import { readClientManifests } from "./first-load-javascript";

const PRESSES = 20;
const { narration: labels } = loadContent().strings;

/** The JavaScript each page entry loads beyond the root layout's, from the build's client reference manifests. */
function findPageOnlyChunks(): string[][] {
  return readClientManifests().flatMap(({ entryJSFiles }) => {
    const layoutChunks = new Set(entryJSFiles["[project]/app/layout"] ?? []);
    return Object.entries(entryJSFiles)
      .filter(([entry]) => entry.startsWith("[project]/app") && entry.endsWith("/page"))
      .map(([, chunks]) => chunks.filter((chunk) => !layoutChunks.has(chunk)));
  });
}

/**
 * Opens /book and waits until the player has hydrated, which its "Listen from here" buttons show.
 * Nothing has moved the mouse or a key yet, so the narration engine is not loaded: the first
 * press also fetches it, as a screen reader user's press from browse mode does.
 */
async function openPlayer(page: Page, origin: string) {
  await page.addInitScript(() => {
    window.addEventListener("click", () => Object.assign(window, { __clickAt: performance.now() }), { capture: true });
  });
  await page.goto(`${origin}/book`, { waitUntil: "networkidle" });
  await page.locator(".listen-from-here[data-ready]").first().waitFor({ state: "attached" });
  return page.getByRole("region", { name: labels.heading });
}

/**
 * Presses Play `PRESSES` times, with Stop between, and asks the page after each press how long
 * it took from the click to what `readDelay` measures there.
 */
async function timePresses(page: Page, region: Locator, readDelay: () => { delayMs: number } | undefined) {
  const delays: number[] = [];
  for (let press = 0; press < PRESSES; press += 1) {
    await region.getByRole("button", { name: labels.play, exact: true }).click();
    const measured = await page.waitForFunction(readDelay, undefined, { timeout: 15_000 }).catch(() => {
      throw new Error(`Press ${press + 1} of Play on /book: nothing measured within 15 s (no audio output for Chromium?)`);
    });
    // waitForFunction resolves only on a value, never on undefined.
    delays.push((await measured.jsonValue())!.delayMs);
    await region.getByRole("button", { name: labels.stop, exact: true }).click();
  }
  return delays;
}

/** The gzip bytes of the scripts a page fetches from now on, e.g. for a press, once the network is idle. */
function countScriptBytes(page: Page) {
  const sizes: Promise<number>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") sizes.push(request.sizes().then(({ responseBodySize }) => responseBodySize));
  });
  return async () => {
    await page.waitForLoadState("networkidle");
    return (await Promise.all(sizes)).reduce((sum, size) => sum + size, 0);
  };
}

/**
 * The narration player: the JavaScript it adds to a content page, and how fast Play speaks
 * with the device's voice.
 *
 * Added JavaScript: for each page entry, the chunks it loads beyond the root layout's. Content
 * pages have no client component but the player and its "Listen from here" buttons (links and
 * the settings button are in the layout's chunk), so those chunks are the player's cost; each
 * is gzipped whole, so a module shared with another page would count in full. The shortcuts
 * dialog (Radix Dialog) is fetched only when first opened and is reported apart.
 *
 * Play to speak: in the page, from the click reaching window (a capturing listener added
 * before the page's scripts) to the fake engine's speak() (tests/fixtures/fake-speech.ts, which
 * records performance.now() and saves the device voice as the listener's choice); the median
 * of 20 presses, each after Stop. The first press also fetches the engine and reads the page.
 */
export async function measureNarration(browser: Browser, origin: string) {
  let addedBytes = 0;
  for (const chunks of findPageOnlyChunks()) {
    const sizes = await Promise.all(chunks.map(async (chunk) => gzipSync(await (await fetch(`${origin}/_next/${chunk}`)).text()).length));
    addedBytes = Math.max(addedBytes, sizes.reduce((sum, size) => sum + size, 0));
  }
  if (addedBytes === 0) throw new Error("No page loads a chunk of its own: is the player still on content pages?");

  const page = await browser.newPage();
  await installFakeSpeech(page);
  const region = await openPlayer(page, origin);
  const engineBytes = countScriptBytes(page);
  const delays = await timePresses(page, region, () => {
    const speakTimes = window.__fakeSpeech!.speakTimes;
    const clickAt = (window as unknown as { __clickAt: number }).__clickAt;
    const speakAt = speakTimes.at(-1);
    return speakAt !== undefined && speakAt >= clickAt ? { delayMs: speakAt - clickAt } : undefined;
  });
  const speakTimes = await page.evaluate(() => window.__fakeSpeech!.speakTimes.length);
  if (speakTimes !== PRESSES) throw new Error(`Expected ${PRESSES} speak() calls, got ${speakTimes}`);
  const onFirstPressBytes = await engineBytes();

  const dialogBytes = countScriptBytes(page);
  await region.getByRole("button", { name: labels.shortcutsButton }).click();
  await page.getByRole("dialog").waitFor();
  const result = { addedBytes, onFirstPressBytes, firstPressMs: delays[0]!, medianMs: median(delays), slowestMs: Math.max(...delays), dialogBytes: await dialogBytes() };
  await page.close();
  return result;
}

/**
 * Play to first sound with the recorded voice, the default where a page has a recording (a
 * fresh browser context has no saved choice). From the click reaching window to the first
 * animation frame in which the audio's currentTime has moved on from where Play found it: the
 * audio is really playing then, where `playing` fires while its clock still stands. The
 * audio element is not in the document, so `HTMLMediaElement.prototype.play` is patched to
 * watch it; the figure is exact to a frame (about 16.7 ms). The first press also fetches the
 * narration engine, the page's two cue files and the start of the audio.
 */
export async function measureRecordedPlay(browser: Browser, origin: string) {
  const page = await browser.newPage();
  await page.addInitScript(() => {
    const soundTimes: number[] = [];
    Object.assign(window, { __soundTimes: soundTimes });
    const play = HTMLMediaElement.prototype.play;
    // Only anonymous functions: tsx keeps names with a helper the page does not have.
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      const startedFrom = this.currentTime;
      const playing = play.call(this);
      void (async () => {
        while (!this.paused && this.currentTime <= startedFrom) await new Promise((resolve) => requestAnimationFrame(resolve));
        if (!this.paused) soundTimes.push(performance.now());
      })();
      return playing;
    };
  });
  const region = await openPlayer(page, origin);
  const delays = await timePresses(page, region, () => {
    const { __soundTimes: soundTimes, __clickAt: clickAt } = window as unknown as { __soundTimes: number[]; __clickAt: number };
    const soundAt = soundTimes.at(-1);
    return soundAt !== undefined && soundAt >= clickAt ? { delayMs: soundAt - clickAt } : undefined;
  });
  await page.close();
  return { firstPressMs: delays[0]!, medianMs: median(delays), slowestMs: Math.max(...delays), presses: delays.length };
}
