/**
 * Replaces written names with the spelling the speech engine pronounces well, and keeps a map
 * so word-boundary offsets reported on the spoken text land on the written text.
 */

export interface LexiconEntry {
  readonly written: string;
  readonly spoken: string;
  /**
   * The name's own language, when the respelling is written for speakers of another one. A
   * respelling like "mah ree lore" helps an English voice say a French name, but a French voice
   * says "Marie-Laure" better from the written form. Left out for names like "Doerr" ("door"),
   * whose respelling is for voices of the name's own language.
   */
  readonly lang?: string;
}

/**
 * What the speech engine is given for a respelling: the same guide the pronunciation page shows,
 * in lower case, because engines spell out a word in capitals ("BAIR" as B, A, I, R) instead of
 * stressing it. Deriving it, rather than storing a second spelling, keeps what is read and what
 * is heard from drifting apart.
 */
export function spokenRespelling(respelling: string): string {
  return respelling.toLowerCase();
}

/**
 * Builds the narrator's lexicon from content/pronunciations.json, whose respellings are written
 * for readers of `respellingLang`: names in that language keep their respelling for every voice.
 * Names with no respelling are left to the voice.
 */
export function createLexicon(
  pronunciations: readonly { readonly written: string; readonly respelling?: string | undefined; readonly languageTag: string }[],
  respellingLang: string,
): LexiconEntry[] {
  const respellingLanguage = primaryLanguage(respellingLang);
  return pronunciations.flatMap(({ written, respelling, languageTag }) => {
    if (respelling === undefined) return [];
    const spoken = spokenRespelling(respelling);
    return [primaryLanguage(languageTag) === respellingLanguage ? { written, spoken } : { written, spoken, lang: languageTag }];
  });
}

export interface Substitution {
  readonly writtenStart: number;
  readonly writtenEnd: number;
  readonly spokenStart: number;
  readonly spokenEnd: number;
}

export interface LexiconResult {
  readonly spoken: string;
  readonly substitutions: readonly Substitution[];
  /**
   * An offset inside a substituted form maps to the start ("start") or end ("end") of the
   * written form, so a boundary in the middle of "loh-BAIR-tee" still highlights "Loberti".
   */
  toWrittenOffset(spokenOffset: number, affinity?: "start" | "end"): number;
}

const WORD_CHARACTER = "[\\p{L}\\p{N}\\p{M}]";

function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** Sorted longest first, because a regular expression alternation takes the first branch that matches. */
function buildMatcher(entries: readonly LexiconEntry[]): RegExp | null {
  const written = [...new Set(entries.map((entry) => entry.written).filter((text) => text.length > 0))];
  if (written.length === 0) return null;
  written.sort((a, b) => b.length - a.length);
  const alternatives = written.map(escapeForRegExp).join("|");
  return new RegExp(`(?<!${WORD_CHARACTER})(?:${alternatives})(?!${WORD_CHARACTER})`, "gu");
}

function mapToWritten(substitutions: readonly Substitution[], spokenOffset: number, affinity: "start" | "end"): number {
  let shift = 0;
  for (const substitution of substitutions) {
    if (spokenOffset <= substitution.spokenStart) break;
    if (spokenOffset < substitution.spokenEnd) {
      return affinity === "start" ? substitution.writtenStart : substitution.writtenEnd;
    }
    shift = substitution.writtenEnd - substitution.spokenEnd;
  }
  return spokenOffset + shift;
}

function primaryLanguage(tag: string): string {
  return tag.toLowerCase().split(/[-_]/)[0] ?? "";
}

/** The entries worth applying for a voice: all of them, less those in the voice's own language. */
export function selectLexiconForVoice(entries: readonly LexiconEntry[], voiceLang: string | undefined): readonly LexiconEntry[] {
  if (!voiceLang) return entries;
  const language = primaryLanguage(voiceLang);
  return entries.filter((entry) => entry.lang === undefined || primaryLanguage(entry.lang) !== language);
}

/** Matching is whole-word and case-sensitive, so "Loberti" never rewrites "loberti" in a URL or "Lobertis". */
export function applyLexicon(text: string, entries: readonly LexiconEntry[]): LexiconResult {
  const spokenByWritten = new Map(entries.map((entry) => [entry.written, entry.spoken]));
  const matcher = buildMatcher(entries);
  const substitutions: Substitution[] = [];
  let spoken = "";
  let copiedUpTo = 0;
  for (const match of matcher ? text.matchAll(matcher) : []) {
    const replacement = spokenByWritten.get(match[0]) ?? match[0];
    spoken += text.slice(copiedUpTo, match.index);
    substitutions.push({
      writtenStart: match.index,
      writtenEnd: match.index + match[0].length,
      spokenStart: spoken.length,
      spokenEnd: spoken.length + replacement.length,
    });
    spoken += replacement;
    copiedUpTo = match.index + match[0].length;
  }
  spoken += text.slice(copiedUpTo);
  return {
    spoken,
    substitutions,
    toWrittenOffset: (spokenOffset, affinity = "start") =>
      Math.min(text.length, Math.max(0, mapToWritten(substitutions, spokenOffset, affinity))),
  };
}

/** What a voice of `voiceLang` is given to say for `text`: the live narrator and the recordings both ask here. */
export function spokenForm(text: string, entries: readonly LexiconEntry[], voiceLang: string | undefined): LexiconResult {
  return applyLexicon(text, selectLexiconForVoice(entries, voiceLang));
}
