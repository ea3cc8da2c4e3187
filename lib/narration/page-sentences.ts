/**
 * A page's spoken sentences, read from its rendered main content. The live narrator reads the
 * page in the browser with it, and the recordings are made from the same function run on the
 * server-rendered HTML (scripts/build-recordings.ts), so both speak the same sentences.
 */
import { collectPageText, type BlockSource } from "./page-text";
import { fillTemplate } from "./player-messages";
import { segmentBlocks, type SpeechSentence } from "./speech-segments";

export interface PageSentencesOptions {
  /** The document language, for blocks with no `lang` of their own. */
  readonly lang: string;
  /** The image template from content/strings.json (`narration.image`), with `{alt}`. */
  readonly imageTemplate: string;
}

export interface PageSentences {
  readonly sentences: readonly SpeechSentence[];
  /** `sources[sentence.blockIndex]` is where a sentence's text came from. */
  readonly sources: readonly BlockSource[];
}

export function readPageSentences(root: Element, options: PageSentencesOptions): PageSentences {
  const { blocks, sources } = collectPageText(root, { describeImage: (alt) => fillTemplate(options.imageTemplate, { alt }) });
  return { sentences: segmentBlocks(blocks, { lang: options.lang }), sources };
}
