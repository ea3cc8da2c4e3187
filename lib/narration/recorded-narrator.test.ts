import { describe, expect, it } from "vitest";
import { OUTDATED_ERROR } from "./narration-engine";
import { RecordedNarrator } from "./recorded-narrator";
import { FakeMedia } from "./testing/fake-media";
import type { Cue } from "./webvtt";

const word = (offset: number, text: string) => ({ text, offset, length: text.length, start: { run: 0, offset }, end: { run: 0, offset: offset + text.length } });
const sentences = [
  { blockId: "b0", blockIndex: 0, blockKind: "heading" as const, words: [word(0, "Casting")] },
  { blockId: "b1", blockIndex: 1, blockKind: "paragraph" as const, words: [word(0, "She"), word(4, "plays")] },
  { blockId: "b1", blockIndex: 1, blockKind: "paragraph" as const, words: [word(0, "Good")] },
];
const sentenceCues: Cue[] = [
  { id: "0", start: 0, end: 1, text: "Casting" },
  { id: "1", start: 1.5, end: 3, text: "She plays." },
  { id: "2", start: 3.2, end: 4, text: "Good." },
];
const wordCues: Cue[] = [
  { id: "0:0-7", start: 0.1, end: 0.9, text: "Casting" },
  { id: "1:0-3", start: 1.6, end: 1.9, text: "She" },
  { id: "1:4-9", start: 1.9, end: 2.6, text: "plays" },
  { id: "2:0-4", start: 3.3, end: 3.8, text: "Good" },
];

function create(overrides: Partial<ConstructorParameters<typeof RecordedNarrator>[0]> = {}) {
  const media = new FakeMedia();
  const narrator = new RecordedNarrator({
    media,
    sentences,
    loadCues: () => Promise.resolve({ sentenceCues, wordCues }),
    frames: { request: () => 1, cancel: () => {} },
    ...overrides,
  });
  return { media, narrator };
}

describe("RecordedNarrator", () => {
  it("plays from the saved sentence's start and keeps the pitch when the speed changes", async () => {
    const { media, narrator } = create({ sentenceIndex: 1, rate: 1.5 });
    await narrator.play();
    expect(media.currentTime).toBe(1.5);
    expect(media.playbackRate).toBe(1.5);
    expect(media.preservesPitch).toBe(true);
    expect(narrator.getSnapshot().status).toBe("playing");
  });

  it("reports the sentence and the word being heard from the cues", async () => {
    const { media, narrator } = create();
    await narrator.play();
    media.advanceTo(2);
    expect(narrator.getSnapshot()).toMatchObject({ sentenceIndex: 1, wordIndex: 1, wordRange: { start: 4, end: 9 } });
    // Between words only the sentence is shown.
    media.advanceTo(2.8);
    expect(narrator.getSnapshot()).toMatchObject({ sentenceIndex: 1, wordRange: undefined });
  });

  it("pauses the audio itself and carries on from the same moment", async () => {
    const { media, narrator } = create();
    await narrator.play();
    media.advanceTo(2.1);
    narrator.pause();
    expect(media.paused).toBe(true);
    expect(narrator.getSnapshot().status).toBe("paused");
    await narrator.play();
    expect(media.currentTime).toBe(2.1);
    expect(narrator.getSnapshot().status).toBe("playing");
  });

  it("skips by sentence, paragraph and heading by moving the audio to the sentence's start", async () => {
    const { media, narrator } = create();
    await narrator.play();
    expect(narrator.move("nextParagraph")).toBe(true);
    expect(media.currentTime).toBe(1.5);
    expect(narrator.move("nextSentence")).toBe(true);
    expect(media.currentTime).toBe(3.2);
    expect(narrator.move("previousHeading")).toBe(true);
    expect(media.currentTime).toBe(0);
    expect(narrator.move("previousSentence")).toBe(false);
  });

  it("finishes at the end and starts again from the top on Play", async () => {
    const { media, narrator } = create();
    await narrator.play();
    media.advanceTo(4);
    media.emit("ended");
    expect(narrator.getSnapshot().status).toBe("finished");
    await narrator.play();
    expect(media.currentTime).toBe(0);
  });

  it("follows a pause from the system's media controls", async () => {
    const { media, narrator } = create();
    await narrator.play();
    media.pause();
    expect(narrator.getSnapshot().status).toBe("paused");
  });

  it("fetches the cues when made, so a later Play starts the audio before any other task runs", async () => {
    let fetches = 0;
    const slowCues = () => {
      fetches += 1;
      return new Promise<{ sentenceCues: Cue[]; wordCues: Cue[] }>((resolve) => setTimeout(() => resolve({ sentenceCues, wordCues }), 5));
    };
    const { media, narrator } = create({ loadCues: slowCues });
    const statuses: string[] = [];
    narrator.subscribe((snapshot) => statuses.push(snapshot.status));
    expect(fetches).toBe(1);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(statuses, "no loading shown for a fetch nobody waits for").toEqual([]);

    void narrator.play();
    for (let microtask = 0; microtask < 10; microtask++) await Promise.resolve();
    expect(media.plays).toBe(1);
    expect(fetches).toBe(1);
  });

  it("starts and pauses the audio inside a Play that comes before the cues, then plays once they are here", async () => {
    let deliver!: () => void;
    const { media, narrator } = create({ loadCues: () => new Promise((resolve) => (deliver = () => resolve({ sentenceCues, wordCues }))) });
    const playing = narrator.play();
    expect(media.plays, "play() was called inside the press").toBe(1);
    expect(media.paused).toBe(true);
    expect(narrator.getSnapshot().status).toBe("loading");
    deliver();
    await playing;
    expect(media.plays).toBe(2);
    expect(media.paused).toBe(false);
    expect(narrator.getSnapshot().status).toBe("playing");
  });

  it("says it is loading while a Play waits for the cues, and each Play tries a failed fetch again", async () => {
    let attempts = 0;
    const { media, narrator } = create({
      // The fetch made with the narrator and the first Play's fail; the second Play's succeeds.
      loadCues: () => (++attempts <= 2 ? Promise.reject(new Error("offline")) : Promise.resolve({ sentenceCues, wordCues })),
    });
    await Promise.resolve();
    await narrator.play();
    expect(narrator.getSnapshot()).toMatchObject({ status: "error", errorCode: "network" });
    const statuses: string[] = [];
    narrator.subscribe((snapshot) => statuses.push(snapshot.status));
    await narrator.play();
    expect(attempts).toBe(3);
    expect(statuses).toEqual(["loading", "error", "playing"]);
    expect(media.paused).toBe(false);
  });

  it("refuses a recording whose sentences are not the page's", async () => {
    const { media, narrator } = create({ loadCues: () => Promise.resolve({ sentenceCues: sentenceCues.slice(1), wordCues }) });
    await narrator.play();
    expect(narrator.getSnapshot()).toMatchObject({ status: "error", errorCode: OUTDATED_ERROR });
    expect(media.paused).toBe(true);
  });
});
