/**
 * Rough listening-time estimates for the progress display and the narrator's watchdog. Engines
 * report no duration, so time is estimated from character counts.
 */

/**
 * espeak-ng's default speed (https://github.com/espeak-ng/espeak-ng/blob/master/src/espeak-ng.1.ronn,
 * option -s). Other engines' rate-1 voices talk at a similar conversational pace, and the figure
 * only feeds a progress display and a generous watchdog, so one value serves every engine.
 */
export const WORDS_PER_MINUTE_AT_RATE_1 = 175;

/** English words average about 4.7 letters; with the following space or punctuation, about 6 characters. */
export const CHARACTERS_PER_WORD = 6;

const MS_PER_CHARACTER_AT_RATE_1 = 60_000 / (WORDS_PER_MINUTE_AT_RATE_1 * CHARACTERS_PER_WORD);

/** `rate` scales speed linearly: 2 is twice as fast (https://webaudio.github.io/web-speech-api/#dom-speechsynthesisutterance-rate). */
export function estimateDurationMs(characterCount: number, rate: number): number {
  const safeRate = Number.isFinite(rate) && rate > 0 ? rate : 1;
  return (Math.max(0, characterCount) * MS_PER_CHARACTER_AT_RATE_1) / safeRate;
}

export interface ProgressEstimate {
  readonly elapsedMs: number;
  readonly remainingMs: number;
  readonly totalMs: number;
  /** 0 to 1, for a progress bar. */
  readonly fraction: number;
}

export interface ProgressPosition {
  readonly sentenceIndex: number;
  /** Characters already spoken in the current sentence (e.g. the current word's offset). */
  readonly offset?: number;
}

export function estimateProgress(
  sentences: readonly { readonly text: string }[],
  position: ProgressPosition,
  rate: number,
): ProgressEstimate {
  let spokenCharacters = 0;
  let totalCharacters = 0;
  sentences.forEach((sentence, index) => {
    totalCharacters += sentence.text.length;
    if (index < position.sentenceIndex) spokenCharacters += sentence.text.length;
    if (index === position.sentenceIndex) {
      spokenCharacters += Math.min(sentence.text.length, Math.max(0, position.offset ?? 0));
    }
  });
  const elapsedMs = estimateDurationMs(spokenCharacters, rate);
  const totalMs = estimateDurationMs(totalCharacters, rate);
  return {
    elapsedMs,
    remainingMs: totalMs - elapsedMs,
    totalMs,
    fraction: totalCharacters === 0 ? 0 : spokenCharacters / totalCharacters,
  };
}
