/**
 * Orders the engine's voices for the voice picker and picks a voice per passage language.
 * Written for large lists: Chromium on Linux with espeak-ng exposes about 13,000 voices, so
 * every voice is scored once and each language's display name is looked up once.
 */
import type { SpeechVoiceLike } from "./speech-types";

export interface VoiceGroup<Voice extends SpeechVoiceLike = SpeechVoiceLike> {
  /** Primary language subtag, e.g. "en"; "und" for voices without a language. */
  readonly language: string;
  /**
   * The language's name in the display locale, e.g. "French"; empty for "und", because engines
   * disagree on its name ("root", "Unknown language") and interface words belong in content/strings.json.
   */
  readonly label: string;
  readonly voices: readonly Voice[];
}

export interface GroupOptions {
  readonly pageLang: string;
  /** Usually `navigator.languages`; these groups follow the page language's group. */
  readonly preferredLangs?: readonly string[];
  /** The locale for language names; defaults to the page language. */
  readonly displayLocale?: string;
}

const UNDETERMINED = "und";

/** Markers vendors put in the names of their higher-quality voices (Edge, Chrome, macOS/iOS). */
const QUALITY_MARKERS = /\b(?:natural|neural|premium|enhanced|google)\b/i;

/**
 * Voice tags are meant to be BCP 47 (https://webaudio.github.io/web-speech-api/#dom-speechsynthesisvoice-lang)
 * but some engines report the POSIX form "en_US", so both separators are accepted.
 */
function splitTag(tag: string): string[] {
  return tag.toLowerCase().split(/[-_]/);
}

export function getPrimaryLanguage(tag: string): string {
  const [primary] = splitTag(tag);
  return primary ? primary : UNDETERMINED;
}

function isSameTag(a: string, b: string): boolean {
  return splitTag(a).join("-") === splitTag(b).join("-");
}

function createLabeler(displayLocale: string): (language: string) => string {
  let names: Intl.DisplayNames | null;
  try {
    names = new Intl.DisplayNames([displayLocale], { type: "language", fallback: "code" });
  } catch {
    names = null;
  }
  const labels = new Map<string, string>();
  return (language) => {
    let label = labels.get(language);
    if (label === undefined) {
      try {
        label = names?.of(language) ?? language;
      } catch {
        label = language;
      }
      labels.set(language, label);
    }
    return label;
  };
}

/**
 * Best first: voices on the device, then the user's default voice, then an exact tag match for
 * `lang`, then quality markers, then name. A remote voice (`localService === false`, e.g.
 * Chrome's "Google …" and Edge's "… Online (Natural)") sends the text to its vendor's service,
 * so it never outranks a local one, whatever its quality. It also stops after about 15 seconds
 * in Chromium (https://issues.chromium.org/issues/41294170) and sends no word boundaries
 * (https://issues.chromium.org/issues/40715888).
 */
export function rankVoices<Voice extends SpeechVoiceLike>(voices: readonly Voice[], lang?: string): Voice[] {
  const collator = new Intl.Collator(undefined, { sensitivity: "base", numeric: true });
  const scored = voices.map((voice) => ({
    voice,
    isLocal: voice.localService ? 1 : 0,
    isDefault: voice.default ? 1 : 0,
    isExactTag: lang !== undefined && isSameTag(voice.lang, lang) ? 1 : 0,
    quality: QUALITY_MARKERS.test(voice.name) ? 1 : 0,
  }));
  scored.sort(
    (a, b) =>
      b.isLocal - a.isLocal ||
      b.isDefault - a.isDefault ||
      b.isExactTag - a.isExactTag ||
      b.quality - a.quality ||
      collator.compare(a.voice.name, b.voice.name),
  );
  return scored.map(({ voice }) => voice);
}

export function groupVoicesByLanguage<Voice extends SpeechVoiceLike>(
  voices: readonly Voice[],
  options: GroupOptions,
): VoiceGroup<Voice>[] {
  const label = createLabeler(options.displayLocale ?? options.pageLang);
  const byLanguage = new Map<string, Voice[]>();
  for (const voice of voices) {
    const language = getPrimaryLanguage(voice.lang);
    const group = byLanguage.get(language);
    if (group) group.push(voice);
    else byLanguage.set(language, [voice]);
  }

  const firstLanguages = [options.pageLang, ...(options.preferredLangs ?? [])].map(getPrimaryLanguage);
  // Voices without a language come last: they are the least likely to read the page well.
  const priorityOf = (language: string): number => {
    if (language === UNDETERMINED) return firstLanguages.length + 1;
    const index = firstLanguages.indexOf(language);
    return index === -1 ? firstLanguages.length : index;
  };
  const collator = new Intl.Collator(options.displayLocale ?? options.pageLang, { sensitivity: "base" });
  return [...byLanguage]
    .map(([language, members]) => ({
      language,
      label: language === UNDETERMINED ? "" : label(language),
      voices: rankVoices(members, language === getPrimaryLanguage(options.pageLang) ? options.pageLang : undefined),
    }))
    .sort((a, b) => priorityOf(a.language) - priorityOf(b.language) || collator.compare(a.label, b.label));
}

/**
 * The listener's chosen voice wins whenever it speaks the passage's language; otherwise the best
 * voice for that language, and failing that the chosen voice rather than silence.
 */
export function pickVoiceForLanguage<Voice extends SpeechVoiceLike>(
  voices: readonly Voice[],
  lang: string,
  preferred: Voice | null,
): Voice | null {
  const language = getPrimaryLanguage(lang);
  if (preferred && getPrimaryLanguage(preferred.lang) === language) return preferred;
  const candidates = voices.filter((voice) => getPrimaryLanguage(voice.lang) === language);
  return rankVoices(candidates, lang)[0] ?? preferred;
}

function foldForSearch(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Every word of the query must appear in the voice's name, tag or language name ("fren goog"). */
export function filterVoices<Voice extends SpeechVoiceLike>(
  voices: readonly Voice[],
  query: string,
  options: { readonly displayLocale: string },
): Voice[] {
  const terms = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return [...voices];
  const label = createLabeler(options.displayLocale);
  return voices.filter((voice) => {
    const haystack = foldForSearch(`${voice.name} ${voice.lang} ${label(getPrimaryLanguage(voice.lang))}`);
    return terms.every((term) => haystack.includes(term));
  });
}
