import { describe, expect, it } from "vitest";
import { findRunPosition, segmentBlocks } from "./speech-segments";
import type { NarrationBlock } from "./speech-segments";

function paragraph(id: string, ...texts: string[]): NarrationBlock {
  return { id, kind: "paragraph", runs: texts.map((text) => ({ text })) };
}

function sentenceTexts(blocks: NarrationBlock[]): string[] {
  return segmentBlocks(blocks, { lang: "en" }).map((sentence) => sentence.text);
}

describe("segmentBlocks", () => {
  it("keeps titles such as Mr. and Dr. with the name that follows", () => {
    expect(sentenceTexts([paragraph("p", "Mr. Ruffalo plays Dr. Loberti. He met Mrs. Hale on St. Mark's Place.")])).toEqual([
      "Mr. Ruffalo plays Dr. Loberti.",
      "He met Mrs. Hale on St. Mark's Place.",
    ]);
  });

  it("still ends a sentence at a full stop that is not after a title", () => {
    expect(sentenceTexts([paragraph("p", "It was Kramer vs. Kramer. Then we left.")])).toEqual([
      "It was Kramer vs. Kramer.",
      "Then we left.",
    ]);
  });

  it("keeps a quoted question with its lowercase continuation but splits before a new sentence", () => {
    expect(sentenceTexts([paragraph("p", "“Is it true?” she asked. “Yes.” He nodded.")])).toEqual([
      "“Is it true?” she asked.",
      "“Yes.”",
      "He nodded.",
    ]);
  });

  it("does not split at em dashes", () => {
    expect(sentenceTexts([paragraph("p", "He nodded — and then left. Nobody followed.")])).toEqual([
      "He nodded — and then left.",
      "Nobody followed.",
    ]);
  });

  it("keeps dates together and ends a sentence after a year", () => {
    const sentences = segmentBlocks([paragraph("p", "Filming began on 2 November 2023. It ends in 2027. Then what?")], { lang: "en" });
    expect(sentences.map((sentence) => sentence.text)).toEqual([
      "Filming began on 2 November 2023.",
      "It ends in 2027.",
      "Then what?",
    ]);
    expect(sentences[0]?.words.map((word) => word.text)).toEqual(["Filming", "began", "on", "2", "November", "2023"]);
  });

  it("trims whitespace from sentence ranges and drops whitespace-only or punctuation-only text", () => {
    const sentences = segmentBlocks([paragraph("p", "  First one.   \n  Second one.  "), paragraph("empty", "   \n "), paragraph("dash", " — ")], {
      lang: "en",
    });
    expect(sentences.map((sentence) => sentence.text)).toEqual(["First one.", "Second one."]);
    expect(sentences[0]?.start).toEqual({ run: 0, offset: 2 });
    expect(sentences[0]?.end).toEqual({ run: 0, offset: 12 });
    expect(sentences[1]?.start).toEqual({ run: 0, offset: 18 });
    expect(sentences[1]?.end).toEqual({ run: 0, offset: 29 });
  });

  it("never lets a sentence cross a block and numbers sentences across blocks", () => {
    const sentences = segmentBlocks(
      [{ id: "h", kind: "heading", runs: [{ text: "The cast" }] }, paragraph("p", "without a full stop"), paragraph("q", "Next. Last.")],
      { lang: "en" },
    );
    expect(sentences.map(({ index, blockId, blockKind, blockIndex, text }) => ({ index, blockId, blockKind, blockIndex, text }))).toEqual([
      { index: 0, blockId: "h", blockKind: "heading", blockIndex: 0, text: "The cast" },
      { index: 1, blockId: "p", blockKind: "paragraph", blockIndex: 1, text: "without a full stop" },
      { index: 2, blockId: "q", blockKind: "paragraph", blockIndex: 2, text: "Next." },
      { index: 3, blockId: "q", blockKind: "paragraph", blockIndex: 2, text: "Last." },
    ]);
  });

  it("maps sentence and word positions back to runs across several text nodes", () => {
    // As in `<p>Meet <strong>Dr. Lo</strong><em>berti</em> today. Bye.</p>`
    const [first, second] = segmentBlocks([paragraph("p", "Meet ", "Dr. Lo", "berti", " today. Bye.")], { lang: "en" });
    expect(first?.text).toBe("Meet Dr. Loberti today.");
    expect(first?.start).toEqual({ run: 0, offset: 0 });
    expect(first?.end).toEqual({ run: 3, offset: 7 });
    const loberti = first?.words.find((word) => word.text === "Loberti");
    expect(loberti).toMatchObject({ offset: 9, length: 7, start: { run: 1, offset: 4 }, end: { run: 2, offset: 5 } });
    // A word that ends exactly where a run ends belongs to that run, not to the start of the next.
    expect(first?.words.find((word) => word.text === "Meet")).toMatchObject({ start: { run: 0, offset: 0 }, end: { run: 0, offset: 4 } });
    expect(first?.words.find((word) => word.text === "Dr")).toMatchObject({ start: { run: 1, offset: 0 }, end: { run: 1, offset: 2 } });
    expect(second?.start).toEqual({ run: 3, offset: 8 });
    expect(second?.end).toEqual({ run: 3, offset: 12 });
    expect(first && findRunPosition(first, 16, "start")).toEqual({ run: 3, offset: 0 });
    expect(first && findRunPosition(first, 16, "end")).toEqual({ run: 2, offset: 5 });
  });

  it("skips empty runs when mapping positions", () => {
    const [sentence] = segmentBlocks([paragraph("p", "", "Hello", "", " world.")], { lang: "en" });
    expect(sentence?.start).toEqual({ run: 1, offset: 0 });
    expect(sentence?.words.map((word) => [word.start, word.end])).toEqual([
      [{ run: 1, offset: 0 }, { run: 1, offset: 5 }],
      [{ run: 3, offset: 1 }, { run: 3, offset: 6 }],
    ]);
  });

  it("keeps a French name inside an English sentence and records its span", () => {
    const [sentence] = segmentBlocks(
      [{ id: "p", kind: "paragraph", runs: [{ text: "Ruffalo plays " }, { text: "Jean-Luc Loberti", lang: "fr" }, { text: " in Paris." }] }],
      { lang: "en" },
    );
    expect(sentence?.text).toBe("Ruffalo plays Jean-Luc Loberti in Paris.");
    expect(sentence?.lang).toBe("en");
    expect(sentence?.languageSpans).toEqual([{ lang: "fr", offset: 14, length: 16 }]);
  });

  it("gives a sentence wholly in a French run the French language, even with English punctuation around it", () => {
    const sentences = segmentBlocks(
      [
        {
          id: "p",
          kind: "paragraph",
          lang: "en-GB",
          runs: [{ text: "He whispered. “" }, { text: "Je ne sais pas", lang: "fr" }, { text: ".” Then he left." }],
        },
      ],
      { lang: "en" },
    );
    expect(sentences.map((sentence) => [sentence.text, sentence.lang, sentence.languageSpans])).toEqual([
      ["He whispered.", "en-GB", []],
      ["“Je ne sais pas.”", "fr", [{ lang: "en-GB", offset: 0, length: 1 }, { lang: "en-GB", offset: 15, length: 2 }]],
      ["Then he left.", "en-GB", []],
    ]);
  });

  it("keeps French closing guillemets, set after a space, with their sentence", () => {
    const sentences = segmentBlocks(
      [{ id: "fr", kind: "paragraph", lang: "fr", runs: [{ text: "C'est l'été. « Vraiment\u202f?\u00a0» Oui. « Non ! » » Fin." }] }],
      { lang: "en" },
    );
    expect(sentences.map((sentence) => [sentence.text, sentence.lang])).toEqual([
      ["C'est l'été.", "fr"],
      ["« Vraiment\u202f?\u00a0»", "fr"],
      ["Oui.", "fr"],
      ["« Non ! » »", "fr"],
      ["Fin.", "fr"],
    ]);
  });

  it("leaves German guillemets, which open with », where they are", () => {
    expect(sentenceTexts([{ id: "de", kind: "paragraph", lang: "de", runs: [{ text: "Er sagte: »Ja.« »Nein.« Gut." }] }])).toEqual([
      "Er sagte: »Ja.«",
      "»Nein.«",
      "Gut.",
    ]);
  });

  it("tolerates an invalid language tag from markup", () => {
    const sentences = segmentBlocks([{ id: "x", kind: "image", lang: "not a tag", runs: [{ text: "A lamp. A chair." }] }], { lang: "en" });
    expect(sentences.map((sentence) => [sentence.text, sentence.lang, sentence.blockKind])).toEqual([
      ["A lamp.", "not a tag", "image"],
      ["A chair.", "not a tag", "image"],
    ]);
  });
});
