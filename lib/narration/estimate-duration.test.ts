import { describe, expect, it } from "vitest";
import { CHARACTERS_PER_WORD, WORDS_PER_MINUTE_AT_RATE_1, estimateDurationMs, estimateProgress } from "./estimate-duration";

describe("estimateDurationMs", () => {
  it("takes a minute for the assumed words per minute at rate 1 and scales with rate", () => {
    const oneMinuteOfText = WORDS_PER_MINUTE_AT_RATE_1 * CHARACTERS_PER_WORD;
    expect(estimateDurationMs(oneMinuteOfText, 1)).toBeCloseTo(60_000);
    expect(estimateDurationMs(oneMinuteOfText, 2)).toBeCloseTo(30_000);
    expect(estimateDurationMs(oneMinuteOfText, 0.5)).toBeCloseTo(120_000);
  });

  it("treats nonsense input as nothing to say at the normal rate", () => {
    expect(estimateDurationMs(-5, 1)).toBe(0);
    expect(estimateDurationMs(60, 0)).toBe(estimateDurationMs(60, 1));
    expect(estimateDurationMs(60, Number.NaN)).toBe(estimateDurationMs(60, 1));
  });
});

describe("estimateProgress", () => {
  const sentences = [{ text: "a".repeat(100) }, { text: "b".repeat(50) }, { text: "c".repeat(50) }];

  it("counts earlier sentences and the spoken part of the current one", () => {
    const progress = estimateProgress(sentences, { sentenceIndex: 1, offset: 25 }, 1);
    expect(progress.fraction).toBeCloseTo(125 / 200);
    expect(progress.elapsedMs).toBeCloseTo(estimateDurationMs(125, 1));
    expect(progress.remainingMs).toBeCloseTo(estimateDurationMs(75, 1));
    expect(progress.totalMs).toBeCloseTo(progress.elapsedMs + progress.remainingMs);
  });

  it("halves the times at double rate and handles an empty page", () => {
    const normal = estimateProgress(sentences, { sentenceIndex: 2 }, 1);
    const fast = estimateProgress(sentences, { sentenceIndex: 2 }, 2);
    expect(fast.remainingMs).toBeCloseTo(normal.remainingMs / 2);
    expect(estimateProgress([], { sentenceIndex: 0 }, 1)).toEqual({ elapsedMs: 0, remainingMs: 0, totalMs: 0, fraction: 0 });
  });
});
