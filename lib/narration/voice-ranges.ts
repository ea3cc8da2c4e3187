/**
 * The speeds and pitches narration accepts, keeps and offers, for both voices: the narrators
 * clamp to them, saved preferences outside them fall back to the default, and the voice settings
 * list their steps. The Web Speech API takes rates from 0.1 to 10 and pitches from 0 to 2
 * (https://webaudio.github.io/web-speech-api/#utterance-attributes); half to twice the normal
 * speed is the useful part of it.
 */

export interface VoiceRange {
  readonly min: number;
  readonly max: number;
  /** Between two choices the voice settings offer. */
  readonly step: number;
  readonly default: number;
}

export const RATE_RANGE: VoiceRange = { min: 0.5, max: 2, step: 0.25, default: 1 };
export const PITCH_RANGE: VoiceRange = { min: 0, max: 2, step: 0.25, default: 1 };

export function clampToRange(value: number, range: VoiceRange): number {
  return Math.min(range.max, Math.max(range.min, value));
}

/** Where a voice starts: the value given, within the range, or the range's default where none or no number was given. */
export function clampOrDefault(value: number | undefined, range: VoiceRange): number {
  return value !== undefined && Number.isFinite(value) ? clampToRange(value, range) : range.default;
}

function listSteps(min: number, max: number, step: number): number[] {
  return Array.from({ length: Math.round((max - min) / step) + 1 }, (_, index) => min + index * step);
}

/** Every step a listener can tell apart, across the whole range. */
export const RATE_CHOICES: readonly number[] = listSteps(RATE_RANGE.min, RATE_RANGE.max, RATE_RANGE.step);

/** Two steps either side of normal, matched one for one with the `pitchOptions` words of content/strings.json, lowest first. */
export const PITCH_CHOICES: readonly number[] = listSteps(PITCH_RANGE.default - 2 * PITCH_RANGE.step, PITCH_RANGE.default + 2 * PITCH_RANGE.step, PITCH_RANGE.step);
