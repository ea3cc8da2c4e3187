/**
 * Browser entry point: replaces `speechSynthesis` and `SpeechSynthesisUtterance` with the fake
 * engine before any page script runs, so end-to-end tests drive the same FakeSpeech the unit
 * tests use. Bundled and injected by tests/fixtures/fake-speech.ts.
 */
import type { SpeechUtteranceLike } from "../speech-types";
import { FakeSpeech, FakeUtterance, fakeVoices } from "./fake-speech";

export interface FakeSpeechConfig {
  /**
   * "none" imitates a browser without voices: getVoices() stays empty, unless the test gives the
   * engine some later with `speech.setVoices`, as a browser still loading them would.
   */
  readonly voices?: "fake" | "none";
  /** Let utterances speak themselves on real timers; otherwise the test steps them. */
  readonly autoSpeak?: { readonly msPerCharacter: number };
}

/** What a test reaches as `window.__fakeSpeech`. */
export interface FakeSpeechHandle {
  readonly speech: FakeSpeech;
  /** `performance.now()` at each speak() call with something to say, for the click-to-speak benchmark. */
  readonly speakTimes: number[];
  cancelCount: number;
}

declare global {
  interface Window {
    __fakeSpeechConfig?: FakeSpeechConfig;
    __fakeSpeech?: FakeSpeechHandle;
  }
}

const config = window.__fakeSpeechConfig ?? {};
const speech = new FakeSpeech({
  voices: config.voices === "none" ? [] : fakeVoices,
  ...(config.autoSpeak ? { autoSpeak: config.autoSpeak } : {}),
});
const handle: FakeSpeechHandle = { speech, speakTimes: [], cancelCount: 0 };
const engine = speech.engine;
const { speak, cancel } = engine;
Object.assign(engine, {
  speak: (utterance: SpeechUtteranceLike) => {
    // The empty utterance that unlocks speech is not the click's answer (see fake-speech.ts).
    if (utterance.text !== "") handle.speakTimes.push(performance.now());
    speak(utterance);
  },
  cancel: () => {
    handle.cancelCount += 1;
    cancel();
  },
});

// Chromium defines speechSynthesis on Window.prototype, so an own property on window shadows it.
Object.defineProperty(window, "speechSynthesis", { configurable: true, get: () => engine });
Object.defineProperty(window, "SpeechSynthesisUtterance", { configurable: true, writable: true, value: FakeUtterance });
window.__fakeSpeech = handle;
