/**
 * The slice of the Web Speech API the narrator relies on, written as plain interfaces so the
 * browser's `speechSynthesis` and the test fake are interchangeable.
 * Spec: https://webaudio.github.io/web-speech-api/#tts-section
 */

export interface SpeechVoiceLike {
  readonly voiceURI: string;
  readonly name: string;
  readonly lang: string;
  readonly localService: boolean;
  readonly default: boolean;
}

/** `charLength` is optional because Safari leaves it out (https://github.com/d-i-t-a/R2D2BC/pull/308). */
export interface SpeechEventLike {
  readonly name?: string;
  readonly charIndex?: number;
  readonly charLength?: number;
  readonly error?: string;
}

export type UtteranceEventType = "start" | "end" | "boundary" | "error" | "pause" | "resume";

export interface SpeechUtteranceLike {
  text: string;
  lang: string;
  voice: SpeechVoiceLike | null;
  rate: number;
  pitch: number;
  addEventListener(type: UtteranceEventType, listener: (event: SpeechEventLike) => void): void;
}

export interface SpeechEngineLike {
  readonly speaking: boolean;
  readonly paused: boolean;
  speak(utterance: SpeechUtteranceLike): void;
  cancel(): void;
  pause(): void;
  resume(): void;
  getVoices(): readonly SpeechVoiceLike[];
  addEventListener(type: "voiceschanged", listener: () => void): void;
  removeEventListener(type: "voiceschanged", listener: () => void): void;
}

export type CreateUtterance = (text: string) => SpeechUtteranceLike;

/** Timers are injected so tests and the watchdog can run on a fake clock. */
export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: Timers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof globalThis.setTimeout>),
};
