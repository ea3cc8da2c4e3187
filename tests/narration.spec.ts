import { expect, test, type Page } from "@playwright/test";
import type { Image, Paragraph } from "mdast";
import { toString } from "mdast-util-to-string";
import { loadContent } from "@/lib/content/load-content";
import { POSITIONS_KEY, PREFERENCES_KEY } from "@/lib/narration/narration-storage";
import { pageShortcuts } from "@/lib/narration/keyboard-shortcuts";
import { fillTemplate } from "@/lib/narration/player-messages";
import { applyLexicon, createLexicon, selectLexiconForVoice } from "@/lib/narration/pronunciation-lexicon";
import { fakeVoices } from "@/lib/narration/testing/fake-speech";
import { groupVoicesByLanguage } from "@/lib/narration/voice-ranking";
import { contrastRatio, minimumTextContrast } from "@/lib/settings/contrast";
import { readingSettingAttributes } from "@/lib/settings/reading-settings";
import { palettes } from "@/lib/settings/themes";
import { expectNoAxeViolations } from "./fixtures/axe";
import { installFakeSpeech, loadNarration, removeSpeechSynthesis, speakCalls, trackSpeech, waitForPlayerReady } from "./fixtures/fake-speech";
import { recordAnnouncements } from "./fixtures/live-region";

const { pages, cast, strings, pronunciations } = loadContent();
const labels = strings.narration;
const [englishVoice, frenchVoice, , britishVoice] = fakeVoices;
/** What the English voice is given: the site's lexicon, less nothing (no name here is English-only). */
const englishLexicon = selectLexiconForVoice(createLexicon(pronunciations, "en"), englishVoice!.lang);
const spokenByEnglishVoice = (text: string) => applyLexicon(text, englishLexicon).spoken;
const normalize = (text: string) => text.replace(/\s+/g, " ").trim();
/** Matches a filled-in template, e.g. "Sentence {current} of {total}" as "Sentence 3 of 40". */
const templatePattern = (template: string) =>
  new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, "\\$&").replace(/\{\w+\}/g, ".+")}$`);

/*
 * Pausing depends on the platform (isPauseReliable in lib/narration/browser-speech.ts), so the
 * tests say which one they are on rather than inherit the machine's.
 */
const linuxAgent = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";
const macAgent = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";
test.use({ userAgent: linuxAgent });

const player = (page: Page) => page.getByRole("region", { name: labels.heading });
const liveRegion = (page: Page) => page.getByTestId("live-region");
// While the playing bar shows, it repeats Pause and Stop; the player's own come first.
const playButton = (page: Page) => player(page).getByRole("button", { name: labels.play, exact: true }).first();
const pauseButton = (page: Page) => player(page).getByRole("button", { name: labels.pause, exact: true }).first();
const stopButton = (page: Page) => player(page).getByRole("button", { name: labels.stop, exact: true }).first();

function spoken(page: Page) {
  return page.evaluate(() => window.__fakeSpeech!.speech.spoken.map((record) => ({ ...record })));
}

async function spokenTexts(page: Page) {
  return (await spoken(page)).map((record) => record.text);
}

async function lastSpoken(page: Page) {
  return (await spokenTexts(page)).at(-1);
}

interface PlayButtonLabel {
  /** The button's text, or null while the player shows no Play button. */
  readonly label: string | null;
  /** How many utterances the engine had been given when the label changed. */
  readonly spoken: number;
}

/** Records every label the Play/Pause button shows from now on, to tell when it said Pause. */
async function recordPlayButtonLabels(page: Page) {
  await page.evaluate(({ heading, play, pause }) => {
    const region = [...document.querySelectorAll("h2")].find((element) => element.textContent === heading)!.closest("section")!;
    const shown: PlayButtonLabel[] = [];
    const note = () => {
      const button = [...region.querySelectorAll("button")].find((element) => element.textContent === play || element.textContent === pause);
      const label = button?.textContent ?? null;
      if (shown.at(-1)?.label !== label) shown.push({ label, spoken: window.__fakeSpeech!.speech.spoken.length });
    };
    note();
    new MutationObserver(note).observe(region, { childList: true, characterData: true, subtree: true });
    Object.assign(window, { playButtonLabels: shown });
  }, { heading: labels.heading, play: labels.play, pause: labels.pause });
  return () => page.evaluate(() => (window as unknown as { playButtonLabels: PlayButtonLabel[] }).playButtonLabels.slice());
}

/** The text under each read-along highlight, as the CSS Custom Highlight API holds it. */
function highlighted(page: Page) {
  return page.evaluate(() => {
    const read = (name: string) => {
      const highlight = CSS.highlights.get(name);
      return highlight ? [...highlight].map((range) => range.toString()).join("") : null;
    };
    return { sentence: read("narration-sentence"), word: read("narration-word") };
  });
}

/** Section headings of the content, in page order, without the player's own. */
function contentHeadings(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("main :is(h2, h3)")]
      .filter((heading) => !heading.closest("[data-narration-skip]"))
      .map((heading) => heading.textContent ?? ""),
  );
}

test("Play reads the page in order with sentence and word highlighted, and pauses, resumes and stops", { tag: ["@static-export"] }, async ({ page }) => {
  const book = pages.find((entry) => entry.route === "/book")!;
  await installFakeSpeech(page);
  await trackSpeech(page);
  await page.goto(book.route);
  await expect(player(page).getByRole("heading", { level: 2, name: labels.heading })).toBeVisible();
  await expectNoAxeViolations(page, "with the player idle");
  // With the engine loaded; tests/recorded-voice.spec.ts presses Play before it has.
  await waitForPlayerReady(page);

  await playButton(page).click();
  const title = await page.getByRole("heading", { level: 1 }).innerText();
  expect(await spokenTexts(page)).toEqual([spokenByEnglishVoice(title)]);
  expect((await speakCalls(page)).map(({ event }) => event), "the first sentence is spoken inside the click").toEqual(["click"]);
  await expect(liveRegion(page)).toHaveText(labels.announcements.playing);
  await expect(pauseButton(page)).toBeVisible();
  expect(await highlighted(page)).toEqual({ sentence: title, word: null });
  expect(
    await page.evaluate(() => ({
      title: navigator.mediaSession.metadata?.title,
      artist: navigator.mediaSession.metadata?.artist,
      state: navigator.mediaSession.playbackState,
    })),
    "the system's media controls show the page",
  ).toEqual({ title, artist: strings.siteName, state: "playing" });

  // A boundary on the last spoken word (the respelling "door") highlights the written "Doerr".
  await page.evaluate(() => {
    const speech = window.__fakeSpeech!.speech;
    speech.start();
    const words = [...new Intl.Segmenter("en", { granularity: "word" }).segment(speech.current!.text)].filter((word) => word.isWordLike);
    speech.boundaryAtWord(words.length - 1);
  });
  expect(await highlighted(page)).toEqual({ sentence: title, word: title.split(" ").at(-1) });
  await expectNoAxeViolations(page, "while playing");

  // On Linux, pausing cancels (speech-dispatcher cannot resume) and Play speaks again from the word.
  const cancelsBeforePause = await page.evaluate(() => window.__fakeSpeech!.cancelCount);
  await pauseButton(page).click();
  await expect(liveRegion(page)).toHaveText(labels.announcements.paused);
  expect(await page.evaluate(() => window.__fakeSpeech!.cancelCount)).toBe(cancelsBeforePause + 1);
  expect(await page.evaluate(() => window.__fakeSpeech!.speech.engine.speaking)).toBe(false);
  expect((await highlighted(page)).sentence).toBe(title);
  await expectNoAxeViolations(page, "while paused");
  await playButton(page).click();
  await expect(liveRegion(page)).toHaveText(labels.announcements.playing);
  expect(await lastSpoken(page)).toBe(spokenByEnglishVoice(title.split(" ").at(-1)!));

  await page.evaluate(() => window.__fakeSpeech!.speech.speakAll());
  await expect(liveRegion(page)).toHaveText(labels.announcements.finished);
  const texts = await spokenTexts(page);
  const heard = normalize(texts.join(" "));
  // Every paragraph of the content file is read, in the page's order, as the English voice says it.
  let cursor = 0;
  const paragraphs = book.body.children.filter((node): node is Paragraph => node.type === "paragraph");
  for (const paragraph of paragraphs.map((node) => normalize(toString(node, { includeImageAlt: false }))).filter(Boolean)) {
    const expected = normalize(spokenByEnglishVoice(paragraph));
    const at = heard.indexOf(expected, cursor);
    expect(at, `"${expected}" is read after what comes before it`).toBeGreaterThanOrEqual(cursor);
    cursor = at + expected.length;
  }
  // The figure is read from its text alternative, then its caption (the long description).
  const image = paragraphs.flatMap((node) => node.children).find((node): node is Image => node.type === "image")!;
  expect(texts).toContain(fillTemplate(labels.image, { alt: image.alt! }));
  expect(heard).toContain(normalize(image.title!));
  expect(heard.indexOf(fillTemplate(labels.image, { alt: image.alt! }))).toBeLessThan(heard.indexOf(normalize(image.title!)));
  // The player's own words are not part of the page.
  expect(heard).not.toContain(labels.heading);
  expect(heard).not.toContain(labels.listenFromHere);
  expect(await highlighted(page)).toEqual({ sentence: null, word: null });

  // After finishing, Play starts again from the top; Stop silences the engine and clears the highlight.
  await playButton(page).click();
  expect(await lastSpoken(page)).toBe(spokenByEnglishVoice(title));
  const cancelsBefore = await page.evaluate(() => window.__fakeSpeech!.cancelCount);
  await stopButton(page).click();
  await expect(liveRegion(page)).toHaveText(labels.announcements.stopped);
  expect(await page.evaluate(() => window.__fakeSpeech!.cancelCount)).toBeGreaterThan(cancelsBefore);
  expect(await page.evaluate(() => window.__fakeSpeech!.speech.engine.speaking)).toBe(false);
  expect(await highlighted(page)).toEqual({ sentence: null, word: null });
});

test("where the engine can pause, Pause pauses it and Play resumes the same utterance", async ({ browser }) => {
  const context = await browser.newContext({ userAgent: macAgent });
  const page = await context.newPage();
  await installFakeSpeech(page);
  await page.goto("/book");
  await loadNarration(page);
  await playButton(page).click();
  await pauseButton(page).click();
  await expect(liveRegion(page)).toHaveText(labels.announcements.paused);
  expect(await page.evaluate(() => window.__fakeSpeech!.speech.engine.paused)).toBe(true);
  await playButton(page).click();
  await expect(liveRegion(page)).toHaveText(labels.announcements.playing);
  expect(await page.evaluate(() => window.__fakeSpeech!.speech.engine.paused)).toBe(false);
  expect(await spokenTexts(page), "resuming continues the utterance rather than speaking it again").toHaveLength(1);
  await context.close();
});

test("moves by sentence, paragraph and heading, listens from a section, and shows where it is", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.setViewportSize({ width: 800, height: 600 });
  await installFakeSpeech(page);
  await page.goto("/featurette");
  await loadNarration(page);
  const headings = await contentHeadings(page);
  const sections = await page.locator("main h2").evaluateAll((all) => all.filter((h) => !h.closest("[data-narration-skip]")).length);
  await expect(page.getByRole("button", { name: new RegExp(`^${labels.listenFromHere}`) })).toHaveCount(sections);

  await playButton(page).click();
  expect(await page.evaluate(() => window.scrollY), "the h1 is in view, so the page does not scroll").toBe(0);
  const moves = player(page).getByRole("group", { name: labels.navigationLabel });
  await moves.getByRole("button", { name: labels.nextHeading }).click();
  expect(await lastSpoken(page)).toBe(headings[0]);
  await expect(player(page)).toContainText(fillTemplate(labels.section, { heading: headings[0]! }));
  await moves.getByRole("button", { name: labels.nextHeading }).click();
  expect(await lastSpoken(page)).toBe(headings[1]);
  await moves.getByRole("button", { name: labels.previousHeading }).click();
  expect(await lastSpoken(page)).toBe(headings[0]);

  const firstParagraph = spokenByEnglishVoice(
    await page.evaluate((heading) => {
      const element = [...document.querySelectorAll("main h2")].find((candidate) => candidate.textContent === heading);
      let next = element?.nextElementSibling;
      while (next && next.tagName !== "P") next = next.nextElementSibling;
      return next?.textContent ?? "";
    }, headings[0]!),
  );
  await moves.getByRole("button", { name: labels.nextParagraph }).click();
  const firstSentence = (await lastSpoken(page))!;
  expect(firstParagraph.startsWith(firstSentence)).toBe(true);
  await moves.getByRole("button", { name: labels.nextSentence }).click();
  const secondSentence = (await lastSpoken(page))!;
  expect(firstParagraph.startsWith(`${firstSentence} ${secondSentence}`)).toBe(true);
  const position = await player(page).getByText(templatePattern(labels.position)).innerText();
  await moves.getByRole("button", { name: labels.previousSentence }).click();
  expect(await lastSpoken(page)).toBe(firstSentence);
  await expect(player(page).getByText(position)).toHaveCount(0);
  await moves.getByRole("button", { name: labels.previousParagraph }).click();
  expect(await lastSpoken(page)).toBe(headings[0]);

  // Jumping to the last heading brings it into view, clear of the viewport's edges.
  for (let step = 1; step < headings.length; step += 1) await moves.getByRole("button", { name: labels.nextHeading }).click();
  expect(await lastSpoken(page)).toBe(headings.at(-1));
  const box = await page.evaluate(() => {
    const range = [...CSS.highlights.get("narration-sentence")!][0] as Range;
    const rect = range.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, viewport: document.documentElement.clientHeight };
  });
  expect(box.top).toBeGreaterThanOrEqual(0);
  expect(box.bottom).toBeLessThanOrEqual(box.viewport);

  const sectionHeadings = await page.locator("article h2").allInnerTexts();
  const section = sectionHeadings.find((heading) => heading !== headings[0] && heading !== headings.at(-1) && heading !== labels.heading)!;
  await page.getByRole("button", { name: `${labels.listenFromHere}: ${section}` }).click();
  expect(await lastSpoken(page)).toBe(section);
  expect((await highlighted(page)).sentence).toBe(section);
  await expect(pauseButton(page)).toBeVisible();
});

test("speed, pitch and voice apply from the next sentence, persist, and the saved place is offered after a reload", async ({ page }) => {
  await installFakeSpeech(page);
  await page.goto("/book");
  await loadNarration(page);
  await playButton(page).click();
  const disclosure = player(page).getByRole("button", { name: labels.settingsSummary });
  await expect(disclosure).toHaveAttribute("aria-expanded", "false");
  await disclosure.click();
  await expect(disclosure).toHaveAttribute("aria-expanded", "true");
  const region = player(page);
  await region.getByLabel(labels.rateLabel).selectOption("1.5");
  await region.getByLabel(labels.pitchLabel).selectOption("1.25");

  // Voices are grouped by language, page language first, as voice-ranking orders them.
  const expectedGroups = groupVoicesByLanguage(fakeVoices, { pageLang: "en", preferredLangs: await page.evaluate(() => [...navigator.languages]) });
  expect(await region.getByLabel(labels.voiceLabel, { exact: true }).locator("optgroup").evaluateAll((groups) => groups.map((group) => group.getAttribute("label")))).toEqual(
    expectedGroups.map((group) => group.label),
  );
  // The fake British voice is an online one (localService false), so the list says so.
  await region.getByLabel(labels.voiceLabel, { exact: true }).selectOption({ label: labels.onlineVoice.replace("{voice}", britishVoice!.name) });
  expect((await spoken(page))[0]).toMatchObject({ rate: 1, pitch: 1, voiceURI: englishVoice!.voiceURI });
  await page.evaluate(() => window.__fakeSpeech!.speech.speakCurrent());
  expect((await spoken(page)).at(-1)).toMatchObject({ rate: 1.5, pitch: 1.25, voiceURI: britishVoice!.voiceURI });

  // Shortcuts: off until ticked, never from form fields, letters only inside the player.
  const shortcuts = region.getByRole("checkbox", { name: labels.shortcutsCheckbox });
  await stopButton(page).focus();
  await page.keyboard.press("p");
  await expect(pauseButton(page), "shortcuts are off by default").toBeVisible();
  await shortcuts.check();
  await region.getByLabel(labels.rateLabel).focus();
  await page.keyboard.press("p");
  await expect(pauseButton(page), "P in a select belongs to the select").toBeVisible();
  await page.keyboard.press("Alt+Shift+P");
  await expect(pauseButton(page), "Alt + Shift + P in a select belongs to the select").toBeVisible();
  await page.evaluate(() => document.querySelector("footer")!.append(Object.assign(document.createElement("input"), { type: "text", id: "typing" })));
  await page.locator("#typing").pressSequentially("np");
  await page.keyboard.press("Alt+Shift+P");
  await expect(page.locator("#typing")).toHaveValue("np");
  await expect(pauseButton(page), "keys in a text field belong to the field").toBeVisible();
  const countBefore = (await spoken(page)).length;
  await page.locator("footer").getByRole("link").first().focus();
  await page.keyboard.press("n");
  expect((await spoken(page)).length, "a plain letter outside the player does nothing").toBe(countBefore);
  await page.keyboard.press("Alt+Shift+N");
  expect((await spoken(page)).length, "Alt + Shift + N works anywhere").toBe(countBefore + 1);
  await stopButton(page).focus();
  await page.keyboard.press("n");
  expect((await spoken(page)).length, "N works in the player").toBe(countBefore + 2);
  await page.keyboard.press("p");
  await expect(liveRegion(page)).toHaveText(labels.announcements.paused);
  const reached = (await spoken(page)).at(-1)!;

  await page.reload();
  await loadNarration(page);
  const saved = await page.evaluate((key) => JSON.parse(localStorage.getItem(key)!), POSITIONS_KEY);
  const savedIndex: number = saved.positions["/book"].sentenceIndex;
  await player(page).getByRole("button", { name: fillTemplate(labels.continueFrom, { sentence: savedIndex + 1 }) }).click();
  expect(await spoken(page)).toEqual([{ ...reached }]);
  await player(page).getByRole("button", { name: labels.settingsSummary }).click();
  await expect(player(page).getByLabel(labels.rateLabel)).toHaveValue("1.5");
  await expect(player(page).getByLabel(labels.voiceLabel, { exact: true })).toHaveValue(britishVoice!.voiceURI);
  await expect(player(page).getByRole("checkbox", { name: labels.shortcutsCheckbox })).toBeChecked();

  // Corrupt saved data falls back to the defaults, silently.
  await page.evaluate(
    ({ preferences, positions }) => {
      localStorage.setItem(preferences, "{not json");
      localStorage.setItem(positions, '{"version":1,"positions":{"/book":{"sentenceIndex":-4}}}');
    },
    { preferences: PREFERENCES_KEY, positions: POSITIONS_KEY },
  );
  await page.reload();
  // The defaults are back: the page's recorded voice at normal speed, and no saved place.
  await expect(player(page).getByLabel(labels.recording.voiceSourceLabel, { exact: true })).toHaveValue("recorded");
  await player(page).getByRole("button", { name: labels.speedSummary, exact: true }).click();
  await expect(player(page).getByLabel(labels.rateLabel)).toHaveValue("1");
  await expect(player(page).getByRole("button", { name: templatePattern(labels.continueFrom) })).toHaveCount(0);
});

test("French passages are read by a French voice from the written name, English ones with the lexicon's respelling", async ({ page }) => {
  // A cast member with a French role whose own name the lexicon respells, e.g. Loberti.
  const loberti = cast.find((member) => member.roleLanguage === "fr" && spokenByEnglishVoice(member.actor) !== member.actor)!;
  await installFakeSpeech(page);
  await page.goto(loberti.route);
  await playButton(page).click();
  await expect(pauseButton(page)).toBeVisible();
  await page.evaluate(() => window.__fakeSpeech!.speech.speakAll());
  const records = await spoken(page);
  expect(records[0]).toMatchObject({ text: spokenByEnglishVoice(loberti.actor), voiceURI: englishVoice!.voiceURI });
  const role = await page.locator(`dd[lang="${loberti.roleLanguage}"]`).innerText();
  expect(records.find((record) => record.text === role)).toMatchObject({ lang: frenchVoice!.lang, voiceURI: frenchVoice!.voiceURI });
});

test("without voices the player says so plainly and offers the text, with no dead Play button", async ({ page }) => {
  test.setTimeout(60_000);
  await installFakeSpeech(page, { voices: "none" });
  await page.clock.install();
  await page.goto("/book");
  await player(page).getByRole("button", { name: labels.settingsSummary }).click();
  await expect(player(page).getByText(labels.loadingVoices)).toBeVisible();
  await waitOutTheVoiceWait(page);
  await expect(player(page)).toContainText(labels.noVoices);
  await expect(playButton(page)).toHaveCount(0);
  await expect(page.getByRole("button", { name: new RegExp(`^${labels.listenFromHere}`) })).toHaveCount(0);
  await expect(player(page).getByRole("link", { name: labels.helpLink })).toHaveAttribute("href", "/help");
  await expectNoAxeViolations(page, "with no voices");

  // Some engines list no voices yet speak with a default one; the listener may still try.
  await player(page).getByRole("button", { name: labels.tryAnyway }).click();
  await expect.poll(() => spoken(page)).toEqual([expect.objectContaining({ voiceURI: null })]);
});

/**
 * The player waits up to 10 seconds for voices (VOICE_WAIT in lib/narration/page-narration.ts);
 * the page's clock, installed before it loaded, jumps past them rather than the test waiting.
 */
async function waitOutTheVoiceWait(page: Page) {
  await page.clock.fastForward(10_000);
}

/** Presses Play on a page whose engine has no voices yet, and checks the player says they are loading, not Pause. */
async function pressPlayBeforeAnyVoice(page: Page) {
  await installFakeSpeech(page, { voices: "none" });
  await page.clock.install();
  await page.goto("/book");
  const announcements = await recordAnnouncements(page);
  const playButtonLabels = await recordPlayButtonLabels(page);
  await playButton(page).click();
  await announcements.expectOnce(labels.loadingVoices);
  await expect(playButton(page), "nothing is heard yet, so the button still says Play").toBeVisible();
  return { announcements, playButtonLabels };
}

test("Play before the voices arrive says they are loading and still says Play, then Pause once speech starts", async ({ page }) => {
  const { announcements, playButtonLabels } = await pressPlayBeforeAnyVoice(page);
  await expect(player(page).getByText(labels.loadingVoices)).toBeVisible();
  expect(await spoken(page)).toEqual([]);

  await page.evaluate((voices) => window.__fakeSpeech!.speech.setVoices(voices, { firesVoicesChanged: true }), fakeVoices);
  await announcements.expectOnce(labels.announcements.playing);
  await expect(pauseButton(page)).toBeVisible();
  expect(await spokenTexts(page)).toEqual([spokenByEnglishVoice(await page.getByRole("heading", { level: 1 }).innerText())]);
  const labelsShown = await playButtonLabels();
  expect(labelsShown.map(({ label }) => label)).toContain(labels.pause);
  expect(labelsShown.filter(({ label, spoken }) => label === labels.pause && spoken === 0), "Pause before anything was spoken").toEqual([]);
});

test("Play on a device with no voices says they are loading, never says Pause, then says there are none", async ({ page }) => {
  const { announcements, playButtonLabels } = await pressPlayBeforeAnyVoice(page);

  await waitOutTheVoiceWait(page);
  await announcements.expectOnce(labels.announcements.noVoices);
  await expect(player(page)).toContainText(labels.noVoices);
  await expect(player(page).getByRole("button", { name: labels.tryAnyway })).toBeVisible();
  expect(await spoken(page)).toEqual([]);
  expect((await playButtonLabels()).map(({ label }) => label)).not.toContain(labels.pause);
});

test("an engine error is announced once, shown, and Play recovers from the same sentence", async ({ page }) => {
  await installFakeSpeech(page);
  await page.goto("/series");
  await loadNarration(page);
  await playButton(page).click();
  await page.evaluate(() => window.__fakeSpeech!.speech.speakCurrent());
  const failed = await lastSpoken(page);
  await page.evaluate(() => window.__fakeSpeech!.speech.fail("synthesis-failed"));
  await expect(liveRegion(page)).toHaveText(labels.announcements.error);
  await expect(player(page).getByText(labels.errorMessage)).toBeVisible();
  await expectNoAxeViolations(page, "after an engine error");
  await playButton(page).click();
  await expect(liveRegion(page)).toHaveText(labels.announcements.playing);
  expect(await lastSpoken(page)).toBe(failed);
  await expect(player(page).getByText(labels.errorMessage)).toHaveCount(0);
});

test("speech stops on client navigation and on pagehide", async ({ page }) => {
  await installFakeSpeech(page);
  await page.goto("/book");
  await loadNarration(page);
  await playButton(page).click();
  await expect(pauseButton(page)).toBeVisible();
  const heard = (await spoken(page)).length;
  const castLink = pages.find((entry) => entry.route === "/cast")!.nav!.label;
  await page.getByRole("navigation", { name: strings.mainNavigationLabel }).getByRole("link", { name: castLink, exact: true }).click();
  await expect(page).toHaveURL(/\/cast$/);
  await expect.poll(() => page.evaluate(() => window.__fakeSpeech!.cancelCount)).toBeGreaterThan(0);
  expect(await page.evaluate(() => window.__fakeSpeech!.speech.engine.speaking)).toBe(false);
  expect(await page.evaluate(() => CSS.highlights.size)).toBe(0);
  expect((await spoken(page)).length, "nothing more is spoken from the old page").toBe(heard);

  await playButton(page).click();
  expect(await lastSpoken(page)).toBe(spokenByEnglishVoice(await page.getByRole("heading", { level: 1 }).innerText()));
  const cancels = await page.evaluate(() => window.__fakeSpeech!.cancelCount);
  await page.evaluate(() => window.dispatchEvent(new PageTransitionEvent("pagehide", { persisted: false })));
  expect(await page.evaluate(() => window.__fakeSpeech!.cancelCount)).toBe(cancels + 1);
  expect(await page.evaluate(() => window.__fakeSpeech!.speech.engine.speaking)).toBe(false);
});

test("the shortcuts dialog opens from its button and from ?, traps focus, closes on Escape and returns focus", async ({ page }) => {
  const dialogStrings = labels.shortcutsDialog;
  await installFakeSpeech(page);
  await page.goto("/book");
  const opener = player(page).getByRole("button", { name: labels.shortcutsButton });
  await opener.click();
  const dialog = page.getByRole("dialog", { name: dialogStrings.title });
  await expect(dialog).toBeVisible();
  await expect(dialog).toHaveAccessibleDescription(dialogStrings.description);
  await expect(dialog.getByRole("button", { name: dialogStrings.close }), "with no control named to focus first, the first control has focus").toBeFocused();
  await expect(dialog.getByRole("table", { name: dialogStrings.playerCaption })).toBeVisible();
  await expect(dialog.getByRole("rowheader", { name: pageShortcuts[0]!.keys })).toBeVisible();
  for (let press = 0; press < 4; press += 1) {
    await page.keyboard.press("Tab");
    expect(await dialog.evaluate((element) => element.contains(document.activeElement)), "focus stays in the dialog").toBe(true);
  }
  await expectNoAxeViolations(page, "with the shortcuts dialog open");
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  // ? opens it only with shortcuts on and focus in the player.
  await playButton(page).focus();
  await page.keyboard.press("?");
  await expect(dialog).toBeHidden();
  await player(page).getByRole("checkbox", { name: labels.shortcutsCheckbox }).check();
  await playButton(page).focus();
  await page.keyboard.press("?");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(playButton(page)).toBeFocused();
});

test("the read-along highlight keeps text and links at 7:1 and stays visible in every theme", async ({ page }) => {
  await page.goto("/book");
  for (const theme of Object.keys(palettes)) {
    await page.evaluate(([attribute, value]) => document.documentElement.setAttribute(attribute, value), [readingSettingAttributes.theme, theme] as const);
    const drawn = await page.evaluate(() =>
      [document.querySelector("article p")!, document.querySelector("article p a")!].map((element) => {
        const pageBackground = getComputedStyle(document.body).backgroundColor;
        const sentence = getComputedStyle(element, "::highlight(narration-sentence)");
        const word = getComputedStyle(element, "::highlight(narration-word)");
        return {
          element: element.tagName,
          pageBackground,
          sentence: { color: sentence.color, background: sentence.backgroundColor, underline: sentence.textDecorationLine },
          word: { color: word.color, background: word.backgroundColor },
        };
      }),
    );
    for (const { element, pageBackground, sentence, word } of drawn) {
      const context = `${theme}, ${element}`;
      expect(contrastRatio(sentence.color, sentence.background), `${context}: sentence`).toBeGreaterThanOrEqual(minimumTextContrast);
      expect(contrastRatio(word.color, word.background), `${context}: word`).toBeGreaterThanOrEqual(minimumTextContrast);
      // Told apart from the page by colour or, where the theme has one background, by the underline.
      expect(sentence.background !== pageBackground || sentence.underline === "underline", `${context}: the sentence shows`).toBe(true);
      expect(word.background, `${context}: the word stands out from the sentence`).not.toBe(sentence.background);
    }
  }
});

test("the player degrades: no JavaScript, no speech engine, no Intl.Segmenter, no Highlight API", async ({ browser }) => {
  const noScript = await browser.newContext({ javaScriptEnabled: false });
  const staticPage = await noScript.newPage();
  await staticPage.goto("/book");
  // The page's recording plays in the browser's own audio player instead (tests/recordings.spec.ts).
  await expect(player(staticPage).locator("audio[controls]")).toHaveCount(1);
  await expect(player(staticPage).getByRole("link", { name: /MP3/ })).toBeVisible();
  await expect(player(staticPage).getByRole("button")).toHaveCount(0);
  await noScript.close();

  const context = await browser.newContext();
  const silent = await context.newPage();
  await removeSpeechSynthesis(silent);
  // Where a page has a recording, that still plays (tests/recorded-voice.spec.ts); this one has none.
  await silent.goto("/accessibility/report");
  await expect(player(silent)).toContainText(labels.unsupported);
  await expect(player(silent).getByRole("button")).toHaveCount(0);
  await expect(silent.getByRole("button", { name: new RegExp(`^${labels.listenFromHere}`) })).toHaveCount(0);

  const unsegmented = await context.newPage();
  await installFakeSpeech(unsegmented);
  await unsegmented.addInitScript(() => {
    delete (Intl as { Segmenter?: unknown }).Segmenter;
  });
  await unsegmented.goto("/book");
  await expect(player(unsegmented)).toContainText(labels.unsupported);
  await expect(player(unsegmented).getByRole("button")).toHaveCount(0);

  const outlined = await context.newPage();
  await installFakeSpeech(outlined);
  await outlined.addInitScript(() => {
    delete (window as { Highlight?: unknown }).Highlight;
  });
  await outlined.goto("/book");
  await playButton(outlined).click();
  await expect(outlined.locator(".narration-current")).toHaveText(await outlined.getByRole("heading", { level: 1 }).innerText());
  expect(await outlined.evaluate(() => CSS.highlights.size)).toBe(0);
  await context.close();
});
