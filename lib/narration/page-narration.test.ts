// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { PREFERENCES_KEY, readPosition, readPreferences, type StorageLike } from "./narration-storage";
import { estimateProgress } from "./estimate-duration";
import { PageNarration, type PageNarrationOptions, type PageNarrationSnapshot, type RecordingSource } from "./page-narration";
import { SENTENCE_HIGHLIGHT, WORD_HIGHLIGHT } from "./read-along";
import { FakeSpeech, type FakeSpeechOptions } from "./testing/fake-speech";
import { installFakeHighlights, type FakeHighlights } from "./testing/fake-highlights";
import { FakeMedia } from "./testing/fake-media";
import type { Cue } from "./webvtt";

const PAGE = `
  <h1>Light Companion</h1>
  <section data-narration-skip=""><h2>Listen to this page</h2><button type="button">Play</button></section>
  <p>The series begins in Paris. It ends at sea.</p>
  <h2 id="cast">The cast</h2>
  <p>Loberti is played by Ruffalo.</p>
  <img alt="The lighthouse at dawn">
`;

const SENTENCES = [
  "Light Companion",
  "The series begins in Paris.",
  "It ends at sea.",
  "The cast",
  "Loberti is played by Ruffalo.",
  "Image: The lighthouse at dawn",
];

function createStorage(): StorageLike & { readonly entries: Map<string, string> } {
  const entries = new Map<string, string>();
  return { entries, getItem: (key) => entries.get(key) ?? null, setItem: (key, value) => void entries.set(key, value) };
}

type MediaAction = "play" | "pause" | "stop" | "nexttrack" | "previoustrack" | "seekto";

/** navigator.mediaSession, which happy-dom has not got, recording what the page asks of it; removed after each test. */
function installMediaSession({ throwsFor = [] as string[] } = {}) {
  const handlers = new Map<string, ((details: MediaSessionActionDetails) => void) | null>();
  const positions: (MediaPositionState | undefined)[] = [];
  const session = {
    metadata: null as { title: string; artist: string } | null,
    playbackState: "none" as MediaSessionPlaybackState,
    setActionHandler(action: string, handler: ((details: MediaSessionActionDetails) => void) | null) {
      if (throwsFor.includes(action)) throw new TypeError(`The action "${action}" is not supported`);
      handlers.set(action, handler);
    },
    setPositionState(state?: MediaPositionState) {
      positions.push(state);
    },
  };
  Object.defineProperty(navigator, "mediaSession", { configurable: true, value: session });
  vi.stubGlobal(
    "MediaMetadata",
    class {
      readonly title: string;
      readonly artist: string;
      constructor(init: { title: string; artist: string }) {
        this.title = init.title;
        this.artist = init.artist;
      }
    },
  );
  return {
    session,
    handlers,
    /** Every setPositionState call; undefined where it cleared the position. */
    positions,
    press: (action: MediaAction, details: Omit<MediaSessionActionDetails, "action"> = {}) => handlers.get(action)?.({ action, ...details }),
  };
}

let created: PageNarration[] = [];
let highlights: FakeHighlights;

function setup({ storage = createStorage(), speech = {}, recording = null }: { storage?: StorageLike; speech?: FakeSpeechOptions; recording?: RecordingSource | null } = {}) {
  document.documentElement.lang = "en";
  document.body.innerHTML = `<main>${PAGE}</main>`;
  const root = document.querySelector("main")!;
  const fake = new FakeSpeech(speech);
  const options: PageNarrationOptions = {
    root,
    path: "/series",
    lang: "en",
    platform: { engine: fake.engine, createUtterance: fake.createUtterance },
    isPauseReliable: true,
    lexicon: [],
    storage,
    imageTemplate: "Image: {alt}",
    canHighlight: true,
    mediaMetadata: { title: "The series", artist: "Light Companion" },
    recording,
  };
  const narration = new PageNarration(options);
  created.push(narration);
  const snapshots: PageNarrationSnapshot[] = [];
  narration.subscribe(() => snapshots.push(narration.getSnapshot()));
  return { narration, speech: fake, storage, root, snapshots, status: () => narration.getSnapshot().narration.status };
}

beforeEach(() => {
  highlights = installFakeHighlights();
});

afterEach(() => {
  for (const narration of created) narration.dispose();
  created = [];
  highlights.uninstall();
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe("PageNarration: what it reads", () => {
  it("reads the page's main content, leaving out the player and reading the image by its alt", () => {
    const { narration } = setup();
    expect(narration.sentences.map((sentence) => sentence.text)).toEqual(SENTENCES);
  });

  it("starts idle at the top with the device's voice and the default preferences, when nothing was saved", () => {
    const { narration } = setup();
    expect(narration.getSnapshot()).toMatchObject({
      narration: { status: "idle", sentenceIndex: 0, sentenceCount: SENTENCES.length, rate: 1, pitch: 1 },
      voiceSource: "device",
      voices: "ready",
      preferences: { version: 1, rate: 1, pitch: 1, shortcutsEnabled: false },
      resumeIndex: undefined,
    });
  });

  it("finds the heading of the section a sentence is in", () => {
    const { narration } = setup();
    expect(narration.findSectionHeading(4)).toBe("The cast");
    expect(narration.findSectionHeading(2)).toBe("Light Companion");
    expect(narration.findSectionHeading(99)).toBe("The cast");
  });
});

describe("PageNarration: commands", () => {
  it("plays, pauses and plays on with playPause, telling subscribers of each change", () => {
    const { narration, speech, snapshots, status } = setup();
    narration.perform("playPause");
    expect(status()).toBe("playing");
    expect(speech.lastSpoken?.text).toBe(SENTENCES[0]);
    narration.perform("playPause");
    expect(status()).toBe("paused");
    expect(speech.engine.paused).toBe(true);
    narration.perform("playPause");
    expect(status()).toBe("playing");
    expect(snapshots.map((snapshot) => snapshot.narration.status)).toEqual(["playing", "paused", "playing"]);
    expect(new Set(snapshots).size).toBe(snapshots.length);
  });

  it("takes play and pause as they are, whatever the state", () => {
    const { narration, speech, status } = setup();
    narration.perform("pause");
    expect(status()).toBe("idle");
    narration.perform("play");
    narration.perform("play");
    expect(speech.spoken).toHaveLength(1);
    narration.perform("pause");
    narration.perform("pause");
    expect(status()).toBe("paused");
  });

  it("moves by sentence, paragraph and heading, and stop keeps the place", () => {
    const { narration, speech, status } = setup();
    narration.perform("play");
    const moves = [
      ["nextParagraph", 1],
      ["nextSentence", 2],
      ["nextHeading", 3],
      ["previousSentence", 2],
    ] as const;
    for (const [move, sentenceIndex] of moves) {
      narration.perform(move);
      expect(speech.lastSpoken?.text, move).toBe(SENTENCES[sentenceIndex]);
    }
    narration.perform("stop");
    expect(status()).toBe("idle");
    expect(speech.current).toBeUndefined();
    narration.perform("play");
    expect(speech.lastSpoken?.text).toBe(SENTENCES[2]);
  });

  it("plays from a section's heading element, and from a sentence", () => {
    const { narration, speech, root } = setup();
    expect(narration.playFromElement(root.querySelector("#cast")!)).toBe(true);
    expect(speech.lastSpoken?.text).toBe("The cast");
    expect(narration.playFromElement(root.querySelector("section")!)).toBe(false);
    narration.playFrom(4);
    expect(speech.lastSpoken?.text).toBe(SENTENCES[4]);
  });

  it("seeks to a sentence, playing on when playing", () => {
    const { narration, speech } = setup();
    narration.seek(4);
    expect(speech.spoken).toEqual([]);
    expect(narration.getSnapshot().narration.sentenceIndex).toBe(4);
    narration.perform("play");
    narration.seek(1);
    expect(speech.lastSpoken?.text).toBe(SENTENCES[1]);
  });

  it("estimates where a sentence starts for the device's voice, sooner at a faster rate", () => {
    const { narration } = setup();
    expect(narration.timeAt(0)).toBe(0);
    const atNormalRate = narration.timeAt(3);
    expect(atNormalRate).toBeGreaterThan(0);
    narration.setRate(2);
    expect(narration.timeAt(3)).toBeCloseTo(atNormalRate / 2);
  });
});

describe("PageNarration: the read-along highlight", () => {
  it("paints the sentence being spoken and the word the engine reports", () => {
    const { narration, speech } = setup();
    narration.perform("nextParagraph");
    highlights.registry.clear();
    narration.perform("play");
    expect(highlights.painted()).toEqual({ [SENTENCE_HIGHLIGHT]: [SENTENCES[1]] });
    speech.boundaryAtWord(3);
    expect(highlights.painted()).toEqual({ [SENTENCE_HIGHLIGHT]: [SENTENCES[1]], [WORD_HIGHLIGHT]: ["in"] });
    speech.end();
    expect(highlights.painted()).toEqual({ [SENTENCE_HIGHLIGHT]: [SENTENCES[2]] });
  });

  it("keeps the highlight while paused and clears it on stop", () => {
    const { narration } = setup();
    narration.perform("play");
    narration.perform("pause");
    expect(highlights.painted()).toEqual({ [SENTENCE_HIGHLIGHT]: [SENTENCES[0]] });
    narration.perform("stop");
    expect(highlights.painted()).toEqual({});
  });

  it("shows where Play will start after a skip while stopped", () => {
    const { narration } = setup();
    expect(highlights.painted()).toEqual({});
    narration.seek(4);
    expect(highlights.painted()).toEqual({ [SENTENCE_HIGHLIGHT]: [SENTENCES[4]] });
    narration.perform("play");
    narration.perform("stop");
    expect(highlights.painted()).toEqual({});
    narration.perform("previousHeading");
    expect(highlights.painted()).toEqual({ [SENTENCE_HIGHLIGHT]: ["The cast"] });
  });

  it("clears the shown position when Stop is pressed while already stopped", () => {
    const { narration } = setup();
    narration.seek(4);
    narration.perform("stop");
    expect(highlights.painted()).toEqual({});
    expect(narration.getSnapshot().narration.sentenceIndex).toBe(4);
  });

  it("outlines the image while its words are read, since the page does not show them as text", () => {
    const { narration, root } = setup();
    narration.playFrom(5);
    expect(highlights.painted()).toEqual({});
    expect(root.querySelector("img")!.classList).toContain("narration-current");
    narration.perform("stop");
    expect(root.querySelector(".narration-current")).toBeNull();
  });

  it("clears the highlight when the page lets go of it", () => {
    const { narration, speech } = setup();
    narration.perform("play");
    narration.dispose();
    expect(highlights.painted()).toEqual({});
    expect(speech.current).toBeUndefined();
  });
});

describe("PageNarration: the listener's place and preferences", () => {
  it("saves the sentence being read, offers it on the next visit, and forgets it once the page is finished", () => {
    const storage = createStorage();
    const first = setup({ storage });
    first.narration.perform("play");
    first.speech.end();
    first.speech.end();
    expect(readPosition(storage, "/series")?.sentenceIndex).toBe(2);
    first.narration.dispose();

    const second = setup({ storage });
    expect(second.narration.getSnapshot().resumeIndex).toBe(2);
    second.narration.playFrom(2);
    expect(second.speech.lastSpoken?.text).toBe(SENTENCES[2]);
    expect(second.narration.getSnapshot().resumeIndex).toBeUndefined();
    second.speech.speakAll();
    expect(second.status()).toBe("finished");
    expect(readPosition(storage, "/series")).toBeUndefined();
  });

  it("does not offer to continue from the first sentence", () => {
    const storage = createStorage();
    const first = setup({ storage });
    first.narration.perform("play");
    expect(readPosition(storage, "/series")?.sentenceIndex).toBe(0);
    expect(setup({ storage }).narration.getSnapshot().resumeIndex).toBeUndefined();
  });

  it("saves speed, pitch, voice and shortcuts, within the voice ranges, and speaks with them", () => {
    const storage = createStorage();
    const { narration, speech } = setup({ storage });
    narration.setRate(5);
    narration.setPitch(0.5);
    narration.setVoice("fake:en-GB:daniel");
    narration.setShortcutsEnabled(true);
    const saved = { version: 1, rate: 2, pitch: 0.5, voiceURI: "fake:en-GB:daniel", shortcutsEnabled: true };
    expect(narration.getSnapshot().preferences).toEqual(saved);
    expect(readPreferences(storage)).toEqual(saved);
    narration.perform("play");
    expect(speech.lastSpoken).toMatchObject({ rate: 2, pitch: 0.5, voiceURI: "fake:en-GB:daniel" });

    narration.setVoice(undefined);
    expect(JSON.parse(storage.getItem(PREFERENCES_KEY)!)).not.toHaveProperty("voiceURI");
    expect(setup({ storage }).narration.getSnapshot().narration).toMatchObject({ rate: 2, pitch: 0.5, voiceURI: undefined });
  });

  it("stops speaking when the page is left, as Chromium would otherwise speak on through a reload", () => {
    const { narration, speech, status } = setup();
    narration.perform("play");
    window.dispatchEvent(new Event("pagehide"));
    expect(status()).toBe("idle");
    expect(speech.current).toBeUndefined();
  });

  it("tells subscribers nothing more once disposed", () => {
    const { narration, snapshots } = setup();
    narration.dispose();
    narration.setRate(1.5);
    narration.perform("play");
    expect(snapshots).toEqual([]);
  });
});

describe("PageNarration: the device's voices", () => {
  it("reports the voices loading, then none once the wait is over", async () => {
    vi.useFakeTimers();
    const { narration } = setup({ speech: { voices: [] } });
    expect(narration.getSnapshot().voices).toBe("loading");
    await vi.advanceTimersByTimeAsync(10_000);
    expect(narration.getSnapshot().voices).toBe("none");
  });

  it("reports them ready when they arrive", () => {
    const { narration, speech } = setup({ speech: { voices: [] } });
    expect(narration.getSnapshot().voices).toBe("loading");
    speech.setVoices([{ voiceURI: "late", name: "Late", lang: "en-US", localService: true, default: true }], { firesVoicesChanged: true });
    expect(narration.getSnapshot().voices).toBe("ready");
  });
});

describe("PageNarration: the system's media controls", () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, "mediaSession");
  });

  it("answers play, pause, stop and the track keys, which skip a paragraph", () => {
    const mediaSession = installMediaSession();
    const { narration, speech, status } = setup();
    expect([...mediaSession.handlers.keys()].sort()).toEqual(["nexttrack", "pause", "play", "previoustrack", "seekto", "stop"]);
    mediaSession.press("play");
    expect(status()).toBe("playing");
    for (const [action, sentenceIndex] of [
      ["nexttrack", 1],
      ["nexttrack", 3],
      ["previoustrack", 1],
    ] as const) {
      mediaSession.press(action);
      expect(speech.lastSpoken?.text, action).toBe(SENTENCES[sentenceIndex]);
    }
    mediaSession.press("pause");
    expect(status()).toBe("paused");
    mediaSession.press("stop");
    expect(status()).toBe("idle");
    expect(narration.getSnapshot().narration.sentenceIndex).toBe(1);
  });

  it("shows the page's title and the playback state", () => {
    const mediaSession = installMediaSession();
    const { narration } = setup();
    expect(mediaSession.session.metadata).toBeNull();
    narration.perform("play");
    expect(mediaSession.session.metadata).toMatchObject({ title: "The series", artist: "Light Companion" });
    expect(mediaSession.session.playbackState).toBe("playing");
    narration.perform("pause");
    expect(mediaSession.session.playbackState).toBe("paused");
    narration.perform("stop");
    expect(mediaSession.session.playbackState).toBe("none");
  });

  it("tells the system's scrubber where each sentence starts, by estimate for the device's voice, and clears it when stopped", () => {
    const mediaSession = installMediaSession();
    const { narration } = setup();
    narration.perform("play");
    const duration = estimateProgress(narration.sentences, { sentenceIndex: 0 }, 1).totalMs / 1000;
    expect(mediaSession.positions.at(-1)).toEqual({ duration, position: 0, playbackRate: 1 });
    narration.perform("nextSentence");
    expect(mediaSession.positions.at(-1)).toEqual({ duration, position: narration.timeAt(1), playbackRate: 1 });
    expect(narration.timeAt(1)).toBeGreaterThan(0);
    const told = mediaSession.positions.length;
    narration.perform("pause");
    expect(mediaSession.positions, "the same place is not told again").toHaveLength(told);
    narration.perform("stop");
    expect(mediaSession.positions).toHaveLength(told + 1);
    expect(mediaSession.positions.at(-1)).toBeUndefined();
  });

  it("moves to the sentence being read at the time the system's scrubber seeks to", () => {
    const mediaSession = installMediaSession();
    const { narration, speech } = setup();
    narration.perform("play");
    mediaSession.press("seekto", { seekTime: narration.timeAt(2) + 0.01 });
    expect(speech.lastSpoken?.text).toBe(SENTENCES[2]);
    mediaSession.press("seekto", { seekTime: 0 });
    expect(speech.lastSpoken?.text).toBe(SENTENCES[0]);
  });

  it("clears its handlers, title and state when the page lets go", () => {
    const mediaSession = installMediaSession();
    const { narration } = setup();
    narration.perform("play");
    narration.dispose();
    expect([...mediaSession.handlers.values()]).toEqual([null, null, null, null, null, null]);
    expect(mediaSession.session.metadata).toBeNull();
    expect(mediaSession.session.playbackState).toBe("none");
    expect(mediaSession.positions.at(-1)).toBeUndefined();
  });

  it("registers the actions a browser knows when it refuses another", () => {
    const mediaSession = installMediaSession({ throwsFor: ["stop"] });
    const { narration, status } = setup();
    expect([...mediaSession.handlers.keys()].sort()).toEqual(["nexttrack", "pause", "play", "previoustrack", "seekto"]);
    mediaSession.press("play");
    expect(status()).toBe("playing");
    expect(() => narration.dispose()).not.toThrow();
  });

  it("works where there is no Media Session at all", () => {
    expect("mediaSession" in navigator).toBe(false);
    const { narration, status } = setup();
    narration.perform("play");
    expect(status()).toBe("playing");
    expect(() => narration.dispose()).not.toThrow();
  });
});

describe("PageNarration: the recorded voice", () => {
  const sentenceCues: Cue[] = SENTENCES.map((text, index) => ({ id: String(index), start: index * 2, end: index * 2 + 1.5, text }));

  function setupRecorded(storage = createStorage()) {
    const media = new FakeMedia();
    const recording: RecordingSource = { createMedia: () => media, loadCues: () => Promise.resolve({ sentenceCues, wordCues: [] }) };
    return { media, ...setup({ storage, recording }) };
  }

  it("speaks with the recording where the page has one, from the recording's own times", async () => {
    const { narration, media, speech, status } = setupRecorded();
    expect(narration.getSnapshot().voiceSource).toBe("recorded");
    narration.seek(3);
    await narration.narrator.play();
    expect(status()).toBe("playing");
    expect(media.paused).toBe(false);
    expect(media.currentTime).toBe(6);
    expect(narration.timeAt(4)).toBe(8);
    expect(speech.spoken).toEqual([]);
  });

  it("switches to the device's voice at the same sentence, playing on, and remembers the choice", async () => {
    const storage = createStorage();
    const { narration, media, speech, status } = setupRecorded(storage);
    narration.seek(4);
    await narration.narrator.play();
    narration.setVoiceSource("device");
    expect(media.paused).toBe(true);
    expect(status()).toBe("playing");
    expect(speech.lastSpoken?.text).toBe(SENTENCES[4]);
    expect(narration.getSnapshot().voiceSource).toBe("device");
    expect(readPreferences(storage).voiceSource).toBe("device");
    expect(setupRecorded(storage).narration.getSnapshot().voiceSource).toBe("device");
  });

  it("gives the system's scrubber the recording's own times, moving at the chosen speed", async () => {
    const mediaSession = installMediaSession();
    const { narration } = setupRecorded();
    narration.setRate(1.5);
    narration.seek(3);
    await narration.narrator.play();
    const duration = sentenceCues.at(-1)!.end;
    expect(mediaSession.positions.at(-1)).toEqual({ duration, position: 6, playbackRate: 1.5 });
    mediaSession.press("seekto", { seekTime: 2.5 });
    expect(narration.getSnapshot().narration.sentenceIndex).toBe(1);
    expect(mediaSession.positions.at(-1)).toEqual({ duration, position: 2, playbackRate: 1.5 });
    Reflect.deleteProperty(navigator, "mediaSession");
  });

  it("carries the speed over to the other voice", () => {
    const { narration, media } = setupRecorded();
    narration.setRate(1.5);
    expect(media.playbackRate).toBe(1.5);
    narration.setVoiceSource("device");
    expect(narration.getSnapshot().narration.rate).toBe(1.5);
  });

  it("keeps the device's voice where the page has no recording", () => {
    const { narration } = setup();
    narration.setVoiceSource("recorded");
    expect(narration.getSnapshot().voiceSource).toBe("device");
  });
});
