import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { spokenForm } from "@/lib/narration/pronunciation-lexicon";
import { parseWebVtt } from "@/lib/narration/webvtt";
import { buildRecordings, wordCues, type BuildRecordingsOptions, type Encode, type PageToRecord, type Synthesize } from "./build-recordings";
import { prepareForFestival } from "./festival";
import type { RecordingsManifest } from "./recordings-manifest";
import { silence, writeWav } from "./wav";

const SAMPLE_RATE = 32_000;

/** Stands in for Festival: one second of silence per sentence, one token per word. */
function createFakeFestival() {
  const spokenTexts: string[] = [];
  const synthesize: Synthesize = async (sentences) => {
    const format = { sampleRate: SAMPLE_RATE, channels: 1, samples: Buffer.alloc(0) };
    for (const sentence of sentences) {
      spokenTexts.push(sentence.text);
      await fs.writeFile(sentence.wavPath, writeWav({ ...format, samples: silence(1, format) }));
    }
    return sentences.map((sentence) => {
      const names = sentence.text
        .split(/\s+/)
        .map((word) => word.replace(/[^\w'-]/g, ""))
        .filter(Boolean);
      const step = 0.8 / names.length;
      return names.map((name, index) => ({ name, start: 0.1 + index * step, end: 0.1 + (index + 1) * step }));
    });
  };
  return { synthesize, spokenTexts };
}

function createFakeEncoder() {
  const encoded: string[] = [];
  const encode: Encode = async (wavPath, outputs, tags) => {
    encoded.push(tags.title);
    const wav = await fs.readFile(wavPath);
    await fs.writeFile(outputs.webm, wav.subarray(0, 100));
    await fs.writeFile(outputs.mp3, wav.subarray(0, 200));
  };
  return { encode, encoded };
}

const pages: PageToRecord[] = [
  { route: "/", title: "Home", sentences: [{ text: "Home.", blockIndex: 0 }, { text: "Hello there.", blockIndex: 1 }] },
  { route: "/cast", title: "Cast", sentences: [{ text: "Cast.", blockIndex: 0 }, { text: "Aria Mia Loberti plays Marie-Laure.", blockIndex: 1 }] },
];

describe("buildRecordings", () => {
  let directory: string;
  beforeEach(async () => {
    directory = await fs.mkdtemp(path.join(os.tmpdir(), "recordings-"));
  });
  afterEach(async () => {
    await fs.rm(directory, { recursive: true, force: true });
  });

  function build(overrides: Partial<BuildRecordingsOptions> & Pick<BuildRecordingsOptions, "synthesize" | "encode" | "previous">) {
    return buildRecordings({
      pages,
      voice: "test-voice",
      voiceLang: "en-US",
      lexicon: [{ written: "Loberti", spoken: "loh-BAIR-tee" }],
      artist: "Light Companion",
      outputDirectory: path.join(directory, "public"),
      cacheDirectory: path.join(directory, "cache"),
      ...overrides,
    });
  }

  it("synthesises and encodes nothing when a rebuild finds no change", async () => {
    const festival = createFakeFestival();
    const encoder = createFakeEncoder();
    const first = await build({ ...festival, ...encoder, previous: null });
    expect(first.synthesizedSentences).toBe(4);
    expect(first.encodedPages).toEqual(["/", "/cast"]);

    const again = { festival: createFakeFestival(), encoder: createFakeEncoder() };
    const second = await build({ ...again.festival, ...again.encoder, previous: first.manifest });
    expect(second.synthesizedSentences).toBe(0);
    expect(again.festival.spokenTexts).toEqual([]);
    expect(again.encoder.encoded).toEqual([]);
    expect(second.manifest).toEqual(first.manifest);
  });

  it("synthesises only the changed sentence, re-encodes only its page and deletes the old recording", async () => {
    const first = await build({ ...createFakeFestival(), ...createFakeEncoder(), previous: null });
    const festival = createFakeFestival();
    const encoder = createFakeEncoder();
    const changed = pages.map((page) => (page.route === "/" ? { ...page, sentences: [page.sentences[0]!, { text: "Hello again.", blockIndex: 1 }] } : page));
    const second = await build({ ...festival, ...encoder, pages: changed, previous: first.manifest });
    expect(festival.spokenTexts).toEqual(["Hello again."]);
    expect(encoder.encoded).toEqual(["Home"]);
    const files = await fs.readdir(path.join(directory, "public"));
    expect(files.some((file) => file.startsWith(first.manifest.recordings["/"]!.key))).toBe(false);
    expect(files.filter((file) => file.startsWith(second.manifest.recordings["/"]!.key))).toHaveLength(4);
  });

  it("records every sentence again when the lexicon changes, and gives the voice the respelling", async () => {
    const first = await build({ ...createFakeFestival(), ...createFakeEncoder(), previous: null });
    const festival = createFakeFestival();
    await build({ ...festival, ...createFakeEncoder(), lexicon: [{ written: "Loberti", spoken: "loh-BARE-tee" }], previous: first.manifest });
    expect(festival.spokenTexts).toHaveLength(4);
    expect(festival.spokenTexts).toContain("Aria Mia loh-BARE-tee plays Marie-Laure.");
  });

  it("writes sentence captions and word cues whose times only move forward and lie within the audio", async () => {
    const { manifest } = await build({ ...createFakeFestival(), ...createFakeEncoder(), previous: null });
    const recording = manifest.recordings["/cast"]!;
    const read = (suffix: string) => fs.readFile(path.join(directory, "public", `${recording.key}${suffix}`), "utf8").then(parseWebVtt);
    const captions = await read(".vtt");
    const words = await read(".words.vtt");
    expect(captions.map((cue) => cue.text)).toEqual(["Cast.", "Aria Mia Loberti plays Marie-Laure."]);
    // One second each and the pause after a block.
    expect(captions.map((cue) => [cue.start, cue.end])).toEqual([
      [0, 1],
      [1.45, 2.45],
    ]);
    expect(recording.durationSeconds).toBe(2.45);
    expect(words.map((cue) => cue.text)).toEqual(["Cast", "Aria", "Mia", "Loberti", "plays", "Marie-Laure"]);
    for (const [index, cue] of words.entries()) {
      expect(cue.end).toBeGreaterThan(cue.start);
      expect(cue.start).toBeGreaterThanOrEqual(words[index - 1]?.end ?? 0);
      expect(cue.end).toBeLessThanOrEqual(recording.durationSeconds);
    }
  });

  it("keeps the previous manifest's recordings only while their files exist", async () => {
    const first = await build({ ...createFakeFestival(), ...createFakeEncoder(), previous: null });
    await fs.rm(path.join(directory, "public", `${first.manifest.recordings["/"]!.key}.mp3`));
    const encoder = createFakeEncoder();
    await build({ ...createFakeFestival(), ...encoder, previous: first.manifest satisfies RecordingsManifest });
    expect(encoder.encoded).toEqual(["Home"]);
  });
});

describe("wordCues", () => {
  it("maps a respelled name's spoken tokens back to the one written word", () => {
    const written = "Marie-Laure waits.";
    const spoken = spokenForm(written, [{ written: "Marie-Laure", spoken: "mah ree lore" }], "en-US");
    const sentence = { written, festivalText: prepareForFestival(spoken.spoken), toWrittenOffset: spoken.toWrittenOffset };
    const tokens = [
      { name: "mah", start: 0.1, end: 0.2 },
      { name: "ree", start: 0.2, end: 0.3 },
      { name: "lore", start: 0.3, end: 0.5 },
      { name: "waits", start: 0.5, end: 0.9 },
    ];
    expect(wordCues(3, sentence, tokens, 10)).toEqual([
      { id: "3:0-11", start: 10.1, end: 10.5, text: "Marie-Laure" },
      { id: "3:12-17", start: 10.5, end: 10.9, text: "waits" },
    ]);
  });
});
