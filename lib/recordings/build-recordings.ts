/**
 * Makes each page's recording: synthesises the sentences no cached recording has, joins them,
 * encodes Opus and MP3 and writes the timings as WebVTT. Everything is keyed by a hash of what it
 * depends on (spoken text, voice, lexicon), so a rebuild with no change synthesises nothing.
 */
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import type { LexiconEntry } from "@/lib/narration/pronunciation-lexicon";
import { spokenForm } from "@/lib/narration/pronunciation-lexicon";
import type { SpeechSentence } from "@/lib/narration/speech-segments";
import { formatWebVtt, type Cue } from "@/lib/narration/webvtt";
import { prepareForFestival, type FestivalSentence, type SpokenToken } from "./festival";
import { recordingUrls, type Recording, type RecordingsManifest } from "./recordings-manifest";
import { durationOf, readWav, silence, writeWav, type PcmAudio } from "./wav";

/** Bump when the way recordings are assembled or encoded changes, so every page is made again. */
const FORMAT_VERSION = 1;
/** Pauses added after Festival's own short silences: between sentences, and after a heading or paragraph. */
const SENTENCE_GAP_SECONDS = 0.15;
const BLOCK_GAP_SECONDS = 0.45;

export interface PageToRecord {
  readonly route: string;
  readonly title: string;
  readonly sentences: readonly Pick<SpeechSentence, "text" | "blockIndex">[];
}

export type Synthesize = (sentences: readonly FestivalSentence[], workDirectory: string) => Promise<SpokenToken[][]>;
export type Encode = (wavPath: string, outputs: { readonly webm: string; readonly mp3: string }, tags: { readonly title: string; readonly artist: string }) => Promise<void>;

export interface BuildRecordingsOptions {
  readonly pages: readonly PageToRecord[];
  readonly voice: string;
  /** The voice's language, which picks the lexicon entries it needs. */
  readonly voiceLang: string;
  readonly lexicon: readonly LexiconEntry[];
  /** Shown as the artist in the MP3's tags. */
  readonly artist: string;
  /** Where the recordings and manifest.json go, served at /recordings. */
  readonly outputDirectory: string;
  /** Where synthesised sentences are kept between builds. */
  readonly cacheDirectory: string;
  readonly previous: RecordingsManifest | null;
  readonly synthesize: Synthesize;
  readonly encode: Encode;
}

export interface BuildRecordingsResult {
  readonly manifest: RecordingsManifest;
  readonly synthesizedSentences: number;
  readonly encodedPages: readonly string[];
}

interface PreparedSentence {
  readonly written: string;
  readonly blockIndex: number;
  /** What Festival is given. */
  readonly festivalText: string;
  readonly toWrittenOffset: (spokenOffset: number, affinity: "start" | "end") => number;
  readonly key: string;
}

function hash(value: unknown): string {
  return createHash("sha256").update(JSON.stringify(value)).digest("hex");
}

function prepareSentences(page: PageToRecord, options: BuildRecordingsOptions, lexiconKey: string): PreparedSentence[] {
  return page.sentences.map((sentence) => {
    const spoken = spokenForm(sentence.text, options.lexicon, options.voiceLang);
    const festivalText = prepareForFestival(spoken.spoken);
    return {
      written: sentence.text,
      blockIndex: sentence.blockIndex,
      festivalText,
      toWrittenOffset: spoken.toWrittenOffset,
      key: hash({ voice: options.voice, lexicon: lexiconKey, text: festivalText }).slice(0, 32),
    };
  });
}

function pageKey(page: PageToRecord, sentences: readonly PreparedSentence[], options: BuildRecordingsOptions, lexiconKey: string): string {
  return hash({
    version: FORMAT_VERSION,
    voice: options.voice,
    lexicon: lexiconKey,
    title: page.title,
    artist: options.artist,
    sentences: sentences.map(({ written, festivalText, blockIndex }) => [written, festivalText, blockIndex]),
  }).slice(0, 16);
}

/**
 * Word cues for one sentence: each Festival token is found in the text it was given, and its
 * place mapped back through the lexicon to the written words. The cue id is
 * `sentence:start-end`, offsets in the written sentence, for the player's highlight.
 */
export function wordCues(sentenceIndex: number, sentence: Pick<PreparedSentence, "written" | "festivalText" | "toWrittenOffset">, tokens: readonly SpokenToken[], offsetSeconds: number): Cue[] {
  const cues: { start: number; end: number; writtenStart: number; writtenEnd: number }[] = [];
  let cursor = 0;
  for (const token of tokens) {
    const found = sentence.festivalText.indexOf(token.name, cursor);
    if (found < 0) continue;
    cursor = found + token.name.length;
    const writtenStart = sentence.toWrittenOffset(found, "start");
    const writtenEnd = sentence.toWrittenOffset(cursor, "end");
    const previous = cues.at(-1);
    // A respelling of one written name is several spoken tokens: they make one cue.
    if (previous && writtenStart < previous.writtenEnd) {
      previous.writtenEnd = Math.max(previous.writtenEnd, writtenEnd);
      previous.end = token.end;
    } else {
      cues.push({ start: token.start, end: token.end, writtenStart, writtenEnd });
    }
  }
  return cues.map((cue) => ({
    id: `${sentenceIndex}:${cue.writtenStart}-${cue.writtenEnd}`,
    start: offsetSeconds + cue.start,
    end: offsetSeconds + cue.end,
    text: sentence.written.slice(cue.writtenStart, cue.writtenEnd),
  }));
}

async function exists(file: string): Promise<boolean> {
  return fs.access(file).then(
    () => true,
    () => false,
  );
}

function outputFiles(outputDirectory: string, key: string) {
  const urls = recordingUrls(key);
  const inDirectory = (url: string) => path.join(outputDirectory, path.basename(url));
  return { webm: inDirectory(urls.webm), mp3: inDirectory(urls.mp3), captions: inDirectory(urls.captions), words: inDirectory(urls.words) };
}

async function findReusable(previous: RecordingsManifest | null, key: string, outputDirectory: string): Promise<Recording | null> {
  const recording = Object.values(previous?.recordings ?? {}).find((candidate) => candidate.key === key);
  if (!recording) return null;
  const files = Object.values(outputFiles(outputDirectory, key));
  return (await Promise.all(files.map(exists))).every(Boolean) ? recording : null;
}

export async function buildRecordings(options: BuildRecordingsOptions): Promise<BuildRecordingsResult> {
  const lexiconKey = hash(options.lexicon);
  const sentenceDirectory = path.join(options.cacheDirectory, "sentences");
  await fs.mkdir(sentenceDirectory, { recursive: true });
  await fs.mkdir(options.outputDirectory, { recursive: true });

  const plans = options.pages.map((page) => {
    const sentences = prepareSentences(page, options, lexiconKey);
    return { page, sentences, key: pageKey(page, sentences, options, lexiconKey) };
  });
  const recordings: Record<string, Recording> = {};
  const toMake: typeof plans = [];
  for (const plan of plans) {
    const reusable = await findReusable(options.previous, plan.key, options.outputDirectory);
    if (reusable) recordings[plan.page.route] = reusable;
    else toMake.push(plan);
  }

  // Sentences no earlier build synthesised, each once however many pages share it.
  const sentencePaths = (key: string) => ({ wav: path.join(sentenceDirectory, `${key}.wav`), tokens: path.join(sentenceDirectory, `${key}.json`) });
  const unsynthesized = new Map<string, PreparedSentence>();
  for (const sentence of toMake.flatMap((plan) => plan.sentences)) {
    if (!unsynthesized.has(sentence.key) && !(await exists(sentencePaths(sentence.key).tokens))) unsynthesized.set(sentence.key, sentence);
  }
  if (unsynthesized.size > 0) {
    const batch = [...unsynthesized.values()];
    const spoken = await options.synthesize(
      batch.map((sentence) => ({ text: sentence.festivalText, wavPath: sentencePaths(sentence.key).wav })),
      options.cacheDirectory,
    );
    await Promise.all(batch.map((sentence, index) => fs.writeFile(sentencePaths(sentence.key).tokens, JSON.stringify(spoken[index] ?? []))));
  }

  for (const { page, sentences, key } of toMake) {
    const files = outputFiles(options.outputDirectory, key);
    const parts: Buffer[] = [];
    const sentenceCues: Cue[] = [];
    const words: Cue[] = [];
    let format: PcmAudio | null = null;
    let offset = 0;
    for (const [index, sentence] of sentences.entries()) {
      const paths = sentencePaths(sentence.key);
      const audio = readWav(await fs.readFile(paths.wav));
      const tokens = JSON.parse(await fs.readFile(paths.tokens, "utf8")) as SpokenToken[];
      format ??= audio;
      const duration = durationOf(audio);
      sentenceCues.push({ id: String(index), start: offset, end: offset + duration, text: sentence.written });
      words.push(...wordCues(index, sentence, tokens, offset));
      parts.push(audio.samples);
      const next = sentences[index + 1];
      if (next) {
        const gap = next.blockIndex === sentence.blockIndex ? SENTENCE_GAP_SECONDS : BLOCK_GAP_SECONDS;
        parts.push(silence(gap, audio));
        offset += duration + gap;
      } else {
        offset += duration;
      }
    }
    if (!format) throw new Error(`${page.route}: nothing to record`);
    const wavPath = path.join(options.cacheDirectory, `${key}.wav`);
    await fs.writeFile(wavPath, writeWav({ ...format, samples: Buffer.concat(parts) }));
    await options.encode(wavPath, files, { title: page.title, artist: options.artist });
    await fs.rm(wavPath);
    await fs.writeFile(files.captions, formatWebVtt(sentenceCues));
    await fs.writeFile(files.words, formatWebVtt(words));
    const [webm, mp3] = await Promise.all([fs.stat(files.webm), fs.stat(files.mp3)]);
    recordings[page.route] = { key, title: page.title, durationSeconds: Math.round(offset * 1000) / 1000, sentenceCount: sentences.length, webmBytes: webm.size, mp3Bytes: mp3.size };
  }

  const manifest: RecordingsManifest = {
    voice: options.voice,
    recordings: Object.fromEntries(options.pages.map((page) => [page.route, recordings[page.route] as Recording])),
  };
  await pruneOutputs(options.outputDirectory, manifest);
  return { manifest, synthesizedSentences: unsynthesized.size, encodedPages: toMake.map((plan) => plan.page.route) };
}

/** Recordings of text no page has any more are deleted, so the committed folder only holds what is used. */
async function pruneOutputs(outputDirectory: string, manifest: RecordingsManifest): Promise<void> {
  const used = new Set(Object.values(manifest.recordings).flatMap((recording) => Object.values(outputFiles(outputDirectory, recording.key))));
  for (const entry of await fs.readdir(outputDirectory)) {
    const file = path.join(outputDirectory, entry);
    if (entry !== "manifest.json" && !used.has(file)) await fs.rm(file);
  }
}
