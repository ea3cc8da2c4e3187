import { describe, expect, it } from "vitest";
import strings from "@/content/strings.json";
import { clampOrDefault, clampToRange, PITCH_CHOICES, PITCH_RANGE, RATE_CHOICES, RATE_RANGE } from "./voice-ranges";

describe("the voice ranges", () => {
  it("offers every quarter step of speed from half to twice normal", () => {
    expect(RATE_CHOICES).toEqual([0.5, 0.75, 1, 1.25, 1.5, 1.75, 2]);
  });

  it("offers two pitches either side of normal, one for each word the strings give them", () => {
    expect(PITCH_CHOICES).toEqual([0.5, 0.75, 1, 1.25, 1.5]);
    expect(PITCH_CHOICES).toHaveLength(strings.narration.pitchOptions.length);
    expect(PITCH_CHOICES[(PITCH_CHOICES.length - 1) / 2]).toBe(PITCH_RANGE.default);
  });

  it("offers only values the narrators and the saved preferences accept", () => {
    for (const [choices, range] of [
      [RATE_CHOICES, RATE_RANGE],
      [PITCH_CHOICES, PITCH_RANGE],
    ] as const) {
      expect(choices).toContain(range.default);
      for (const choice of choices) expect(clampToRange(choice, range)).toBe(choice);
    }
  });

  it("clamps to the nearer end", () => {
    expect(clampToRange(0.1, RATE_RANGE)).toBe(0.5);
    expect(clampToRange(10, RATE_RANGE)).toBe(2);
    expect(clampToRange(-1, PITCH_RANGE)).toBe(0);
    expect(clampToRange(1.3, PITCH_RANGE)).toBe(1.3);
  });

  it("starts a voice at the default where no usable value was given", () => {
    expect(clampOrDefault(undefined, RATE_RANGE)).toBe(1);
    expect(clampOrDefault(Number.NaN, PITCH_RANGE)).toBe(1);
    expect(clampOrDefault(Number.POSITIVE_INFINITY, RATE_RANGE)).toBe(1);
    expect(clampOrDefault(3, RATE_RANGE)).toBe(2);
    expect(clampOrDefault(0.75, RATE_RANGE)).toBe(0.75);
  });
});
