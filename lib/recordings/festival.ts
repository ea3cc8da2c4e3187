/**
 * Speaks sentences with Festival (https://www.cstr.ed.ac.uk/projects/festival/) and reads each
 * word's start and end back from Festival's own utterance structure, so the read-along follows
 * what was said rather than an estimate.
 */
import { execFile } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";

/** Debian's festvox-us-slt-hts: a US English HTS voice at 32 kHz. */
export const FESTIVAL_VOICE = "cmu_us_slt_arctic_hts";

/** One token of Festival's text (a run of text between spaces, less its punctuation) and when it was said. */
export interface SpokenToken {
  readonly name: string;
  /** Seconds from the start of the sentence's audio. */
  readonly start: number;
  readonly end: number;
}

export interface FestivalSentence {
  /** The text to speak, as prepared by `prepareForFestival`. */
  readonly text: string;
  /** Where Festival writes the sentence's audio (RIFF WAV, 16-bit mono). */
  readonly wavPath: string;
}

const PUNCTUATION_FOR_FESTIVAL: Readonly<Record<string, string>> = {
  "\u2018": "'",
  "\u2019": "'",
  "\u201C": '"',
  "\u201D": '"',
  "\u00AB": '"',
  "\u00BB": '"',
  // A dash is a pause in speech; Festival reads a lone "-" as "minus" or says nothing.
  "\u2013": ",",
  "\u2014": ",",
  "\u2026": ".",
  "\u00A0": " ",
};

/**
 * Festival reads ASCII: it spells out or drops letters it does not know (é, ü). Each UTF-16 code
 * unit becomes exactly one character, so offsets in the prepared text are offsets in the original.
 */
export function prepareForFestival(text: string): string {
  let prepared = "";
  for (const unit of text.split("")) {
    const mapped = PUNCTUATION_FOR_FESTIVAL[unit] ?? unit.normalize("NFD").replace(/\p{M}/gu, "");
    prepared += mapped.length === 1 && mapped.charCodeAt(0) < 128 ? mapped : " ";
  }
  return prepared;
}

function schemeString(text: string): string {
  return `"${text.replace(/[\\"]/g, "\\$&")}"`;
}

/**
 * For each sentence: synthesise, save the audio, then print one line per Token item with the
 * start of its first Word's first Segment (the end of the Segment before it) and the end of its
 * last Word's last Segment. Words with no syllables are punctuation and take no time.
 */
function buildScript(sentences: readonly FestivalSentence[]): string {
  const say = `
(define (light-companion-say text wav)
  (let ((utt (utt.synth (eval (list 'Utterance 'Text text)))))
    (utt.save.wave utt wav 'riff)
    (format t "SENTENCE\\n")
    (let ((token (utt.relation.first utt 'Token)))
      (while token
        (let ((first nil) (last nil))
          (mapcar
            (lambda (word)
              (if (item.relation.daughter1 word 'SylStructure)
                (begin
                  (if (not first) (set! first (item.feat word "R:SylStructure.daughter1.daughter1.R:Segment.p.end")))
                  (set! last (item.feat word "R:SylStructure.daughtern.daughtern.R:Segment.end")))))
            (item.daughters token))
          (if first (format t "TOKEN\\t%s\\t%s\\t%s\\n" (item.name token) first last)))
        (set! token (item.next token))))))
`;
  const calls = sentences.map((sentence) => `(light-companion-say ${schemeString(sentence.text)} ${schemeString(sentence.wavPath)})`);
  return [`(voice_${FESTIVAL_VOICE})`, say, ...calls, ""].join("\n");
}

/** Reads the lines `buildScript` prints: one group of tokens per sentence, in order. */
export function parseFestivalOutput(output: string): SpokenToken[][] {
  const sentences: SpokenToken[][] = [];
  for (const line of output.split("\n")) {
    if (line === "SENTENCE") {
      sentences.push([]);
      continue;
    }
    const [kind, name, start, end] = line.split("\t");
    if (kind !== "TOKEN" || name === undefined) continue;
    sentences.at(-1)?.push({ name, start: Number(start), end: Number(end) });
  }
  return sentences;
}

const run = promisify(execFile);

/** Runs one Festival process for all the sentences, which saves loading the voice for each. */
export async function speakWithFestival(sentences: readonly FestivalSentence[], workDirectory: string): Promise<SpokenToken[][]> {
  if (sentences.length === 0) return [];
  const scriptPath = path.join(workDirectory, "speak.scm");
  await fs.writeFile(scriptPath, buildScript(sentences));
  const { stdout } = await run("festival", ["-b", scriptPath], { maxBuffer: 64 * 1024 * 1024 });
  const spoken = parseFestivalOutput(stdout);
  if (spoken.length !== sentences.length) {
    throw new Error(`Festival spoke ${spoken.length} of ${sentences.length} sentences; see ${scriptPath}`);
  }
  return spoken;
}
