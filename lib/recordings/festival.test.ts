import { describe, expect, it } from "vitest";
import { parseFestivalOutput, prepareForFestival } from "./festival";

describe("prepareForFestival", () => {
  it("gives Festival ASCII with one character for each one of the text, so offsets still match", () => {
    const text = "“Café” – Saint‑Malo… 🎧";
    const prepared = prepareForFestival(text);
    expect(prepared).toBe('"Cafe" , Saint Malo.   ');
    expect(prepared).toHaveLength(text.length);
  });
});

describe("parseFestivalOutput", () => {
  it("groups the timed tokens by sentence and ignores Festival's other output", () => {
    const output = [
      "SENTENCE",
      "TOKEN\tMarie-Laure\t0.16500001\t0.64499998",
      "TOKEN\t1944\t1.385\t2.5999999",
      "SIOD ERROR: nothing",
      "SENTENCE",
      "TOKEN\tyes\t0.175\t0.5",
      "",
    ].join("\n");
    expect(parseFestivalOutput(output)).toEqual([
      [
        { name: "Marie-Laure", start: 0.16500001, end: 0.64499998 },
        { name: "1944", start: 1.385, end: 2.5999999 },
      ],
      [{ name: "yes", start: 0.175, end: 0.5 }],
    ]);
  });
});
