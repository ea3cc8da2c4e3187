/**
 * Turns the page's readable blocks into sentences and words whose positions map back to the
 * text nodes they came from, so the DOM adapter can highlight what is being spoken.
 */

export type BlockKind = "heading" | "paragraph" | "image";

/** One text node of a block; its index in `runs` is the run index used by positions. */
export interface TextRun {
  readonly text: string;
  readonly lang?: string;
}

export interface NarrationBlock {
  readonly id: string;
  readonly kind: BlockKind;
  readonly lang?: string;
  readonly runs: readonly TextRun[];
}

export interface RunPosition {
  readonly run: number;
  readonly offset: number;
}

/** A piece of one run inside a sentence; `textOffset` is where it starts in the sentence text. */
export interface RunSlice {
  readonly run: number;
  readonly runOffset: number;
  readonly textOffset: number;
  readonly length: number;
  readonly lang: string;
}

export interface SpeechWord {
  readonly text: string;
  /** Offset in the sentence text. */
  readonly offset: number;
  readonly length: number;
  readonly start: RunPosition;
  readonly end: RunPosition;
}

/** Text inside the sentence in another language than the sentence's own. */
export interface LanguageSpan {
  readonly lang: string;
  readonly offset: number;
  readonly length: number;
}

export interface SpeechSentence {
  readonly index: number;
  readonly blockId: string;
  readonly blockKind: BlockKind;
  readonly blockIndex: number;
  readonly text: string;
  readonly lang: string;
  readonly start: RunPosition;
  readonly end: RunPosition;
  readonly words: readonly SpeechWord[];
  readonly languageSpans: readonly LanguageSpan[];
  readonly runSlices: readonly RunSlice[];
}

export interface SegmentOptions {
  /** The document language, used where a block has no `lang` of its own. */
  readonly lang: string;
}

/**
 * Titles that precede a name. ICU's `-u-ss-standard` suppressions would keep "Mr. Ruffalo"
 * together (https://unicode.org/reports/tr35/#UnicodeSentenceBreakSuppressionsIdentifier), but
 * ECMA-402 does not offer them yet (https://github.com/unicode-org/icu4x/issues/3927) and V8
 * ignores the key in Intl.Segmenter, so every title before a capitalised name starts a new
 * "sentence". Kept to titles: "No." or "Jr." also end sentences, and a wrong merge is worse
 * than a short pause.
 */
const TITLE_ABBREVIATIONS = ["Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "St", "Mt", "vs"];
const ENDS_WITH_TITLE = new RegExp(`(?:^|[^\\p{L}\\p{N}])(?:${TITLE_ABBREVIATIONS.join("|")})\\.$`, "u");

/**
 * UAX #29 rule SB8 keeps "“Is it true?” she asked." together only after a full stop, not after
 * ? or !, so the quoted question is cut off from its lowercase continuation
 * (https://www.unicode.org/reports/tr29/#SB8).
 */
const ENDS_WITH_QUOTED_QUESTION = /[?!…]+["'”’»)\]]+$/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;

/**
 * French sets a space before closing guillemets ("« Vraiment ? »"); SB9–SB11 only let closing
 * marks follow the terminator before any space, so the » is pushed into the next sentence
 * (https://www.unicode.org/reports/tr29/#SB9). A closing mark standing alone is moved back;
 * German »Ja.« opens with » but never has a space after it, so it is left alone.
 */
const ORPHANED_CLOSING_MARK = /^(?:\s*[\p{Pe}\p{Pf}"']+(?=\s|$))+/u;

const WHITESPACE = /\s/u;
const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

const segmenters = new Map<string, Intl.Segmenter>();

function getSegmenter(lang: string, granularity: "sentence" | "word"): Intl.Segmenter {
  const key = `${granularity}:${lang}`;
  const cached = segmenters.get(key);
  if (cached) return cached;
  let segmenter: Intl.Segmenter;
  try {
    segmenter = new Intl.Segmenter(lang, { granularity });
  } catch {
    // `lang` comes from page markup and may not be a valid tag; the root locale still segments.
    segmenter = new Intl.Segmenter([], { granularity });
  }
  segmenters.set(key, segmenter);
  return segmenter;
}

interface Range {
  start: number;
  end: number;
}

function shouldJoin(fragment: string, next: string): boolean {
  const before = fragment.trimEnd();
  const after = next.trimStart();
  if (ENDS_WITH_TITLE.test(before)) return true;
  return ENDS_WITH_QUOTED_QUESTION.test(before) && STARTS_LOWERCASE.test(after);
}

function findSentenceRanges(text: string, lang: string): Range[] {
  const ranges: Range[] = [];
  for (const { segment, index } of getSegmenter(lang, "sentence").segment(text)) {
    const previous = ranges.at(-1);
    const orphan = previous ? (ORPHANED_CLOSING_MARK.exec(segment)?.[0] ?? "") : "";
    const range = { start: index + orphan.length, end: index + segment.length };
    if (previous) previous.end += orphan.length;
    if (previous && shouldJoin(text.slice(previous.start, previous.end), text.slice(range.start, range.end))) {
      previous.end = range.end;
    } else {
      ranges.push(range);
    }
  }
  return ranges;
}

function trimRange(text: string, range: Range): Range {
  let { start, end } = range;
  while (start < end && WHITESPACE.test(text.charAt(start))) start += 1;
  while (end > start && WHITESPACE.test(text.charAt(end - 1))) end -= 1;
  return { start, end };
}

interface PlacedRun {
  readonly run: number;
  readonly start: number;
  readonly end: number;
  readonly lang: string;
}

function sliceRuns(runs: readonly PlacedRun[], range: Range): RunSlice[] {
  const slices: RunSlice[] = [];
  for (const run of runs) {
    const start = Math.max(run.start, range.start);
    const end = Math.min(run.end, range.end);
    if (start >= end) continue;
    slices.push({
      run: run.run,
      runOffset: start - run.start,
      textOffset: start - range.start,
      length: end - start,
      lang: run.lang,
    });
  }
  return slices;
}

/**
 * Uniformity is judged on letters and digits only, because markup like
 * `<i lang="fr">Je ne sais pas</i>.` leaves the punctuation outside the foreign span.
 */
function chooseSentenceLang(text: string, slices: readonly RunSlice[], blockLang: string): string {
  const langs = new Set<string>();
  for (const slice of slices) {
    if (LETTER_OR_NUMBER.test(text.slice(slice.textOffset, slice.textOffset + slice.length))) {
      langs.add(slice.lang);
    }
  }
  const [only] = langs;
  return langs.size === 1 && only !== undefined ? only : blockLang;
}

function collectLanguageSpans(slices: readonly RunSlice[], sentenceLang: string): LanguageSpan[] {
  const spans: LanguageSpan[] = [];
  for (const slice of slices) {
    if (slice.lang === sentenceLang) continue;
    const previous = spans.at(-1);
    if (previous && previous.lang === slice.lang && previous.offset + previous.length === slice.textOffset) {
      spans[spans.length - 1] = { ...previous, length: previous.length + slice.length };
    } else {
      spans.push({ lang: slice.lang, offset: slice.textOffset, length: slice.length });
    }
  }
  return spans;
}

/**
 * Maps an offset in the sentence text to a text-node position. "start" names the run holding
 * the character at `offset`; "end" names the run holding the character before it, so a range
 * never starts at the end of one text node or ends at the start of the next.
 */
export function findRunPosition(
  sentence: Pick<SpeechSentence, "runSlices">,
  offset: number,
  affinity: "start" | "end",
): RunPosition {
  const slices = sentence.runSlices;
  for (const slice of slices) {
    const isInside =
      affinity === "start"
        ? offset >= slice.textOffset && offset < slice.textOffset + slice.length
        : offset > slice.textOffset && offset <= slice.textOffset + slice.length;
    if (isInside) return { run: slice.run, offset: slice.runOffset + offset - slice.textOffset };
  }
  const edge = affinity === "start" ? slices[0] : slices.at(-1);
  if (!edge) return { run: 0, offset: 0 };
  return affinity === "start"
    ? { run: edge.run, offset: edge.runOffset }
    : { run: edge.run, offset: edge.runOffset + edge.length };
}

function segmentWords(text: string, lang: string, slices: readonly RunSlice[]): SpeechWord[] {
  const words: SpeechWord[] = [];
  for (const { segment, index, isWordLike } of getSegmenter(lang, "word").segment(text)) {
    if (!isWordLike) continue;
    const end = index + segment.length;
    words.push({
      text: segment,
      offset: index,
      length: segment.length,
      start: findRunPosition({ runSlices: slices }, index, "start"),
      end: findRunPosition({ runSlices: slices }, end, "end"),
    });
  }
  return words;
}

export function segmentBlocks(blocks: readonly NarrationBlock[], options: SegmentOptions): SpeechSentence[] {
  const sentences: SpeechSentence[] = [];
  blocks.forEach((block, blockIndex) => {
    const blockLang = block.lang ?? options.lang;
    const placed: PlacedRun[] = [];
    let text = "";
    block.runs.forEach((run, index) => {
      placed.push({ run: index, start: text.length, end: text.length + run.text.length, lang: run.lang ?? blockLang });
      text += run.text;
    });

    for (const untrimmed of findSentenceRanges(text, blockLang)) {
      const range = trimRange(text, untrimmed);
      const sentenceText = text.slice(range.start, range.end);
      const slices = sliceRuns(placed, range);
      const lang = chooseSentenceLang(sentenceText, slices, blockLang);
      const words = segmentWords(sentenceText, lang, slices);
      // Punctuation-only or empty fragments give the listener nothing to hear or follow.
      if (words.length === 0) continue;
      sentences.push({
        index: sentences.length,
        blockId: block.id,
        blockKind: block.kind,
        blockIndex,
        text: sentenceText,
        lang,
        start: findRunPosition({ runSlices: slices }, 0, "start"),
        end: findRunPosition({ runSlices: slices }, sentenceText.length, "end"),
        words,
        languageSpans: collectLanguageSpans(slices, lang),
        runSlices: slices,
      });
    }
  });
  return sentences;
}
