import type { CreateUtterance, SpeechEngineLike } from "./speech-types";

export interface SpeechPlatform {
  readonly engine: SpeechEngineLike;
  readonly createUtterance: CreateUtterance;
}

/**
 * Takes the browser objects as arguments (never from globals) so the narrator stays testable;
 * it also proves at compile time that the real DOM types fit the narrator's interfaces.
 */
export function adaptBrowserSpeech(
  synthesis: SpeechSynthesis,
  Utterance: typeof SpeechSynthesisUtterance,
): SpeechPlatform {
  return { engine: synthesis, createUtterance: (text) => new Utterance(text) };
}

/**
 * Whether `speechSynthesis.pause()` pauses and `resume()` carries on. Not on Linux, where
 * browsers speak through speech-dispatcher: pause() cuts the sound, resume() never restarts it,
 * and speech-dispatcher then stays silent for every later utterance until it is restarted
 * (https://github.com/brailcom/speechd/issues/813; Firefox: https://bugzilla.mozilla.org/show_bug.cgi?id=1686927).
 * Nor on Android, where pause() ends the utterance
 * (https://github.com/mdn/browser-compat-data/issues/4500). There the narrator pauses by
 * cancelling and resumes by speaking again from the current word.
 */
export function isPauseReliable(userAgent: string): boolean {
  return !/\b(?:Linux|Android)\b/.test(userAgent);
}
