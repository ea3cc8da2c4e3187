import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { defaultPreferences, POSITIONS_KEY, PREFERENCES_KEY, writePosition } from "@/lib/narration/narration-storage";
import { SKIP_ATTRIBUTE } from "@/lib/narration/skip-attribute";
import { fillTemplate } from "@/lib/narration/player-messages";
import { parseWebVtt, type Cue } from "@/lib/narration/webvtt";
import { recordingUrls, readRecordingsManifest } from "@/lib/recordings/recordings-manifest";
import { installFakeSpeech, loadNarration, removeSpeechSynthesis, speakCalls, trackSpeech } from "./fixtures/fake-speech";
import { recordAnnouncements } from "./fixtures/live-region";
import { audioState, eventsAtPlay, trackAudio } from "./fixtures/recorded-audio";

const { strings } = loadContent();
const labels = strings.narration;
const route = "/casting";
const recording = readRecordingsManifest()!.recordings[route]!;
const urls = recordingUrls(recording.key);

/** What the storage holds once a listener has stopped at `sentenceIndex` on this route. */
function savedPositions(sentenceIndex: number): string {
  const stored = new Map<string, string>();
  writePosition({ getItem: (key) => stored.get(key) ?? null, setItem: (key, value) => void stored.set(key, value)}, route, sentenceIndex, Date.now());
  return stored.get(POSITIONS_KEY)!;
}

const player = (page: Page) => page.getByRole("region", { name: labels.heading });
// While the playing bar shows, it repeats Pause and Stop; the player's own come first.
const button = (page: Page, name: string) => player(page).getByRole("button", { name, exact: true }).first();
const voiceChoice = (page: Page) => player(page).getByLabel(labels.recording.voiceSourceLabel, { exact: true });
const positionSlider = (page: Page) => player(page).getByRole("slider", { name: labels.recording.positionLabel });
const listenFromHere = (page: Page, heading: string) => page.getByRole("button", { name: `${labels.listenFromHere}: ${heading}` });

/** Without a saved choice the page's recording is the voice; installFakeSpeech saves the device's. */
async function forgetVoiceChoice(page: Page) {
  await page.addInitScript((key) => localStorage.removeItem(key), PREFERENCES_KEY);
}

const highlightedWord = (page: Page) => page.evaluate(() => CSS.highlights.get("narration-word")?.values().next().value?.toString() ?? "");

async function readCues(page: Page, url: string): Promise<Cue[]> {
  const response = await page.request.get(url);
  expect(response.ok(), url).toBe(true);
  return parseWebVtt(await response.text());
}

/** The text of each block the page reads (headings, paragraphs, list items), in reading order, without the player's. */
const readBlocks = (page: Page) =>
  page
    .getByRole("main")
    .evaluate(
      (main, skip) => [...main.querySelectorAll("h1, h2, h3, p, li")].filter((block) => !block.closest(`[${skip}]`)).map((block) => block.textContent ?? ""),
      SKIP_ATTRIBUTE,
    );

const normalize = (text: string) => text.replace(/\s+/g, " ").trim();

/** The index of the sentence cue a block of the page begins with. */
function cueStarting(cues: readonly Cue[], blockText: string): number {
  const index = cues.findIndex((cue) => normalize(blockText).startsWith(normalize(cue.text)));
  expect(index, `a cue that begins "${blockText}"`).toBeGreaterThanOrEqual(0);
  return index;
}

/** Stopped or paused: the audio waits at the start of that sentence's cue, and the player says which sentence it is. */
async function expectAtSentence(page: Page, cues: readonly Cue[], index: number) {
  await expect.poll(async () => (await audioState(page)).time, `the audio at sentence ${index + 1}`).toBeCloseTo(cues[index]!.start, 2);
  await expect(player(page).locator(".narration__progress")).toContainText(fillTemplate(labels.position, { current: index + 1, total: cues.length }));
}

/** Plays the recording (so its audio element is known and its cues loaded), pauses, and goes back to the first sentence. */
async function pauseAtFirstSentence(page: Page, cues: readonly Cue[]) {
  await button(page, labels.play).click();
  await expect.poll(async () => (await audioState(page)).time, { timeout: 15_000 }).toBeGreaterThan(0.2);
  await button(page, labels.pause).click();
  await goToFirstSentence(page, cues);
  expect((await audioState(page)).paused).toBe(true);
}

/** By the position slider, through the second sentence: the slider moves only when its value changes. */
async function goToFirstSentence(page: Page, cues: readonly Cue[]) {
  await positionSlider(page).fill("1");
  await positionSlider(page).fill("0");
  await expectAtSentence(page, cues, 0);
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

/** Holds the requests whose address matches `pattern` from now on until `release`; `held` counts them. */
async function holdRequests(page: Page, pattern: RegExp) {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  let held = 0;
  await page.route(pattern, async (request) => {
    held += 1;
    await released;
    await request.continue();
  });
  return { held: () => held, release };
}

test("Play starts the recording while its click is still being handled, as iOS Safari requires, cues or no cues", async ({ page }) => {
  await trackAudio(page);
  await installFakeSpeech(page);
  await forgetVoiceChoice(page);
  // The engine fetches the page's two cue files as it is set up: here they are slow to come.
  const cueFiles = await holdRequests(page, /\.vtt$/);
  await page.goto(route);
  await loadNarration(page);
  await button(page, labels.play).click();
  await expect.poll(() => eventsAtPlay(page), "started, and paused, inside the click").toEqual(["click"]);
  expect((await audioState(page)).paused).toBe(true);
  cueFiles.release();
  await expect.poll(async () => (await audioState(page)).paused, "playing once the cues are here").toBe(false);

  // With the cues here, Play starts the audio itself inside the click.
  await button(page, labels.pause).click();
  await button(page, labels.play).click();
  await expect.poll(async () => (await audioState(page)).paused).toBe(false);
  expect((await eventsAtPlay(page)).at(-1)).toBe("click");
});

/**
 * Holds every script the page asks for from now on until `release`, as a slow network would. The
 * narration engine is among them: nothing fetches it before a reader's first sign of using the page.
 */
async function holdScripts(page: Page) {
  await page.waitForLoadState("networkidle");
  return holdRequests(page, /\/_next\/static\/.*\.js/);
}

test("before the engine has loaded the player offers the saved place and Listen from here; a press loads it, starting the audio inside the click and saying a slow wait", async ({ page }) => {
  await trackAudio(page);
  await installFakeSpeech(page);
  await forgetVoiceChoice(page);
  await page.goto(route);
  const [cues, blocks] = await Promise.all([readCues(page, urls.captions), readBlocks(page)]);
  const saved = cueStarting(cues, blocks[2]!);
  await page.evaluate(({ key, value }) => localStorage.setItem(key, value), { key: POSITIONS_KEY, value: savedPositions(saved) });
  await page.reload();
  const scripts = await holdScripts(page);

  const resume = player(page).getByRole("button", { name: fillTemplate(labels.continueFrom, { sentence: saved + 1 }) });
  await expect(resume, "the saved place, known from storage and the build").toBeVisible();
  await expect(listenFromHere(page, blocks[3]!)).toBeVisible();
  await expect(player(page).locator(".narration__progress"), "the engine has not read the page").toHaveCount(0);
  expect(scripts.held(), "no script was asked for without a sign of a reader").toBe(0);

  const announcements = await recordAnnouncements(page);
  await resume.click();
  await expect.poll(() => eventsAtPlay(page), "the audio is started, and paused, inside the click").toEqual(["click"]);
  expect((await audioState(page)).paused).toBe(true);
  expect(scripts.held(), "the engine is on its way").toBeGreaterThan(0);
  // A second without an answer: the wait is said, not left silent.
  await announcements.expectOnce(labels.loadingPlayer);
  scripts.release();
  await expect.poll(async () => (await audioState(page)).time, { timeout: 15_000 }).toBeGreaterThan(cues[saved]!.start);
  expect((await audioState(page)).time, "the same element plays, from the saved sentence").toBeLessThan(cues[saved]!.end);
  await expect(button(page, labels.pause)).toBeVisible();
});

test("with the device's voice, a press before the engine has loaded unlocks speech inside the click, then reads the page", async ({ page }) => {
  await installFakeSpeech(page);
  await trackSpeech(page);
  await page.goto(route);
  const scripts = await holdScripts(page);
  await button(page, labels.play).click();
  expect(await speakCalls(page), "an empty utterance, inside the click").toEqual([{ event: "click", text: "" }]);
  scripts.release();
  await expect(button(page, labels.pause)).toBeVisible();
  const firstSentence = await page.evaluate(() => window.__fakeSpeech!.speech.spoken[0]?.text);
  expect(firstSentence).toBeTruthy();
  expect(await speakCalls(page)).toEqual([
    { event: "click", text: "" },
    { event: null, text: firstSentence },
  ]);
});

test("where the engine cannot be fetched, a press says so, and a press once the connection is back plays", async ({ page }) => {
  await trackAudio(page);
  await installFakeSpeech(page);
  await forgetVoiceChoice(page);
  await page.goto(route);
  await page.waitForLoadState("networkidle");
  const scripts = /\/_next\/static\/.*\.js/;
  await page.route(scripts, (blocked) => blocked.abort());
  const announcements = await recordAnnouncements(page);
  await button(page, labels.play).click();
  await announcements.expectOnce(labels.loadFailed);
  await expect(button(page, labels.play)).toBeVisible();

  await page.unroute(scripts);
  await button(page, labels.play).click();
  await expect.poll(async () => (await audioState(page)).time, { timeout: 15_000 }).toBeGreaterThan(0.2);
  await expect(button(page, labels.pause)).toBeVisible();
});

test("the voice choice persists, and with no device voices that option says why at once", async ({ page }) => {
  await installFakeSpeech(page, { voices: "none" });
  await forgetVoiceChoice(page);
  await page.clock.install();
  await page.goto(route);
  await loadNarration(page);
  const unavailable = player(page).getByRole("option", { name: labels.recording.deviceVoiceUnavailable });
  // The device's voices are waited for (VOICE_WAIT in page-narration.ts), then the option says why it is off, before any Play.
  await page.clock.fastForward(10_000);
  await expect(unavailable).toBeDisabled();
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
  // The narration is set up on a reader's first sign of using the page or first press; here neither comes.
  await installFakeSpeech(page);
  await page.goto(route);
  await expect(voiceChoice(page)).toHaveValue("device");
  await expect(player(page).locator(".narration__progress"), "the narration was not set up").toHaveCount(0);
});

test("skipping by paragraph and by heading moves the recording to the start of the sentence it lands on", async ({ page }) => {
  await trackAudio(page);
  await page.goto(route);
  const [cues, blocks] = await Promise.all([readCues(page, urls.captions), readBlocks(page)]);
  await pauseAtFirstSentence(page, cues);
  // /casting: the h1, then each h2 followed by its paragraph.
  const [, firstSection, firstParagraph, secondSection, secondParagraph, thirdSection] = blocks.map((block) => cueStarting(cues, block));
  const moves = player(page).getByRole("group", { name: labels.navigationLabel });
  const steps: [string, number | undefined][] = [
    [labels.nextHeading, firstSection],
    [labels.nextHeading, secondSection],
    [labels.nextParagraph, secondParagraph],
    [labels.nextParagraph, thirdSection],
    [labels.previousParagraph, secondParagraph],
    [labels.previousHeading, secondSection],
    [labels.previousParagraph, firstParagraph],
    [labels.previousHeading, firstSection],
  ];
  for (const [move, target] of steps) {
    await moves.getByRole("button", { name: move, exact: true }).click();
    await expectAtSentence(page, cues, target!);
  }
  expect((await audioState(page)).paused, "moving while paused stays paused").toBe(true);

  // Play carries on from there.
  await button(page, labels.play).click();
  await expect.poll(async () => (await audioState(page)).time).toBeGreaterThan(cues[firstSection!]!.start + 0.2);
  expect((await audioState(page)).time).toBeLessThan(cues[firstSection! + 1]!.end);
});

test("the system's media controls play, pause, stop, skip and seek the recording, and show where it is", async ({ page }) => {
  await trackAudio(page);
  await page.addInitScript(() => {
    const handlers: Record<string, MediaSessionActionHandler | null> = {};
    const positions: (MediaPositionState | null)[] = [];
    const { setActionHandler, setPositionState } = MediaSession.prototype;
    MediaSession.prototype.setActionHandler = function (this: MediaSession, action, handler) {
      handlers[action] = handler;
      setActionHandler.call(this, action, handler);
    };
    MediaSession.prototype.setPositionState = function (this: MediaSession, state) {
      positions.push(state ?? null);
      setPositionState.call(this, state);
    };
    Object.assign(window, { mediaSessionHandlers: handlers, mediaPositions: positions });
  });
  const press = (action: MediaSessionAction, seekTime?: number) =>
    page.evaluate(
      ({ action, seekTime }) => {
        const handler = (window as unknown as { mediaSessionHandlers: Record<string, MediaSessionActionHandler | null> }).mediaSessionHandlers[action];
        if (!handler) throw new Error(`no handler for ${action}`);
        handler({ action, seekTime });
      },
      { action, seekTime },
    );
  const lastPosition = () => page.evaluate(() => (window as unknown as { mediaPositions: (MediaPositionState | null)[] }).mediaPositions.at(-1));
  const playbackState = () => page.evaluate(() => navigator.mediaSession.playbackState);
  await page.goto(route);
  const [cues, blocks] = await Promise.all([readCues(page, urls.captions), readBlocks(page)]);
  const [, firstSection, firstParagraph] = blocks.map((block) => cueStarting(cues, block));

  // The Play press is the user activation the browser asks before audio may start.
  await pauseAtFirstSentence(page, cues);
  expect(await playbackState()).toBe("paused");
  await press("nexttrack");
  await expectAtSentence(page, cues, firstSection!);
  await press("nexttrack");
  await expectAtSentence(page, cues, firstParagraph!);
  await press("previoustrack");
  await expectAtSentence(page, cues, firstSection!);
  // The system's scrubber: told where the sentence starts in the recording, and obeyed when moved.
  expect(await lastPosition()).toEqual({ duration: cues.at(-1)!.end, position: cues[firstSection!]!.start, playbackRate: 1 });
  await press("seekto", cues[firstParagraph!]!.start + 0.1);
  await expectAtSentence(page, cues, firstParagraph!);
  await press("seekto", 0);
  await expectAtSentence(page, cues, 0);
  await press("seekto", cues[firstSection!]!.start);
  await expectAtSentence(page, cues, firstSection!);

  await press("play");
  await expect.poll(async () => (await audioState(page)).time).toBeGreaterThan(cues[firstSection!]!.start + 0.2);
  expect((await audioState(page)).paused).toBe(false);
  expect(await playbackState()).toBe("playing");
  await expect(button(page, labels.pause)).toBeVisible();

  await press("pause");
  const paused = await audioState(page);
  expect(paused.paused).toBe(true);
  expect(await playbackState()).toBe("paused");
  await page.waitForTimeout(300);
  expect((await audioState(page)).time, "a real pause: the audio holds its place").toBe(paused.time);

  await press("play");
  await expect.poll(async () => (await audioState(page)).paused).toBe(false);
  await press("stop");
  expect((await audioState(page)).paused).toBe(true);
  expect(await playbackState()).toBe("none");
  expect(await lastPosition(), "stopped, the scrubber is cleared").toBeNull();
  await expect(button(page, labels.play)).toBeVisible();
});

test("the keyboard shortcuts skip, pause and stop the recording", async ({ page }) => {
  await trackAudio(page);
  await page.goto(route);
  const [cues, blocks] = await Promise.all([readCues(page, urls.captions), readBlocks(page)]);
  const [, firstSection, firstParagraph, secondSection, secondParagraph] = blocks.map((block) => cueStarting(cues, block));
  await player(page).getByRole("checkbox", { name: labels.shortcutsCheckbox }).check();

  await button(page, labels.play).focus();
  await page.keyboard.press("p");
  await expect.poll(async () => (await audioState(page)).time, { timeout: 15_000 }).toBeGreaterThan(0.2);
  await page.keyboard.press("p");
  expect((await audioState(page)).paused).toBe(true);
  await expect(button(page, labels.play)).toBeVisible();
  await goToFirstSentence(page, cues);

  // Letters work with focus in the player, though not in its slider, a form field.
  await button(page, labels.stop).focus();
  const steps: [string, number][] = [
    ["h", firstSection!],
    ["h", secondSection!],
    ["Shift+N", secondParagraph!],
    ["Shift+B", secondSection!],
    ["n", secondParagraph!],
    ["n", secondParagraph! + 1],
    ["b", secondParagraph!],
    ["Shift+H", secondSection!],
    ["Shift+H", firstSection!],
  ];
  for (const [key, target] of steps) {
    await page.keyboard.press(key);
    await expectAtSentence(page, cues, target);
  }
  // Alt + Shift work anywhere on the page.
  await page.getByRole("contentinfo").getByRole("link").first().focus();
  await page.keyboard.press("Alt+Shift+N");
  await expectAtSentence(page, cues, firstParagraph!);
  expect((await audioState(page)).paused).toBe(true);

  await page.keyboard.press("Alt+Shift+P");
  await expect.poll(async () => (await audioState(page)).time).toBeGreaterThan(cues[firstParagraph!]!.start + 0.2);
  await page.keyboard.press("Alt+Shift+S");
  expect((await audioState(page)).paused).toBe(true);
  await expect(button(page, labels.play)).toBeVisible();
  await expectAtSentence(page, cues, firstParagraph!);
});

test("the recording resumes where the listener left off: Continue starts the audio at that sentence's cue", async ({ page }) => {
  await trackAudio(page);
  await page.goto(route);
  const [cues, blocks] = await Promise.all([readCues(page, urls.captions), readBlocks(page)]);
  // The first paragraph's first sentence is several seconds long, time enough to see where the audio starts.
  const saved = cueStarting(cues, blocks[2]!);
  await pauseAtFirstSentence(page, cues);
  await positionSlider(page).fill(String(saved));
  await expectAtSentence(page, cues, saved);
  await button(page, labels.stop).click();
  await page.reload();

  const resume = player(page).getByRole("button", { name: fillTemplate(labels.continueFrom, { sentence: saved + 1 }) });
  await resume.click();
  await expect.poll(async () => (await audioState(page)).time, { timeout: 15_000 }).toBeGreaterThan(cues[saved]!.start);
  await button(page, labels.pause).click();
  const { time, paused } = await audioState(page);
  expect(paused).toBe(true);
  expect(time, "the audio began within the saved sentence, not at the top").toBeLessThan(cues[saved]!.end);
  await expect(player(page).locator(".narration__progress")).toContainText(fillTemplate(labels.position, { current: saved + 1, total: cues.length }));
  await expect(resume).toHaveCount(0);
});

test("with the recorded voice the settings offer only its speed, which keeps the pitch; the device's voice has its pitch and voices too", async ({ page }) => {
  await trackAudio(page);
  await installFakeSpeech(page);
  await forgetVoiceChoice(page);
  await page.goto(route);
  await expect(voiceChoice(page)).toHaveValue("recorded");
  await expect(player(page).getByRole("button", { name: labels.settingsSummary, exact: true })).toHaveCount(0);
  const speed = player(page).getByRole("button", { name: labels.speedSummary, exact: true });
  await speed.click();
  await expect(speed).toHaveAttribute("aria-expanded", "true");
  const rate = player(page).getByRole("combobox", { name: labels.rateLabel, exact: true });
  await rate.selectOption("1.5");
  await expect(player(page).getByRole("combobox", { name: labels.pitchLabel, exact: true })).toHaveCount(0);
  await expect(player(page).getByRole("combobox", { name: labels.voiceLabel, exact: true })).toHaveCount(0);
  await expect(player(page).getByText(labels.loadingVoices)).toHaveCount(0);

  await button(page, labels.play).click();
  await expect.poll(async () => (await audioState(page)).paused).toBe(false);
  expect(
    await page.evaluate(() => {
      const audio = (window as unknown as { recordedAudio: HTMLMediaElement }).recordedAudio;
      return { rate: audio.playbackRate, preservesPitch: audio.preservesPitch };
    }),
  ).toEqual({ rate: 1.5, preservesPitch: true });

  await voiceChoice(page).selectOption("device");
  const settings = player(page).getByRole("button", { name: labels.settingsSummary, exact: true });
  await expect(settings).toHaveAttribute("aria-expanded", "true");
  await expect(rate).toHaveValue("1.5");
  await expect(player(page).getByRole("combobox", { name: labels.pitchLabel, exact: true })).toBeVisible();
  await expect(player(page).getByRole("combobox", { name: labels.voiceLabel, exact: true })).toBeVisible();
});

test("where the speed control cannot be fetched, the player says so in the name its button has", async ({ page }) => {
  await installFakeSpeech(page);
  await forgetVoiceChoice(page);
  await page.goto(route);
  await loadNarration(page);
  await page.waitForLoadState("networkidle");
  // Whatever script the page has not fetched by now, the speed control's among it, fails to arrive.
  await page.route(/\/_next\/static\/.*\.js/, (blocked) => blocked.abort());
  const announcements = await recordAnnouncements(page);
  const speed = player(page).getByRole("button", { name: labels.speedSummary, exact: true });
  await speed.click();
  await announcements.expectOnce(fillTemplate(labels.settingsLoadFailed, { controls: labels.speedSummary }));
  await expect(speed).toHaveAttribute("aria-expanded", "true");
});

test("without speech synthesis the recording still plays, from the start or a section, and the device's voice says at once why not", async ({ page }) => {
  await trackAudio(page);
  await removeSpeechSynthesis(page);
  // A choice saved where the browser could speak is set aside, not a reason for silence.
  await page.addInitScript(
    ({ key, preferences }) => localStorage.setItem(key, JSON.stringify(preferences)),
    { key: PREFERENCES_KEY, preferences: { ...defaultPreferences, voiceSource: "device" } },
  );
  await page.goto(route);
  expect(await page.evaluate(() => "speechSynthesis" in window)).toBe(false);
  const [cues, blocks] = await Promise.all([readCues(page, urls.captions), readBlocks(page)]);
  await expect(player(page).getByRole("option", { name: labels.recording.deviceVoiceUnsupported })).toBeDisabled();
  await expect(voiceChoice(page)).toHaveValue("recorded");
  await expect(player(page)).not.toContainText(labels.unsupported);
  await expect(player(page).getByRole("button", { name: labels.speedSummary, exact: true })).toBeVisible();

  await button(page, labels.play).click();
  await expect.poll(async () => (await audioState(page)).time, { timeout: 15_000 }).toBeGreaterThan(0.2);
  expect((await audioState(page)).source).toContain(urls.webm);

  const section = blocks[3]!;
  await listenFromHere(page, section).click();
  const start = cueStarting(cues, section);
  await expect.poll(async () => (await audioState(page)).time).toBeGreaterThan(cues[start]!.start);
  expect((await audioState(page)).time).toBeLessThan(cues[start + 1]!.end);
  await button(page, labels.stop).click();

  // A page with no recording has no voice to offer here.
  const unrecorded = await page.context().newPage();
  await removeSpeechSynthesis(unrecorded);
  await unrecorded.goto("/accessibility/report");
  await expect(player(unrecorded)).toContainText(labels.unsupported);
  await expect(player(unrecorded).getByRole("button")).toHaveCount(0);
  await expect(unrecorded.getByRole("button", { name: new RegExp(`^${labels.listenFromHere}`) })).toHaveCount(0);
});

test("with no device voices, Listen from here plays the recording from its section", async ({ page }) => {
  await trackAudio(page);
  await installFakeSpeech(page, { voices: "none" });
  await forgetVoiceChoice(page);
  await page.clock.install();
  await page.goto(route);
  const [cues, blocks] = await Promise.all([readCues(page, urls.captions), readBlocks(page)]);
  await loadNarration(page);
  await page.clock.fastForward(10_000);
  await expect(player(page).getByRole("option", { name: labels.recording.deviceVoiceUnavailable })).toBeDisabled();

  const section = blocks[3]!;
  await expect(listenFromHere(page, section), "the recording needs no device voices").toBeVisible();
  await listenFromHere(page, section).click();
  const start = cueStarting(cues, section);
  await expect.poll(async () => (await audioState(page)).time, { timeout: 15_000 }).toBeGreaterThan(cues[start]!.start);
  expect((await audioState(page)).time).toBeLessThan(cues[start + 1]!.end);
  await expect(button(page, labels.pause)).toBeVisible();
  await expect(player(page).locator(".narration__progress")).toContainText(fillTemplate(labels.section, { heading: section }));
});
