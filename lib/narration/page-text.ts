/**
 * The DOM side of segmenting: reads the page's readable blocks as `NarrationBlock`s whose runs
 * are the page's own text nodes, and turns sentence and word positions back into DOM Ranges for
 * the read-along highlight. Nothing here changes the page.
 */
import type { WordRange } from "./narrator";
import { findRunPosition } from "./speech-segments";
import type { BlockKind, NarrationBlock, RunPosition, SpeechSentence, TextRun } from "./speech-segments";
import { SKIP_ATTRIBUTE } from "./skip-attribute";

/**
 * Elements that each make one block. Table cells are not among them: a row is read as one block,
 * its cells joined by a pause, so "next paragraph" steps through a table row by row.
 */
const BLOCK_SELECTOR = "h1,h2,h3,h4,h5,h6,p,li,dt,dd,tr,caption,figcaption,blockquote,pre";
const HEADING = /^H[1-6]$/;
const CELL_SEPARATOR = ", ";
const WHITESPACE_ONLY = /^\s*$/;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** Where each block's runs came from, index for index with `NarrationBlock.runs`. */
export interface BlockSource {
  readonly element: Element;
  /** The text node a run was read from, or null for words the page does not show (an image's label, a cell separator). */
  readonly nodes: readonly (Text | null)[];
}

export interface PageText {
  readonly blocks: readonly NarrationBlock[];
  /** `sources[i]` belongs to `blocks[i]`. */
  readonly sources: readonly BlockSource[];
}

export interface CollectOptions {
  /** Words an image is read with, e.g. `alt => "Image: " + alt`. */
  readonly describeImage: (textAlternative: string) => string;
}

interface OpenBlock {
  readonly element: Element;
  readonly kind: BlockKind;
  readonly lang: string | undefined;
  readonly runs: TextRun[];
  readonly nodes: (Text | null)[];
  lastCell: Element | null;
}

function languageOf(element: Element | null): string | undefined {
  return element?.closest("[lang]")?.getAttribute("lang") || undefined;
}

/**
 * Hidden from everyone (hidden, display: none, aria-hidden) or shown only to screen readers
 * (the site's visually-hidden class): a listener who can see the page should hear what it shows.
 */
function isLeftOut(element: Element): boolean {
  if (element.hasAttribute(SKIP_ATTRIBUTE) || element.getAttribute("aria-hidden") === "true") return true;
  if (element.classList.contains("visually-hidden")) return true;
  if (/^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT|BUTTON|SELECT|TEXTAREA|INPUT)$/.test(element.tagName)) return true;
  if (element.hasAttribute("hidden")) return true;
  // checkVisibility is Chrome 105+, Firefox 106+, Safari 17.4+; older browsers read the style.
  if (typeof element.checkVisibility === "function") return !element.checkVisibility({ visibilityProperty: true });
  const style = element.ownerDocument.defaultView?.getComputedStyle(element);
  return style?.display === "none" || style?.visibility === "hidden";
}

/** Text a screen reader would also give for the image: alt, then any description it points to that is not on show. */
function describeImageElement(image: Element): string | null {
  const alt = image.getAttribute("alt")?.trim();
  // alt="" marks a decorative image (https://html.spec.whatwg.org/multipage/images.html#a-purely-decorative-image-that-doesn't-add-any-information).
  if (!alt) return null;
  const hiddenDescriptions = (image.getAttribute("aria-describedby") ?? "")
    .split(/\s+/)
    .map((id) => (id ? image.ownerDocument.getElementById(id) : null))
    .filter((element): element is HTMLElement => element !== null && isLeftOut(element))
    .map((element) => element.textContent?.trim() ?? "")
    .filter(Boolean);
  return [alt, ...hiddenDescriptions].join(" ");
}

export function collectPageText(root: Element, options: CollectOptions): PageText {
  const blocks: NarrationBlock[] = [];
  const sources: BlockSource[] = [];
  let open: OpenBlock | null = null;

  const close = () => {
    if (open && open.runs.some((run) => !WHITESPACE_ONLY.test(run.text))) {
      const id = `narration-block-${blocks.length}`;
      blocks.push({ id, kind: open.kind, ...(open.lang ? { lang: open.lang } : {}), runs: open.runs });
      sources.push({ element: open.element, nodes: open.nodes });
    }
    open = null;
  };

  const addText = (node: Text) => {
    const parent = node.parentElement;
    if (!parent) return;
    const blockElement = parent.closest(BLOCK_SELECTOR);
    const element = blockElement && root.contains(blockElement) ? blockElement : parent;
    const isWhitespace = WHITESPACE_ONLY.test(node.data);
    if (open?.element !== element) {
      // Whitespace between blocks (e.g. inside a <ul>) starts nothing.
      if (isWhitespace) return;
      close();
      open = {
        element,
        kind: HEADING.test(element.tagName) ? "heading" : "paragraph",
        lang: languageOf(element),
        runs: [],
        nodes: [],
        lastCell: null,
      };
    }
    const block: OpenBlock = open;
    const cell = element.tagName === "TR" ? parent.closest("td,th") : null;
    if (cell && block.lastCell && cell !== block.lastCell && !isWhitespace) {
      block.runs.push({ text: CELL_SEPARATOR });
      block.nodes.push(null);
    }
    if (cell && !isWhitespace) block.lastCell = cell;
    const lang = languageOf(parent);
    block.runs.push(lang && lang !== block.lang ? { text: node.data, lang } : { text: node.data });
    block.nodes.push(node);
  };

  const addImage = (image: Element) => {
    const description = describeImageElement(image);
    if (description === null) return;
    close();
    const lang = languageOf(image);
    blocks.push({
      id: `narration-block-${blocks.length}`,
      kind: "image",
      ...(lang ? { lang } : {}),
      runs: [{ text: options.describeImage(description) }],
    });
    sources.push({ element: image, nodes: [null] });
  };

  /** A line break separates words the way a space would, though the DOM has no text for it. */
  const addLineBreak = () => {
    open?.runs.push({ text: "\n" });
    open?.nodes.push(null);
  };

  // Node types and tag names rather than instanceof, so the same code reads a page in the
  // browser and one rendered into happy-dom at build time (scripts/build-recordings.ts), whose
  // classes are not the global ones.
  const visit = (parent: Node) => {
    for (const child of parent.childNodes) {
      if (child.nodeType === TEXT_NODE) {
        addText(child as Text);
      } else if (child.nodeType === ELEMENT_NODE && !isLeftOut(child as Element)) {
        const element = child as Element;
        if (element.tagName === "IMG") addImage(element);
        else if (element.tagName === "BR") addLineBreak();
        else visit(element);
      }
    }
  };

  visit(root);
  close();
  return { blocks, sources };
}

function createRange(source: BlockSource, start: RunPosition, end: RunPosition): Range | null {
  const startNode = source.nodes[start.run];
  const endNode = source.nodes[end.run];
  // React may have replaced a node since the page was read; then there is nothing to point at.
  if (!startNode?.isConnected || !endNode?.isConnected) return null;
  const range = startNode.ownerDocument.createRange();
  range.setStart(startNode, Math.min(start.offset, startNode.length));
  range.setEnd(endNode, Math.min(end.offset, endNode.length));
  return range;
}

export function createSentenceRange(source: BlockSource, sentence: SpeechSentence): Range | null {
  return createRange(source, sentence.start, sentence.end);
}

/** `word` is in offsets of the sentence's text, as the narrator reports it. */
export function createWordRange(source: BlockSource, sentence: SpeechSentence, word: WordRange): Range | null {
  if (word.end <= word.start) return null;
  return createRange(source, findRunPosition(sentence, word.start, "start"), findRunPosition(sentence, word.end, "end"));
}
