import { describe, expect, it, vi } from "vitest";
import { Narrator, STALLED_ERROR } from "./narrator";
import type { NarrationSnapshot, NarratorOptions } from "./narrator";
import { segmentBlocks } from "./speech-segments";
import type { NarrationBlock } from "./speech-segments";
import { FakeSpeech, fakeVoices } from "./testing/fake-speech";
import type { FakeSpeechOptions } from "./testing/fake-speech";
import { FakeTimers } from "./testing/fake-timers";

const blocks: NarrationBlock[] = [
  { id: "intro", kind: "heading", runs: [{ text: "Introduction" }] },
  { id: "p1", kind: "paragraph", runs: [{ text: "Mr. Ruffalo plays Loberti. He arrives in Paris." }] },
  { id: "story", kind: "heading", runs: [{ text: "The story" }] },
  {
    id: "p2",
    kind: "paragraph",
    runs: [{ text: "Loberti says " }, { text: "bonjour", lang: "fr" }, { text: " to everyone. " }, { text: "Je ne sais pas.", lang: "fr" }],
  },
  { id: "p3", kind: "paragraph", runs: [{ text: "The end." }] },
];

const TEXTS = [
  "Introduction",
  "Mr. Ruffalo plays Loberti.",
  "He arrives in Paris.",
  "The story",
  "Loberti says bonjour to everyone.",
  "Je ne sais pas.",
  "The end.",
];

const [englishVoice, frenchVoice, , britishVoice] = fakeVoices;

function setup(options: Partial<NarratorOptions> & { fake?: FakeSpeechOptions } = {}) {
  const speech = new FakeSpeech(options.fake);
  const timers = new FakeTimers();
  const sentences = segmentBlocks(blocks, { lang: "en" });
  const narrator = new Narrator({
    engine: speech.engine,
    createUtterance: speech.createUtterance,
    sentences,
    timers,
    voiceWait: { timeoutMs: 1000, pollMs: 100 },
    watchdog: { factor: 2, slackMs: 1000 },
    ...options,
  });
  const statuses: string[] = [];
  narrator.subscribe((snapshot) => {
    if (statuses.at(-1) !== snapshot.status) statuses.push(snapshot.status);
  });
  return { speech, timers, narrator, sentences, statuses };
}

function spokenTexts(speech: FakeSpeech): string[] {
  return speech.spoken.map((record) => record.text);
}

describe("Narrator playback", () => {
  it("starts at the saved sentence index, clamped to the page", () => {
    expect(setup({ sentenceIndex: 4 }).narrator.getSnapshot().sentenceIndex).toBe(4);
    expect(setup({ sentenceIndex: 99 }).narrator.getSnapshot().sentenceIndex).toBe(TEXTS.length - 1);
  });

  it("speaks one sentence per utterance, queues the next on end, and finishes", async () => {
    const { speech, narrator, statuses } = setup();
    expect(narrator.getSnapshot()).toMatchObject({ status: "idle", sentenceIndex: 0, sentenceCount: TEXTS.length });

    await narrator.play();
    expect(spokenTexts(speech)).toEqual(["Introduction"]);
    expect(narrator.getSnapshot()).toMatchObject({ status: "playing", sentenceIndex: 0 });

    speech.speakCurrent();
    expect(spokenTexts(speech)).toEqual(["Introduction", "Mr. Ruffalo plays Loberti."]);
    expect(narrator.getSnapshot().sentenceIndex).toBe(1);

    speech.speakAll();
    expect(spokenTexts(speech)).toEqual(TEXTS);
    expect(narrator.getSnapshot()).toMatchObject({ status: "finished", sentenceIndex: TEXTS.length - 1 });
    expect(statuses).toEqual(["playing", "finished"]);
  });

  it("plays from the top again after finishing", async () => {
    const { speech, narrator } = setup({ sentenceIndex: 6 });
    await narrator.play();
    speech.speakAll();
    expect(narrator.getSnapshot().status).toBe("finished");
    await narrator.play();
    expect(speech.lastSpoken?.text).toBe("Introduction");
    expect(narrator.getSnapshot()).toMatchObject({ status: "playing", sentenceIndex: 0 });
  });

  it("finishes at once on a page with nothing to read", async () => {
    const speech = new FakeSpeech();
    const narrator = new Narrator({ engine: speech.engine, createUtterance: speech.createUtterance, sentences: [] });
    await narrator.play();
    expect(narrator.getSnapshot().status).toBe("finished");
    expect(speech.spoken).toEqual([]);
  });

  it("keeps the snapshot object stable between changes, as useSyncExternalStore requires", async () => {
    const { speech, narrator } = setup();
    const listener = vi.fn();
    const unsubscribe = narrator.subscribe(listener);
    const before = narrator.getSnapshot();
    expect(narrator.getSnapshot()).toBe(before);
    narrator.setRate(1);
    expect(narrator.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();

    await narrator.play();
    expect(narrator.getSnapshot()).not.toBe(before);
    expect(listener).toHaveBeenLastCalledWith(narrator.getSnapshot());
    unsubscribe();
    speech.speakCurrent();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe("Narrator stale events", () => {
  it("ignores a late end from an utterance abandoned by a jump (Chrome fires it asynchronously)", async () => {
    const { speech, narrator } = setup();
    await narrator.play();
    expect(narrator.nextSentence()).toBe(true);
    const [abandoned, current] = speech.utterances;
    expect(speech.current).toBe(current);
    expect(spokenTexts(speech)).toEqual(["Introduction", "Mr. Ruffalo plays Loberti."]);
    expect(abandoned?.fired).toContain("error");

    abandoned?.fire("end");
    abandoned?.fire("boundary", { name: "word", charIndex: 0, charLength: 5 });
    abandoned?.fire("error", { error: "interrupted" });
    expect(narrator.getSnapshot()).toMatchObject({ status: "playing", sentenceIndex: 1, wordIndex: undefined });
    expect(spokenTexts(speech)).toHaveLength(2);
  });

  it("ignores an end fired inside cancel() so the queue does not skip a sentence", async () => {
    const { speech, narrator } = setup({ fake: { cancelEvent: "end" } });
    await narrator.play();
    narrator.nextSentence();
    expect(narrator.getSnapshot()).toMatchObject({ status: "playing", sentenceIndex: 1 });
    expect(spokenTexts(speech)).toEqual(["Introduction", "Mr. Ruffalo plays Loberti."]);
    narrator.stop();
    expect(narrator.getSnapshot()).toMatchObject({ status: "idle", sentenceIndex: 1 });
  });
});

describe("Narrator word highlighting", () => {
  it("uses charIndex and charLength from word boundaries", async () => {
    const { speech, narrator } = setup({ sentenceIndex: 2 });
    await narrator.play();
    speech.start();
    speech.boundary(3, 7);
    expect(narrator.getSnapshot()).toMatchObject({ wordIndex: 1, wordRange: { start: 3, end: 10 } });
    speech.boundary(0, 13, "sentence");
    expect(narrator.getSnapshot()).toMatchObject({ wordIndex: 1, wordRange: { start: 3, end: 10 } });
  });

  it("derives the word length from segmentation when charLength is missing (Safari)", async () => {
    const { speech, narrator } = setup({ sentenceIndex: 2, fake: { boundaries: "word-without-length" } });
    await narrator.play();
    speech.boundaryAtWord(3);
    expect(narrator.getSnapshot()).toMatchObject({ wordIndex: 3, wordRange: { start: 14, end: 19 } });
    // A boundary on the space before a word highlights the word that follows.
    speech.boundary(13);
    expect(narrator.getSnapshot()).toMatchObject({ wordIndex: 3, wordRange: { start: 14, end: 19 } });
  });

  it("still tracks sentences when the voice sends no boundaries at all", async () => {
    const { speech, narrator } = setup({ fake: { boundaries: "none" } });
    const snapshots: NarrationSnapshot[] = [];
    narrator.subscribe((snapshot) => snapshots.push(snapshot));
    await narrator.play();
    speech.speakCurrent();
    speech.speakCurrent();
    expect(snapshots.map((snapshot) => snapshot.sentenceIndex)).toEqual([0, 1, 2]);
    expect(snapshots.every((snapshot) => snapshot.wordIndex === undefined && snapshot.wordRange === undefined)).toBe(true);
  });

  it("speaks the lexicon's spelling and maps boundaries back to the written name and the word after it", async () => {
    const lexicon = [{ written: "Loberti", spoken: "loh bair tee" }];
    const { speech, narrator, sentences } = setup({ sentenceIndex: 4, lexicon, fake: { boundaries: "word-without-length" } });
    await narrator.play();
    expect(speech.lastSpoken?.text).toBe("loh bair tee says bonjour to everyone.");

    speech.boundaryAtWord(1); // "bair", inside the respelling
    expect(narrator.getSnapshot()).toMatchObject({ wordIndex: 0, wordRange: { start: 0, end: 7 } });
    speech.boundaryAtWord(3); // "says"
    const says = sentences[4]?.words[1];
    expect(says?.text).toBe("says");
    expect(narrator.getSnapshot()).toMatchObject({ wordIndex: 1, wordRange: { start: says?.offset, end: (says?.offset ?? 0) + 4 } });
  });

  it("maps charLength across a respelling to the whole written name", async () => {
    const lexicon = [{ written: "Loberti", spoken: "loh bair tee" }];
    const { speech, narrator } = setup({ sentenceIndex: 1, lexicon });
    await narrator.play();
    expect(speech.lastSpoken?.text).toBe("Mr. Ruffalo plays loh bair tee.");
    speech.boundary(18, 3);
    expect(narrator.getSnapshot()).toMatchObject({ wordIndex: 3, wordRange: { start: 18, end: 25 } });
  });
  it("keeps a name's written form for a voice of the name's own language", async () => {
    const lexicon = [
      { written: "Loberti", spoken: "loh bair tee", lang: "it" },
      { written: "pas", spoken: "pah", lang: "fr" },
    ];
    const { speech, narrator } = setup({ sentenceIndex: 4, lexicon });
    await narrator.play();
    speech.speakCurrent();
    expect(speech.spoken.map(({ text, voiceURI }) => ({ text, voiceURI }))).toEqual([
      { text: "loh bair tee says bonjour to everyone.", voiceURI: englishVoice?.voiceURI },
      { text: "Je ne sais pas.", voiceURI: frenchVoice?.voiceURI },
    ]);

    // With no French voice the engine's default reads the French sentence, so it gets the respelling.
    const englishOnly = setup({ sentenceIndex: 5, lexicon, fake: { voices: [englishVoice!] } });
    await englishOnly.narrator.play();
    expect(englishOnly.speech.lastSpoken?.text).toBe("Je ne sais pah.");
  });
});

describe("Narrator voices", () => {
  it("waits for voices by polling when voiceschanged never fires, then plays", async () => {
    const { speech, timers, narrator, statuses } = setup({ fake: { voices: [] } });
    const playing = narrator.play();
    expect(narrator.getSnapshot().status).toBe("loading");
    timers.advance(300);
    speech.setVoices(fakeVoices, { firesVoicesChanged: false });
    timers.advance(100);
    await playing;
    expect(statuses).toEqual(["loading", "playing"]);
    expect(speech.lastSpoken).toMatchObject({ text: "Introduction", voiceURI: englishVoice?.voiceURI });
    expect(narrator.getSnapshot().voices).toEqual(fakeVoices);
  });

  it("keeps one wait when Play is pressed again while voices load, and speaks once they arrive", async () => {
    const { speech, timers, narrator, statuses } = setup({ fake: { voices: [] } });
    const first = narrator.play();
    const second = narrator.play();
    expect(speech.voicesChangedListenerCount, "the narrator's own listener and one wait").toBe(2);
    timers.advance(300);
    speech.setVoices(fakeVoices, { firesVoicesChanged: true });
    await Promise.all([first, second]);
    expect(statuses).toEqual(["loading", "playing"]);
    expect(spokenTexts(speech)).toEqual(["Introduction"]);
  });

  it("reports no-voices when none ever arrive, then speaks with the default voice on a second press", async () => {
    const { speech, timers, narrator } = setup({ fake: { voices: [] } });
    const playing = narrator.play();
    timers.advance(1000);
    await playing;
    expect(narrator.getSnapshot().status).toBe("no-voices");
    expect(speech.spoken).toEqual([]);

    await narrator.play();
    expect(narrator.getSnapshot().status).toBe("playing");
    expect(speech.lastSpoken).toMatchObject({ text: "Introduction", voiceURI: null, lang: "en" });
  });

  it("after a voice wait has ended with none, says so at once on Play, without waiting again", async () => {
    const { speech, timers, narrator, statuses } = setup({ fake: { voices: [] } });
    const waiting = narrator.loadVoices();
    timers.advance(1000);
    expect(await waiting).toEqual([]);

    await narrator.play();
    expect(statuses).toEqual(["no-voices"]);
    await narrator.play();
    expect(speech.lastSpoken).toMatchObject({ text: "Introduction", voiceURI: null });
  });

  it("leaves no-voices when voices are announced later", async () => {
    const { speech, timers, narrator } = setup({ fake: { voices: [] } });
    const playing = narrator.play();
    timers.advance(1000);
    await playing;
    speech.setVoices(fakeVoices, { firesVoicesChanged: true });
    expect(narrator.getSnapshot()).toMatchObject({ status: "idle", voices: fakeVoices });
  });

  it("abandons a pending play when paused while loading", async () => {
    const { speech, timers, narrator } = setup({ fake: { voices: [] } });
    const playing = narrator.play();
    narrator.pause();
    speech.setVoices(fakeVoices, { firesVoicesChanged: true });
    timers.advance(100);
    await playing;
    expect(narrator.getSnapshot().status).toBe("idle");
    expect(speech.spoken).toEqual([]);
  });

  it("applies rate, pitch and voice changes from the next utterance", async () => {
    const { speech, narrator } = setup();
    await narrator.play();
    narrator.setRate(1.5);
    narrator.setPitch(0.8);
    narrator.setVoice(britishVoice?.voiceURI);
    expect(speech.lastSpoken).toMatchObject({ rate: 1, pitch: 1, voiceURI: englishVoice?.voiceURI });
    speech.speakCurrent();
    expect(speech.lastSpoken).toMatchObject({ rate: 1.5, pitch: 0.8, voiceURI: britishVoice?.voiceURI, lang: "en-GB" });
  });

  it("clamps rate and pitch and ignores non-numbers", () => {
    const { narrator } = setup({ rate: 9, pitch: -3 });
    expect(narrator.getSnapshot()).toMatchObject({ rate: 2, pitch: 0 });
    narrator.setRate(0.1);
    narrator.setPitch(Number.NaN);
    expect(narrator.getSnapshot()).toMatchObject({ rate: 0.5, pitch: 0 });
  });

  it("chooses a French voice for a French sentence and returns to the chosen voice after it", async () => {
    const { speech, narrator } = setup({ sentenceIndex: 4, voiceURI: britishVoice?.voiceURI });
    await narrator.play();
    // Mostly English with a French word: stays with the listener's voice.
    expect(speech.lastSpoken).toMatchObject({ voiceURI: britishVoice?.voiceURI, lang: "en-GB" });
    speech.speakCurrent();
    expect(speech.lastSpoken).toMatchObject({ text: "Je ne sais pas.", voiceURI: frenchVoice?.voiceURI, lang: "fr-FR" });
    speech.speakCurrent();
    expect(speech.lastSpoken).toMatchObject({ text: "The end.", voiceURI: britishVoice?.voiceURI });
  });

  it("keeps the chosen voice for a language no voice speaks, with a matching utterance language", async () => {
    const sentences = segmentBlocks([{ id: "ja", kind: "paragraph", lang: "ja", runs: [{ text: "こんにちは。" }] }], { lang: "en" });
    const chosen = new FakeSpeech();
    await new Narrator({ engine: chosen.engine, createUtterance: chosen.createUtterance, sentences, voiceURI: englishVoice?.voiceURI }).play();
    expect(chosen.lastSpoken).toMatchObject({ voiceURI: englishVoice?.voiceURI, lang: "en-US" });

    // With no voice chosen, the engine gets only the language and picks for itself.
    const automatic = new FakeSpeech();
    await new Narrator({ engine: automatic.engine, createUtterance: automatic.createUtterance, sentences }).play();
    expect(automatic.lastSpoken).toMatchObject({ voiceURI: null, lang: "ja" });
  });
});

describe("Narrator pause and resume", () => {
  it("uses the engine's pause and resume where pausing is reliable", async () => {
    const { speech, narrator } = setup();
    await narrator.play();
    const utterance = speech.current;
    narrator.pause();
    expect(speech.engine.paused).toBe(true);
    expect(narrator.getSnapshot().status).toBe("paused");
    narrator.resume();
    expect(speech.engine.paused).toBe(false);
    expect(speech.current).toBe(utterance);
    expect(speech.spoken).toHaveLength(1);
    expect(narrator.getSnapshot().status).toBe("playing");
  });

  it("re-speaks from the current word where pause acts as cancel (Android)", async () => {
    const { speech, narrator } = setup({ sentenceIndex: 1, isPauseReliable: false, fake: { isPauseCancel: true } });
    await narrator.play();
    speech.start();
    speech.boundaryAtWord(2); // "plays"
    narrator.pause();
    expect(narrator.getSnapshot()).toMatchObject({ status: "paused", sentenceIndex: 1 });
    expect(speech.engine.speaking).toBe(false);

    await narrator.play();
    expect(spokenTexts(speech)).toEqual(["Mr. Ruffalo plays Loberti.", "plays Loberti."]);
    // Offsets reported on the shorter utterance still land on the sentence's words.
    speech.boundary(6, 7);
    expect(narrator.getSnapshot()).toMatchObject({ status: "playing", wordIndex: 3, wordRange: { start: 18, end: 25 } });
    speech.end();
    expect(narrator.getSnapshot().sentenceIndex).toBe(2);
  });

  it("re-speaks from the sentence start when no word was reached", async () => {
    const { speech, narrator } = setup({ sentenceIndex: 2, isPauseReliable: false });
    await narrator.play();
    narrator.pause();
    narrator.resume();
    expect(spokenTexts(speech)).toEqual(["He arrives in Paris.", "He arrives in Paris."]);
  });

  it("resumes the engine before speaking after a jump made while paused", async () => {
    const { speech, narrator } = setup();
    await narrator.play();
    narrator.pause();
    expect(narrator.nextSentence()).toBe(true);
    expect(narrator.getSnapshot()).toMatchObject({ status: "paused", sentenceIndex: 1 });
    expect(speech.engine.speaking).toBe(false);
    expect(speech.engine.paused).toBe(true);

    narrator.resume();
    expect(speech.engine.paused).toBe(false);
    expect(speech.lastSpoken?.text).toBe("Mr. Ruffalo plays Loberti.");
    expect(speech.current?.text).toBe("Mr. Ruffalo plays Loberti.");
  });
});

describe("Narrator watchdog and errors", () => {
  it("re-speaks the current sentence once when the engine goes silent without an event, then reports stalled", async () => {
    const { speech, timers, narrator } = setup({ sentenceIndex: 2 });
    await narrator.play();
    speech.start();
    speech.stall();
    timers.advance(500);
    expect(speech.spoken).toHaveLength(1);
    timers.advance(10_000);
    expect(spokenTexts(speech)).toEqual(["He arrives in Paris.", "He arrives in Paris."]);
    expect(narrator.getSnapshot().status).toBe("playing");

    speech.stall();
    timers.advance(10_000);
    expect(speech.spoken).toHaveLength(2);
    expect(narrator.getSnapshot()).toMatchObject({ status: "error", errorCode: STALLED_ERROR });

    await narrator.play();
    expect(narrator.getSnapshot().status).toBe("playing");
    expect(speech.spoken).toHaveLength(3);
  });

  it("re-speaks from the last word reached", async () => {
    const { speech, timers, narrator } = setup({ sentenceIndex: 2 });
    await narrator.play();
    speech.boundaryAtWord(2);
    speech.stall();
    timers.advance(10_000);
    expect(speech.lastSpoken?.text).toBe("in Paris.");
  });

  it("leaves a voice alone while the engine says it is speaking, even without events", async () => {
    const { speech, timers, narrator } = setup({ sentenceIndex: 2 });
    await narrator.play();
    speech.stall({ keepsSpeaking: true });
    timers.advance(60_000);
    expect(speech.spoken).toHaveLength(1);
    expect(narrator.getSnapshot().status).toBe("playing");
  });

  it("counts every event as progress, and sleeps while paused", async () => {
    const { speech, timers, narrator } = setup({ sentenceIndex: 2 });
    await narrator.play();
    for (let word = 0; word < 4; word += 1) {
      timers.advance(1500);
      speech.boundaryAtWord(word);
    }
    narrator.pause();
    timers.advance(60_000);
    expect(speech.spoken).toHaveLength(1);
    expect(timers.pendingCount).toBe(0);
  });

  it("moves to an error state on an engine error and recovers on play", async () => {
    const { speech, narrator } = setup({ sentenceIndex: 1 });
    await narrator.play();
    speech.fail("synthesis-failed");
    expect(narrator.getSnapshot()).toMatchObject({ status: "error", errorCode: "synthesis-failed", sentenceIndex: 1 });
    await narrator.play();
    expect(narrator.getSnapshot()).toMatchObject({ status: "playing", sentenceIndex: 1, errorCode: undefined });
    expect(spokenTexts(speech)).toEqual(["Mr. Ruffalo plays Loberti.", "Mr. Ruffalo plays Loberti."]);
  });

  it("treats an interruption it did not cause as an error", async () => {
    const { speech, narrator } = setup();
    await narrator.play();
    speech.engine.cancel(); // another script on the page
    expect(narrator.getSnapshot()).toMatchObject({ status: "error", errorCode: "interrupted" });
  });
});

describe("Narrator navigation", () => {
  it("moves by sentence and refuses to move past either end", async () => {
    const { speech, narrator } = setup();
    expect(narrator.previousSentence()).toBe(false);
    expect(narrator.nextSentence()).toBe(true);
    expect(narrator.getSnapshot()).toMatchObject({ status: "idle", sentenceIndex: 1 });
    expect(speech.spoken).toEqual([]);
    await narrator.play();
    expect(narrator.previousSentence()).toBe(true);
    expect(speech.lastSpoken?.text).toBe("Introduction");
    narrator.playFrom(TEXTS.length - 1);
    expect(narrator.nextSentence()).toBe(false);
  });

  it("moves by block and by heading", () => {
    const { narrator } = setup({ sentenceIndex: 2 });
    expect(narrator.nextBlock()).toBe(true);
    expect(narrator.getSnapshot().sentenceIndex).toBe(3);
    expect(narrator.nextBlock()).toBe(true);
    expect(narrator.getSnapshot().sentenceIndex).toBe(4);
    expect(narrator.previousBlock()).toBe(true);
    expect(narrator.getSnapshot().sentenceIndex).toBe(3);
    expect(narrator.previousBlock()).toBe(true);
    expect(narrator.getSnapshot().sentenceIndex).toBe(1);
    expect(narrator.previousHeading()).toBe(true);
    expect(narrator.getSnapshot().sentenceIndex).toBe(0);
    expect(narrator.previousHeading()).toBe(false);
    expect(narrator.nextHeading()).toBe(true);
    expect(narrator.getSnapshot().sentenceIndex).toBe(3);
    expect(narrator.nextHeading()).toBe(false);
    narrator.playFrom(5);
    expect(narrator.previousHeading()).toBe(true);
    expect(narrator.getSnapshot().sentenceIndex).toBe(3);
  });

  it("plays from a block id or index, including from pause and after finishing", async () => {
    const { speech, narrator } = setup();
    expect(narrator.playFrom("p2")).toBe(true);
    expect(narrator.getSnapshot()).toMatchObject({ status: "playing", sentenceIndex: 4 });
    narrator.pause();
    expect(narrator.playFrom("p1")).toBe(true);
    expect(narrator.getSnapshot()).toMatchObject({ status: "playing", sentenceIndex: 1 });
    expect(speech.current?.text).toBe("Mr. Ruffalo plays Loberti.");
    speech.speakAll();
    expect(narrator.playFrom(2)).toBe(true);
    expect(speech.current?.text).toBe("He arrives in Paris.");
    expect(narrator.playFrom("missing")).toBe(false);
    expect(narrator.playFrom(99)).toBe(false);
    expect(narrator.playFrom(1.5)).toBe(false);
  });
});

describe("Narrator dispose", () => {
  it("cancels speech, stops listening and ignores later events", async () => {
    const { speech, timers, narrator } = setup();
    const listener = vi.fn();
    narrator.subscribe(listener);
    await narrator.play();
    const utterance = speech.current;
    listener.mockClear();
    expect(speech.voicesChangedListenerCount).toBe(1);

    narrator.dispose();
    expect(speech.engine.speaking).toBe(false);
    expect(speech.voicesChangedListenerCount).toBe(0);
    expect(timers.pendingCount).toBe(0);
    utterance?.fire("end");
    speech.setVoices([], { firesVoicesChanged: true });
    await narrator.play();
    expect(narrator.nextSentence()).toBe(false);
    expect(listener).not.toHaveBeenCalled();
    expect(speech.spoken).toHaveLength(1);
  });

  it("ends a pending wait for voices", async () => {
    const { speech, timers, narrator } = setup({ fake: { voices: [] } });
    const playing = narrator.play();
    narrator.dispose();
    await playing;
    expect(timers.pendingCount).toBe(0);
    expect(speech.voicesChangedListenerCount).toBe(0);
  });
});

describe("Narrator with the fake speaking on timers", () => {
  it("reads the whole page on its own, highlighting each word", async () => {
    const timers = new FakeTimers();
    const { speech, narrator } = setup({ timers, fake: { autoSpeak: { msPerCharacter: 50 }, timers } });
    const words: string[] = [];
    narrator.subscribe((snapshot) => {
      const sentence = TEXTS[snapshot.sentenceIndex];
      if (snapshot.wordRange && sentence) words.push(sentence.slice(snapshot.wordRange.start, snapshot.wordRange.end));
    });
    await narrator.play();
    timers.advance(60_000);
    expect(narrator.getSnapshot().status).toBe("finished");
    expect(spokenTexts(speech)).toEqual(TEXTS);
    expect(words.slice(0, 6)).toEqual(["Introduction", "Mr", "Ruffalo", "plays", "Loberti", "He"]);
  });
});
