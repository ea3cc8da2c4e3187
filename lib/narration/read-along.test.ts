// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { supportsHighlights } from "./highlight-support";
import { FALLBACK_CLASS, ReadAlong, SENTENCE_HIGHLIGHT, WORD_HIGHLIGHT } from "./read-along";
import { installFakeHighlights, type FakeHighlights } from "./testing/fake-highlights";

function renderParagraphs() {
  document.body.innerHTML = '<main><p id="first">First sentence. Second one.</p><p id="second">Another paragraph.</p><img id="image" alt="A lighthouse"></main>';
  const element = (id: string) => document.getElementById(id)!;
  /** The range of `text` inside the element's first text node. */
  const rangeOf = (id: string, text: string) => {
    const node = element(id).firstChild as Text;
    const start = node.data.indexOf(text);
    const range = document.createRange();
    range.setStart(node, start);
    range.setEnd(node, start + text.length);
    return range;
  };
  return { element, rangeOf };
}

const outlined = () => [...document.querySelectorAll(`.${FALLBACK_CLASS}`)].map((element) => element.id);

afterEach(() => {
  document.body.replaceChildren();
  vi.restoreAllMocks();
});

describe("supportsHighlights", () => {
  it("is false without the Highlight API, as in browsers before it, and true with it", () => {
    expect(supportsHighlights(globalThis)).toBe(false);
    const highlights = installFakeHighlights();
    expect(supportsHighlights(globalThis)).toBe(true);
    highlights.uninstall();
    expect(supportsHighlights(globalThis)).toBe(false);
  });
});

describe("ReadAlong with the Highlight API", () => {
  let highlights: FakeHighlights;

  beforeEach(() => {
    highlights = installFakeHighlights();
  });

  afterEach(() => {
    highlights.uninstall();
  });

  it("paints the sentence and the word being spoken, and leaves the page's elements alone", () => {
    const { element, rangeOf } = renderParagraphs();
    const before = document.body.innerHTML;
    new ReadAlong(true).show(element("first"), rangeOf("first", "Second one."), rangeOf("first", "one"), false);
    expect(highlights.painted()).toEqual({ [SENTENCE_HIGHLIGHT]: ["Second one."], [WORD_HIGHLIGHT]: ["one"] });
    expect(document.body.innerHTML).toBe(before);
  });

  it("removes the word highlight when the engine reports no word, and keeps one sentence at a time", () => {
    const { element, rangeOf } = renderParagraphs();
    const readAlong = new ReadAlong(true);
    readAlong.show(element("first"), rangeOf("first", "First sentence."), rangeOf("first", "First"), false);
    readAlong.show(element("second"), rangeOf("second", "Another paragraph."), null, false);
    expect(highlights.painted()).toEqual({ [SENTENCE_HIGHLIGHT]: ["Another paragraph."] });
  });

  it("outlines the block when the sentence cannot be painted, such as an image, and paints again after", () => {
    const { element, rangeOf } = renderParagraphs();
    const readAlong = new ReadAlong(true);
    readAlong.show(element("first"), rangeOf("first", "Second one."), rangeOf("first", "one"), false);
    readAlong.show(element("image"), null, null, false);
    expect(highlights.painted()).toEqual({});
    expect(outlined()).toEqual(["image"]);
    readAlong.show(element("second"), rangeOf("second", "Another paragraph."), null, false);
    expect(outlined()).toEqual([]);
    expect(highlights.painted()).toEqual({ [SENTENCE_HIGHLIGHT]: ["Another paragraph."] });
  });

  it("clears both highlights and any outline", () => {
    const { element, rangeOf } = renderParagraphs();
    const readAlong = new ReadAlong(true);
    readAlong.show(element("first"), rangeOf("first", "Second one."), rangeOf("first", "one"), false);
    readAlong.clear();
    expect(highlights.painted()).toEqual({});
    readAlong.show(element("image"), null, null, false);
    readAlong.clear();
    expect(outlined()).toEqual([]);
  });
});

describe("ReadAlong without the Highlight API", () => {
  it("outlines the block being read, moving the outline from block to block, and never touches CSS.highlights", () => {
    const { element, rangeOf } = renderParagraphs();
    const readAlong = new ReadAlong(false);
    readAlong.show(element("first"), rangeOf("first", "First sentence."), rangeOf("first", "First"), false);
    expect(outlined()).toEqual(["first"]);
    readAlong.show(element("first"), rangeOf("first", "Second one."), null, false);
    expect(outlined()).toEqual(["first"]);
    readAlong.show(element("second"), rangeOf("second", "Another paragraph."), null, false);
    expect(outlined()).toEqual(["second"]);
    readAlong.clear();
    expect(outlined()).toEqual([]);
    expect("highlights" in CSS).toBe(false);
  });
});

describe("ReadAlong revealing what is read", () => {
  const VIEWPORT_HEIGHT = 800;

  function placeAt(element: Element, top: number, height: number) {
    vi.spyOn(element, "getBoundingClientRect").mockReturnValue(DOMRect.fromRect({ x: 0, y: top, width: 600, height }));
  }

  beforeEach(() => {
    vi.spyOn(document.documentElement, "clientHeight", "get").mockReturnValue(VIEWPORT_HEIGHT);
  });

  afterEach(() => {
    document.documentElement.style.removeProperty("scroll-padding-bottom");
  });

  function revealAt(top: number, height: number, { reveal = true } = {}) {
    const { element } = renderParagraphs();
    const scrollBy = vi.spyOn(window, "scrollBy").mockImplementation(() => {});
    placeAt(element("second"), top, height);
    new ReadAlong(false).show(element("second"), null, null, reveal);
    return scrollBy.mock.calls.map(([options]) => (options as ScrollToOptions).top);
  }

  it("leaves the page where it is while the block is wholly in view", () => {
    expect(revealAt(100, 50)).toEqual([]);
    expect(revealAt(0, VIEWPORT_HEIGHT)).toEqual([]);
  });

  it("scrolls a block below the view up just far enough, with a margin", () => {
    expect(revealAt(1000, 50)).toEqual([1050 - VIEWPORT_HEIGHT + 48]);
  });

  it("scrolls a block above the view down to just below the top, with a margin", () => {
    expect(revealAt(-300, 50)).toEqual([-300 - 48]);
  });

  it("brings the top of a block taller than the view to the top", () => {
    expect(revealAt(900, 2000)).toEqual([900 - 48]);
  });

  it("keeps clear of the playing bar, whose height is the page's bottom scroll padding", () => {
    document.documentElement.style.setProperty("scroll-padding-bottom", "100px");
    expect(revealAt(720, 50)).toEqual([770 - (VIEWPORT_HEIGHT - 100) + 48]);
  });

  it("does not scroll unless asked to reveal, as within one sentence", () => {
    expect(revealAt(1000, 50, { reveal: false })).toEqual([]);
  });
});
