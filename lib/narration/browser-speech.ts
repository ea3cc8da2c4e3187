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
