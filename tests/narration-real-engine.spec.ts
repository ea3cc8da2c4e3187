/**
 * The player against a real speech engine: Chromium with --enable-speech-dispatcher speaking
 * through speech-dispatcher and espeak-ng (scripts/setup-speech.sh starts them; the
 * "real-speech" project in playwright.config.ts runs this file). espeak-ng gives Chromium about
 * 13,000 voices, sends start and end but no word boundaries, and its voices can take seconds
 * to arrive.
 */
import { expect, test } from "@playwright/test";
import { toString } from "mdast-util-to-string";
import { loadContent } from "@/lib/content/load-content";
import { RATE_RANGE } from "@/lib/narration/voice-ranges";
import { ALL_LANGUAGES } from "@/lib/narration/voice-menu";
import { groupVoicesByLanguage } from "@/lib/narration/voice-ranking";
import { readRecordingsManifest } from "@/lib/recordings/recordings-manifest";
import { audioState, trackAudio } from "./fixtures/recorded-audio";
import { AUDIBLE_PEAK, loudestSample } from "./fixtures/sound";

const { pages, cast, strings } = loadContent();
const labels = strings.narration;
/** The shortest page, so a few sentences at the highest rate take seconds. */
const shortest = [...pages, ...cast].sort((a, b) => toString(a.body).length - toString(b.body).length)[0]!;

test("the real engine reads sentence by sentence with the sentence highlighted, pauses, resumes and stops", async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto(shortest.route);
  const region = page.getByRole("region", { name: labels.heading });
  // The playing bar repeats Play or Pause and Stop once the player has scrolled away; the player's own come first.
  const control = (name: string) => region.getByRole("button", { name, exact: true }).first();
  const loadStarted = Date.now();
  await expect.poll(() => page.evaluate(() => speechSynthesis.getVoices().length), { timeout: 30_000 }).toBeGreaterThan(1000);
  const voices = await page.evaluate(() =>
    speechSynthesis.getVoices().map(({ voiceURI, name, lang, localService, default: isDefault }) => ({ voiceURI, name, lang, localService, default: isDefault })),
  );
  test.info().annotations.push({ type: "voices", description: `${voices.length} voices after ${Date.now() - loadStarted} ms` });
  // The page's recording is the default voice; this test is about the device's.
  await region.getByLabel(labels.recording.voiceSourceLabel, { exact: true }).selectOption("device");

  // Thousands of voices: narrowed to the page's language, best first, every language one choice away.
  const pageLang = await page.evaluate(() => document.documentElement.lang);
  const groups = groupVoicesByLanguage(voices, { pageLang, preferredLangs: await page.evaluate(() => [...navigator.languages]) });
  const openStarted = Date.now();
  await region.getByRole("button", { name: labels.settingsSummary }).click();
  const languageSelect = region.getByLabel(labels.voiceLanguageLabel);
  const voiceSelect = region.getByLabel(labels.voiceLabel, { exact: true });
  await expect(languageSelect).toHaveValue(pageLang);
  const openMs = Date.now() - openStarted;
  test.info().annotations.push({ type: "voice picker", description: `opened with ${voices.length} voices in ${openMs} ms` });
  expect(openMs).toBeLessThan(5000);
  // The page's language first, then every language (the browser's ICU names, and so sorts, a few differently from Node's).
  const listedLanguages = await languageSelect.locator("option").evaluateAll((options) => (options as HTMLOptionElement[]).map((option) => option.value));
  expect(listedLanguages[0]).toBe(pageLang);
  expect([...listedLanguages].sort()).toEqual(groups.map((group) => group.language).sort());
  expect(await languageSelect.locator(`option[value="${ALL_LANGUAGES}"]`).count()).toBe(0);
  const pageGroup = groups.find((group) => group.language === pageLang)!;
  expect(await voiceSelect.locator("option").evaluateAll((options) => (options as HTMLOptionElement[]).slice(1, 6).map((option) => option.value))).toEqual(
    pageGroup.voices.slice(0, 5).map((voice) => voice.voiceURI),
  );
  await expect(voiceSelect.locator("option")).toHaveCount(pageGroup.voices.length + 1);
  const french = groups.find((group) => group.language === "fr")!;
  await languageSelect.selectOption("fr");
  await expect(voiceSelect.locator("optgroup")).toHaveCount(1);
  await expect(voiceSelect.locator("optgroup")).toHaveAttribute("label", french.label);
  await expect(voiceSelect.locator("option")).toHaveCount(french.voices.length + 1);
  await region.getByLabel(labels.rateLabel).selectOption(String(RATE_RANGE.max));

  // Record every sentence and word the read-along shows, as often as the page paints.
  await page.evaluate(() => {
    const seen: { sentence: string | null; word: string | null }[] = [];
    const read = (name: string) => {
      const highlight = CSS.highlights.get(name);
      return highlight ? [...highlight].map((range) => range.toString()).join("") : null;
    };
    const record = () => {
      const now = { sentence: read("narration-sentence"), word: read("narration-word") };
      const last = seen.at(-1);
      if (!last || last.sentence !== now.sentence || last.word !== now.word) seen.push(now);
      requestAnimationFrame(record);
    };
    record();
    Object.assign(window, { __seen: seen });
  });
  const seenSentences = () =>
    page.evaluate(() => (window as unknown as { __seen: { sentence: string | null }[] }).__seen.map((entry) => entry.sentence).filter(Boolean));

  const playStarted = Date.now();
  await control(labels.play).click();
  await expect.poll(async () => new Set(await seenSentences()).size, { timeout: 30_000 }).toBeGreaterThanOrEqual(3);
  test.info().annotations.push({ type: "sentences", description: `3 sentences in ${Date.now() - playStarted} ms at rate ${RATE_RANGE.max}` });
  const mainText = (await page.locator("main").innerText()).replace(/\s+/g, " ");
  let cursor = 0;
  for (const sentence of new Set(await seenSentences())) {
    const at = mainText.indexOf(sentence!.replace(/\s+/g, " "), cursor);
    expect(at, `"${sentence}" follows the sentence before it on the page`).toBeGreaterThanOrEqual(cursor);
    cursor = at;
  }
  expect(
    await page.evaluate(() => (window as unknown as { __seen: { word: string | null }[] }).__seen.every((entry) => entry.word === null)),
    "espeak-ng sends no word boundaries, so only sentences are highlighted",
  ).toBe(true);

  // Pause silences the engine and keeps the place; Play speaks again from it.
  await control(labels.pause).click();
  await expect.poll(() => page.evaluate(() => speechSynthesis.speaking)).toBe(false);
  const pausedAt = (await seenSentences()).at(-1);
  await page.waitForTimeout(1500);
  expect((await seenSentences()).at(-1), "nothing moves while paused").toBe(pausedAt);
  await control(labels.play).click();
  await expect.poll(() => page.evaluate(() => speechSynthesis.speaking)).toBe(true);
  const heardBefore = new Set(await seenSentences()).size;
  await expect.poll(async () => new Set(await seenSentences()).size, { timeout: 30_000 }).toBeGreaterThan(heardBefore);

  await control(labels.stop).click();
  await expect.poll(() => page.evaluate(() => speechSynthesis.speaking)).toBe(false);
  await expect(page.getByTestId("live-region")).toHaveText(labels.announcements.stopped);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
});

test("the recorded voice is heard through the system's audio, Pause silences it and Play goes on from where it paused", async ({ page }) => {
  const recordings = Object.entries(readRecordingsManifest()!.recordings);
  const [route] = recordings.sort(([, a], [, b]) => a!.durationSeconds - b!.durationSeconds)[0]!;
  await trackAudio(page);
  await page.goto(route);
  const region = page.getByRole("region", { name: labels.heading });
  const control = (name: string) => region.getByRole("button", { name, exact: true }).first();
  await expect(region.getByLabel(labels.recording.voiceSourceLabel, { exact: true })).toHaveValue("recorded");
  expect(await loudestSample(0.5), "silence before Play").toBe(0);

  await control(labels.play).click();
  await expect.poll(() => loudestSample(1), { message: "the recording is heard", timeout: 15_000 }).toBeGreaterThan(AUDIBLE_PEAK);

  await control(labels.pause).click();
  await expect.poll(() => loudestSample(0.5), { message: "Pause silences it", timeout: 10_000 }).toBe(0);
  const paused = await audioState(page);
  expect(paused.paused).toBe(true);
  expect(paused.time).toBeGreaterThan(0);
  expect(await loudestSample(0.5), "still silent half a second on").toBe(0);
  expect((await audioState(page)).time, "the place holds while paused").toBe(paused.time);

  await control(labels.play).click();
  await expect.poll(() => loudestSample(1), { message: "Play is heard again", timeout: 15_000 }).toBeGreaterThan(AUDIBLE_PEAK);
  const resumed = await audioState(page);
  expect(resumed.time, "from where it paused, not from the start").toBeGreaterThan(paused.time);
  await control(labels.stop).click();
});
