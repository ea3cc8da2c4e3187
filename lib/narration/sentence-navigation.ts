/**
 * Where skipping by sentence, paragraph or heading lands: worked out once from the sentences,
 * for every voice. -1 means there is nowhere to go.
 */
import type { SpeechSentence } from "./speech-segments";

export type Move = "previousSentence" | "nextSentence" | "previousParagraph" | "nextParagraph" | "previousHeading" | "nextHeading";

type Sentences = readonly Pick<SpeechSentence, "blockIndex" | "blockKind">[];

/** `Array.prototype.findLastIndex` is ES2023; the project targets ES2022. */
function findLastIndex(sentences: Sentences, matches: (sentence: Sentences[number]) => boolean): number {
  for (let index = sentences.length - 1; index >= 0; index -= 1) {
    const sentence = sentences[index];
    if (sentence && matches(sentence)) return index;
  }
  return -1;
}

function blockStart(sentences: Sentences, index: number): number {
  const blockIndex = sentences[index]?.blockIndex;
  return index < 0 ? -1 : sentences.findIndex((sentence) => sentence.blockIndex === blockIndex);
}

export function findMoveTarget(sentences: Sentences, current: number, move: Move): number {
  const blockIndex = sentences[current]?.blockIndex ?? -1;
  switch (move) {
    case "previousSentence":
      return current - 1 >= 0 ? current - 1 : -1;
    case "nextSentence":
      return current + 1 < sentences.length ? current + 1 : -1;
    case "nextParagraph":
      return sentences.findIndex((sentence) => sentence.blockIndex > blockIndex);
    case "previousParagraph":
      return blockStart(sentences, findLastIndex(sentences, (sentence) => sentence.blockIndex < blockIndex));
    case "nextHeading":
      return sentences.findIndex((sentence) => sentence.blockIndex > blockIndex && sentence.blockKind === "heading");
    case "previousHeading":
      return blockStart(sentences, findLastIndex(sentences, (sentence) => sentence.blockIndex < blockIndex && sentence.blockKind === "heading"));
  }
}
