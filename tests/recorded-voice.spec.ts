import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { parseWebVtt, type Cue } from "@/lib/narration/webvtt";
import { recordingUrls, readRecordingsManifest } from "@/lib/recordings/recordings-manifest";
import { installFakeSpeech } from "./fixtures/fake-speech";

const { strings } = loadContent();
const labels = strings.narration;
const route = "/casting";
const recording = readRecordingsManifest()!.recordings[route]!;
const urls = recordingUrls(recording.key);

const player = (page: Page) => page.getByRole("region", { name: labels.heading });
// While the playing bar shows, it repeats Pause and Stop; the player's own come first.
const button = (page: Page, name: string) => player(page).getByRole("button", { name, exact: true }).first();
const voiceChoice = (page: Page) => player(page).getByLabel(labels.recording.voiceSourceLabel, { exact: true });

/** The recorded voice's audio element is not in the document; this keeps a handle on it. */
async function trackAudio(page: Page) {
  await page.addInitScript(() => {
    const play = HTMLMediaElement.prototype.play;
    HTMLMediaElement.prototype.play = function (this: HTMLMediaElement) {
      (window as unknown as { recordedAudio: HTMLMediaElement }).recordedAudio = this;
      return play.call(this);
    };
  });
}

const audioState = (page: Page) =>
  page.evaluate(() => {
    const audio = (window as unknown as { recordedAudio?: HTMLMediaElement }).recordedAudio;
    return { time: audio?.currentTime ?? -1, paused: audio?.paused ?? true, source: audio?.currentSrc ?? "" };
  });

const highlightedWord = (page: Page) => page.evaluate(() => CSS.highlights.get("narration-word")?.values().next().value?.toString() ?? "");

async function readCues(page: Page, url: string): Promise<Cue[]> {
  const response = await page.request.get(url);
  expect(response.ok(), url).toBe(true);
  return parseWebVtt(await response.text());
}

test("the recorded voice plays by default, the highlight follows the audio, skipping moves it and Pause holds it", async ({ page }) => {
  await trackAudio(page);
  await page.goto(route);
  const [sentences, words] = await Promise.all([readCues(page, urls.captions), readCues(page, urls.words)]);
  await expect(voiceChoice(page)).toHaveValue("recorded");

  await button(page, labels.play).click();
  await expect.poll(async () => (await audioState(page)).time, { timeout: 15_000 }).toBeGreaterThan(1.5);
  expect((await audioState(page)).source).toContain(urls.webm);

  await button(page, labels.pause).click();
  const paused = await audioState(page);
  expect(paused.paused).toBe(true);
  // The highlighted word is the one being heard when the audio stopped.
  const heard = words.filter((cue) => cue.start <= paused.time).at(-1);
  await expect.poll(() => highlightedWord(page)).toBe(heard && paused.time < heard.end ? heard.text : "");
  await page.waitForTimeout(500);
  expect((await audioState(page)).time).toBe(paused.time);

  // Skipping moves the audio to the start of the next sentence.
  const current = sentences.filter((cue) => cue.start <= paused.time).length - 1;
  await button(page, labels.nextSentence).click();
  expect((await audioState(page)).time).toBeCloseTo(sentences[current + 1]!.start, 2);

  // Play carries on from there.
  await button(page, labels.play).click();
  await expect.poll(async () => (await audioState(page)).time).toBeGreaterThan(sentences[current + 1]!.start + 0.3);
  await button(page, labels.stop).click();
  expect((await audioState(page)).paused).toBe(true);
});

test("the voice choice persists, and with no device voices that option says why at once", async ({ page }) => {
  await installFakeSpeech(page, { voices: "none" });
  await page.addInitScript(() => localStorage.removeItem("light-companion:narration-preferences"));
  await page.goto(route);
  const unavailable = player(page).getByRole("option", { name: labels.recording.deviceVoiceUnavailable });
  // The device's voices are waited for (page-narration.ts), then the option says why it is off.
  await expect(unavailable).toBeDisabled({ timeout: 30_000 });
  await expect(voiceChoice(page)).toHaveValue("recorded");
  await expect(button(page, labels.play)).toBeVisible();

  const withVoices = await page.context().newPage();
  await installFakeSpeech(withVoices);
  await withVoices.goto(route);
  for (const choice of ["recorded", "device"]) {
    await voiceChoice(withVoices).selectOption(choice);
    await withVoices.reload();
    await expect(voiceChoice(withVoices)).toHaveValue(choice);
  }
});

test("a saved voice choice shows from the first render, not when the narration is set up", async ({ page }) => {
  // The narration is set up in idle time or at the first press; here neither comes.
  await page.addInitScript(() => Object.assign(window, { requestIdleCallback: () => 0, cancelIdleCallback: () => {} }));
  await installFakeSpeech(page);
  await page.goto(route);
  await expect(voiceChoice(page)).toHaveValue("device");
  await expect(player(page).locator(".narration__progress"), "the narration was not set up").toHaveCount(0);
});
