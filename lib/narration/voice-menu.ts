/**
 * What the voice picker lists. A browser may offer a handful of voices or, like Chromium on
 * Linux with espeak-ng, about 13,000 (130 languages); a <select> with that many options takes
 * seconds to open and cannot be browsed, so the picker first narrows the list by language.
 */
import type { SpeechVoiceLike } from "./speech-types";
import { getPrimaryLanguage } from "./voice-ranking";
import type { VoiceGroup } from "./voice-ranking";

/**
 * A voice's name in the picker, marked when it is online (`localService === false`): such a
 * voice sends the text it reads to its vendor's service, and the listener should know before
 * choosing it. `onlineTemplate` comes from content/strings.json, e.g. "{voice} (online)".
 */
export function labelVoice(voice: SpeechVoiceLike, onlineTemplate: string): string {
  return voice.localService ? voice.name : onlineTemplate.replace("{voice}", voice.name);
}

/** The language filter's value for "every language". */
export const ALL_LANGUAGES = "*";

/** Up to this many voices, every language is listed at once and offered as a choice. */
export const MAX_VOICES_FOR_ALL_LANGUAGES = 300;

export function offersAllLanguages(voiceCount: number): boolean {
  return voiceCount <= MAX_VOICES_FOR_ALL_LANGUAGES;
}

function findGroupOf<Voice extends SpeechVoiceLike>(groups: readonly VoiceGroup<Voice>[], voiceURI: string | undefined) {
  if (voiceURI === undefined) return undefined;
  return groups.find((group) => group.voices.some((voice) => voice.voiceURI === voiceURI));
}

/** The chosen voice's language, else every language when the list is short, else the page's language. */
export function chooseVoiceLanguage(
  groups: readonly VoiceGroup[],
  options: { readonly pageLang: string; readonly voiceURI?: string | undefined },
): string {
  const chosenGroup = findGroupOf(groups, options.voiceURI);
  if (chosenGroup) return chosenGroup.language;
  const voiceCount = groups.reduce((sum, group) => sum + group.voices.length, 0);
  if (offersAllLanguages(voiceCount)) return ALL_LANGUAGES;
  const pageLanguage = getPrimaryLanguage(options.pageLang);
  return groups.find((group) => group.language === pageLanguage)?.language ?? groups[0]?.language ?? ALL_LANGUAGES;
}

/**
 * The groups to list for a language, keeping the chosen voice's group so the <select> can
 * always show what is chosen.
 */
export function listVoiceGroups<Voice extends SpeechVoiceLike>(
  groups: readonly VoiceGroup<Voice>[],
  language: string,
  voiceURI: string | undefined,
): readonly VoiceGroup<Voice>[] {
  const voiceCount = groups.reduce((sum, group) => sum + group.voices.length, 0);
  if (language === ALL_LANGUAGES && offersAllLanguages(voiceCount)) return groups;
  const chosenGroup = findGroupOf(groups, voiceURI);
  return groups.filter((group) => group.language === language || group === chosenGroup);
}
