import { describe, expect, it } from "vitest";
import { findMoveTarget } from "./sentence-navigation";

const sentences = [
  { blockIndex: 0, blockKind: "heading" as const },
  { blockIndex: 1, blockKind: "paragraph" as const },
  { blockIndex: 1, blockKind: "paragraph" as const },
  { blockIndex: 2, blockKind: "heading" as const },
  { blockIndex: 3, blockKind: "paragraph" as const },
];

describe("findMoveTarget", () => {
  it("steps by sentence within bounds", () => {
    expect(findMoveTarget(sentences, 0, "nextSentence")).toBe(1);
    expect(findMoveTarget(sentences, 0, "previousSentence")).toBe(-1);
    expect(findMoveTarget(sentences, 4, "nextSentence")).toBe(-1);
  });

  it("lands on the first sentence of the next or previous paragraph", () => {
    expect(findMoveTarget(sentences, 1, "nextParagraph")).toBe(3);
    expect(findMoveTarget(sentences, 4, "previousParagraph")).toBe(3);
    expect(findMoveTarget(sentences, 3, "previousParagraph")).toBe(1);
  });

  it("lands on headings", () => {
    expect(findMoveTarget(sentences, 1, "nextHeading")).toBe(3);
    expect(findMoveTarget(sentences, 4, "previousHeading")).toBe(3);
    expect(findMoveTarget(sentences, 3, "previousHeading")).toBe(0);
    expect(findMoveTarget(sentences, 3, "nextHeading")).toBe(-1);
  });
});
