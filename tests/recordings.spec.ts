import { expect, test } from "@playwright/test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { loadContent } from "@/lib/content/load-content";
import { parseWebVtt } from "@/lib/narration/webvtt";
import { recordedRoutes } from "@/lib/recordings/recorded-routes";
import { recordingUrls, readRecordingsManifest } from "@/lib/recordings/recordings-manifest";
import { bundleForBrowser } from "./fixtures/browser-bundle";
import { contentRoutes } from "./fixtures/routes";

const manifest = readRecordingsManifest();
const content = loadContent();
const { strings } = content;
const recorded = recordedRoutes(content);
const unrecorded = contentRoutes.filter((entry) => !recorded.includes(entry));

function recordingOf(route: string) {
  const recording = manifest?.recordings[route];
  if (!recording) throw new Error(`${route} has no recording in public/recordings/manifest.json`);
  return recording;
}

/** The live narrator's own reading of the page (lib/narration/page-sentences.ts), run in the page. */
const readSentencesScript = bundleForBrowser(
  `export { readPageSentences } from "./lib/narration/page-sentences";`,
  "pageSentences",
);

for (const { route } of recorded) {
  test(`${route}: the captions are the sentences the live narrator reads, timed forward within the audio`, async ({ page, request }) => {
    const recording = recordingOf(route);
    const urls = recordingUrls(recording.key);
    const readCues = async (url: string) => parseWebVtt(await (await request.get(url)).text());
    const [captions, words] = await Promise.all([readCues(urls.captions), readCues(urls.words)]);
    await page.goto(route);
    // Evaluated rather than added as a <script>, which the site's script policy refuses.
    await page.evaluate(readSentencesScript);
    const live = await page.evaluate(
      (imageTemplate) =>
        // @ts-expect-error: the bundle above defines it.
        (window.pageSentences.readPageSentences(document.querySelector("main"), { lang: document.documentElement.lang, imageTemplate }) as {
          sentences: { text: string }[];
        }).sentences.map((sentence) => sentence.text.replace(/\s+/g, " ").trim()),
      strings.narration.image,
    );
    expect(captions.map((cue) => cue.text), route).toEqual(live);

    for (const cues of [captions, words]) {
      for (const [index, cue] of cues.entries()) {
        expect(cue.end, `${route} cue ${cue.id}`).toBeGreaterThan(cue.start);
        expect(cue.start, `${route} cue ${cue.id}`).toBeGreaterThanOrEqual(cues[index - 1]?.end ?? 0);
        expect(cue.end, `${route} cue ${cue.id}`).toBeLessThanOrEqual(recording.durationSeconds + 0.001);
      }
    }
    // Each word cue names its sentence and where the word is written in it.
    for (const cue of words) {
      const [, sentence, start, end] = /^(\d+):(\d+)-(\d+)$/.exec(cue.id) ?? [];
      expect(live[Number(sentence)]?.slice(Number(start), Number(end)), `${route} word cue ${cue.id}`).toBe(cue.text);
    }
  });
}

test("the podcast feed parses, lists every page, and each enclosure answers with its length and to a Range request", async ({ page, request }) => {
  const response = await request.get("/podcast.xml");
  expect(response.headers()["content-type"]).toContain("application/rss+xml");
  const xml = await response.text();
  expect(XMLValidator.validate(xml)).toBe(true);
  const { rss } = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false }).parse(xml);
  const items = [rss.channel.item].flat() as { link: string; enclosure: Record<string, string>; "podcast:transcript": Record<string, string> }[];
  expect(items.map((item) => new URL(item.link).pathname)).toEqual(recorded.map(({ route }) => route));

  for (const item of items) {
    const { pathname } = new URL(item.enclosure["@url"]!);
    const length = Number(item.enclosure["@length"]);
    expect(length).toBe(recordingOf(new URL(item.link).pathname).mp3Bytes);
    const whole = await request.head(pathname);
    expect(whole.status()).toBe(200);
    expect(Number(whole.headers()["content-length"])).toBe(length);
    expect(whole.headers()["content-type"]).toBe("audio/mpeg");
    const range = await request.get(pathname, { headers: { Range: "bytes=0-99" } });
    expect(range.status()).toBe(206);
    expect(range.headers()["content-range"]).toBe(`bytes 0-99/${length}`);
    const transcript = await request.get(new URL(item["podcast:transcript"]["@url"]!).pathname);
    expect(transcript.ok()).toBe(true);
  }

  const cover = await request.get(new URL(rss.channel["itunes:image"]["@href"]).pathname);
  const png = await cover.body();
  // The width and height of a PNG are the first fields of its IHDR chunk.
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1400, 1400]);

  await page.goto("/");
  await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/podcast\.xml$/);
});

test("a page whose text changes with each test run has no recording, and its player says why", async ({ page }) => {
  expect(unrecorded.length).toBeGreaterThan(0);
  for (const { route } of unrecorded) {
    expect(manifest?.recordings[route], route).toBeUndefined();
    await page.goto(route);
    const player = page.getByRole("region", { name: strings.narration.heading });
    await expect(player.getByText(strings.narration.recording.notRecorded)).toBeVisible();
    await expect(player.getByRole("button", { name: strings.narration.play })).toBeVisible();
    await expect(player.getByRole("combobox", { name: strings.narration.recording.voiceSourceLabel })).toHaveCount(0);
    await expect(page.getByRole("link", { name: /MP3/ })).toHaveCount(0);
    await expect(page.locator("audio")).toHaveCount(0);
  }
});

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the page offers its MP3 with size and duration, and an audio player with both formats plays it", async ({ page }) => {
    const recording = recordingOf("/casting");
    const urls = recordingUrls(recording.key);
    await page.goto("/casting");
    const download = page.getByRole("link", { name: /MP3/ });
    await expect(download).toHaveAttribute("href", urls.mp3);
    await expect(download).toHaveText(/MP3, [\d.]+ MB, (\d+ minutes?|less than a minute)/);
    const audio = page.locator("audio");
    await expect(audio.locator("source")).toHaveCount(2);
    await expect(audio.locator("source").first()).toHaveAttribute("src", urls.webm);
    await expect(audio.locator("source").nth(1)).toHaveAttribute("src", urls.mp3);
    // Chromium's own controls work without the page's script (timers do not run in the page with
    // JavaScript off, so the test waits from outside).
    await audio.evaluate((element: HTMLAudioElement) => {
      element.muted = true;
      void element.play();
    });
    await expect.poll(() => audio.evaluate((element: HTMLAudioElement) => element.currentTime)).toBeGreaterThan(0.2);
    expect(await audio.evaluate((element: HTMLAudioElement) => element.currentSrc)).toContain(urls.webm);
  });
});
