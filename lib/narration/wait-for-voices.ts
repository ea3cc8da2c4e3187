import type { SpeechEngineLike, SpeechVoiceLike, Timers } from "./speech-types";
import { systemTimers } from "./speech-types";

export interface WaitForVoicesOptions {
  readonly timeoutMs: number;
  readonly pollMs: number;
  readonly timers?: Timers;
  readonly signal?: AbortSignal;
}

/**
 * Resolves with the engine's voices as soon as there are any, or with [] once `timeoutMs` has
 * passed so the interface can say there are none. Never rejects.
 *
 * Chromium loads voices asynchronously and announces them with `voiceschanged`
 * (https://webaudio.github.io/web-speech-api/#eventdef-speechsynthesis-voiceschanged), while
 * Safari does not fire the event when its voices first load
 * (https://github.com/mdn/browser-compat-data/pull/20104), so the list is also polled.
 */
export function waitForVoices(
  engine: SpeechEngineLike,
  { timeoutMs, pollMs, timers = systemTimers, signal }: WaitForVoicesOptions,
): Promise<readonly SpeechVoiceLike[]> {
  const available = engine.getVoices();
  if (available.length > 0 || signal?.aborted) return Promise.resolve(signal?.aborted ? [] : available);

  return new Promise((resolve) => {
    let pollTimer: unknown = null;
    let isSettled = false;
    const finish = (voices: readonly SpeechVoiceLike[]) => {
      isSettled = true;
      engine.removeEventListener("voiceschanged", check);
      signal?.removeEventListener("abort", abort);
      timers.clearTimeout(deadline);
      if (pollTimer !== null) timers.clearTimeout(pollTimer);
      resolve(voices);
    };
    const check = () => {
      const voices = engine.getVoices();
      if (voices.length > 0) finish(voices);
    };
    const poll = () => {
      check();
      if (!isSettled) pollTimer = timers.setTimeout(poll, pollMs);
    };
    const abort = () => finish([]);
    const deadline = timers.setTimeout(() => finish([]), timeoutMs);
    engine.addEventListener("voiceschanged", check);
    signal?.addEventListener("abort", abort);
    pollTimer = timers.setTimeout(poll, pollMs);
  });
}
