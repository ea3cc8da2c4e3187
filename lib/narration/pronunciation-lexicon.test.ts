import { describe, expect, it } from "vitest";
import { applyLexicon, createLexicon, selectLexiconForVoice, spokenRespelling } from "./pronunciation-lexicon";
import type { LexiconEntry } from "./pronunciation-lexicon";

const entries: LexiconEntry[] = [
  { written: "Loberti", spoken: "loh bair tee" },
  { written: "Jean-Luc Loberti", spoken: "zhahn look loh bair tee" },
  { written: "Ruffalo", spoken: "Ruffalo" },
  { written: "Aïda", spoken: "ah ee dah" },
];

describe("applyLexicon", () => {
  it("substitutes whole words only, case-sensitively", () => {
    expect(applyLexicon("Loberti met the Lobertis and loberti.example.", entries).spoken).toBe(
      "loh bair tee met the Lobertis and loberti.example.",
    );
    expect(applyLexicon("Loberti's coat", entries).spoken).toBe("loh bair tee's coat");
    expect(applyLexicon("Aïdas and Aïda.", entries).spoken).toBe("Aïdas and ah ee dah.");
  });

  it("prefers the longest written form", () => {
    expect(applyLexicon("Jean-Luc Loberti waved to Loberti.", entries).spoken).toBe(
      "zhahn look loh bair tee waved to loh bair tee.",
    );
  });

  it("maps a boundary on the spoken name, and on the word after it, back to the written text", () => {
    const written = "Then Loberti smiled at Ruffalo.";
    const result = applyLexicon(written, entries);
    expect(result.spoken).toBe("Then loh bair tee smiled at Ruffalo.");

    const spokenName = result.spoken.indexOf("loh");
    expect(result.toWrittenOffset(spokenName)).toBe(written.indexOf("Loberti"));
    // Engines report one boundary per spoken word; the middle of the respelling is still "Loberti".
    expect(result.toWrittenOffset(result.spoken.indexOf("bair"))).toBe(written.indexOf("Loberti"));
    expect(result.toWrittenOffset(result.spoken.indexOf("bair") + 4, "end")).toBe(written.indexOf("Loberti") + 7);

    const spokenNext = result.spoken.indexOf("smiled");
    expect(result.toWrittenOffset(spokenNext)).toBe(written.indexOf("smiled"));
    expect(result.toWrittenOffset(result.spoken.indexOf("Ruffalo"))).toBe(written.indexOf("Ruffalo"));
    expect(result.toWrittenOffset(0)).toBe(0);
    expect(result.toWrittenOffset(result.spoken.length)).toBe(written.length);
  });

  it("maps offsets when the spoken form is shorter than the written one", () => {
    const written = "Ask Jean-Luc Loberti now.";
    const result = applyLexicon(written, [{ written: "Jean-Luc Loberti", spoken: "JL" }]);
    expect(result.spoken).toBe("Ask JL now.");
    expect(result.toWrittenOffset(result.spoken.indexOf("now"))).toBe(written.indexOf("now"));
    expect(result.toWrittenOffset(result.spoken.indexOf("L"), "end")).toBe(written.indexOf(" now"));
  });

  it("returns the text unchanged with an identity map when nothing matches", () => {
    const result = applyLexicon("Nothing to see (here).", entries);
    expect(result.spoken).toBe("Nothing to see (here).");
    expect(result.substitutions).toEqual([]);
    expect(result.toWrittenOffset(8)).toBe(8);
    // Written forms are literal text, not patterns, and empty ones are ignored.
    expect(applyLexicon("axb a.b", [{ written: "a.b", spoken: "A B" }, { written: "", spoken: "x" }]).spoken).toBe("axb A B");
  });
});

describe("selectLexiconForVoice", () => {
  const named: LexiconEntry[] = [
    { written: "Marie-Laure", spoken: "mah ree lore", lang: "fr" },
    { written: "Hofmann", spoken: "hoff-mahn", lang: "de-DE" },
    { written: "Doerr", spoken: "door" },
  ];

  it("leaves out respellings of names in the voice's own language, whatever the region or separator", () => {
    expect(selectLexiconForVoice(named, "fr-FR").map((entry) => entry.written)).toEqual(["Hofmann", "Doerr"]);
    expect(selectLexiconForVoice(named, "de_AT").map((entry) => entry.written)).toEqual(["Marie-Laure", "Doerr"]);
  });

  it("keeps every entry for another language's voice, or when the voice is unknown", () => {
    expect(selectLexiconForVoice(named, "en-GB")).toEqual(named);
    expect(selectLexiconForVoice(named, undefined)).toEqual(named);
    expect(selectLexiconForVoice(named, "")).toEqual(named);
  });
});

describe("createLexicon", () => {
  it("speaks each name's written respelling, lower-cased, and marks the language of names respelled for another language's readers", () => {
    const lexicon = createLexicon(
      [
        { written: "Marie-Laure", respelling: "mah-REE LOHR", languageTag: "fr" },
        { written: "Doerr", respelling: "DOOR", languageTag: "en" },
        { written: "Jones", respelling: "JOHNZ", languageTag: "en-GB" },
      ],
      "en",
    );
    expect(lexicon).toEqual([
      { written: "Marie-Laure", spoken: "mah-ree lohr", lang: "fr" },
      { written: "Doerr", spoken: "door" },
      { written: "Jones", spoken: "johnz" },
    ]);
    // So an English voice still says "door", while a French voice reads Marie-Laure as written.
    expect(selectLexiconForVoice(lexicon, "en-US").map((entry) => entry.written)).toEqual(["Marie-Laure", "Doerr", "Jones"]);
    expect(selectLexiconForVoice(lexicon, "fr-FR").map((entry) => entry.written)).toEqual(["Doerr", "Jones"]);
  });

  it("leaves names without a respelling to the voice", () => {
    expect(createLexicon([{ written: "Daniel", languageTag: "fr" }], "en")).toEqual([]);
  });
});

describe("spokenRespelling", () => {
  it("is the respelling readers see, in lower case, so no stressed part is spelled out letter by letter", () => {
    expect(spokenRespelling("loh-BAIR-tee")).toBe("loh-bair-tee");
    expect(spokenRespelling("ay-TYEN")).toBe("ay-tyen");
  });
});
