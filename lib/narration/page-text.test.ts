// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { collectPageText, createSentenceRange, createWordRange } from "./page-text";
import { SKIP_ATTRIBUTE } from "./skip-attribute";
import { segmentBlocks, type NarrationBlock } from "./speech-segments";

function mainWith(html: string): Element {
  document.body.innerHTML = `<main lang="en">${html}</main>`;
  return document.querySelector("main")!;
}

const describeImage = (alt: string) => `Image: ${alt}`;
const collect = (html: string) => collectPageText(mainWith(html), { describeImage });
/** A block as the text it is read as. */
const textOf = (block: NarrationBlock) => block.runs.map((run) => run.text).join("");
const blockTexts = (html: string) => collect(html).blocks.map(textOf);

afterEach(() => {
  document.body.replaceChildren();
});

describe("collectPageText: what is read", () => {
  it("makes a block of each heading, paragraph, list item, caption and quotation, with its kind", () => {
    const { blocks } = collect(
      "<h2>Cast</h2><p>Intro.</p><ul>\n  <li>One</li>\n  <li>Two</li>\n</ul><figure><img alt=\"Poster\"><figcaption>The poster.</figcaption></figure><blockquote>Quoted.</blockquote>",
    );
    expect(blocks.map((block) => [block.kind, textOf(block)])).toEqual([
      ["heading", "Cast"],
      ["paragraph", "Intro."],
      ["paragraph", "One"],
      ["paragraph", "Two"],
      ["image", "Image: Poster"],
      ["paragraph", "The poster."],
      ["paragraph", "Quoted."],
    ]);
    expect(blocks.map((block) => block.id)).toEqual(blocks.map((_, index) => `narration-block-${index}`));
  });

  it("keeps inline elements inside their block, as one run per text node", () => {
    const { blocks, sources } = collect("<p>Ted <strong>Lasso</strong> coaches <a href='/cast'>Richmond</a>.</p>");
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.runs.map((run) => run.text)).toEqual(["Ted ", "Lasso", " coaches ", "Richmond", "."]);
    expect(sources[0]!.element.tagName).toBe("P");
    expect(sources[0]!.nodes.map((node) => node?.data)).toEqual(["Ted ", "Lasso", " coaches ", "Richmond", "."]);
  });

  it("reads text outside any block element as a block of its parent", () => {
    expect(blockTexts("<div>Loose text</div><p>Then a paragraph.</p>")).toEqual(["Loose text", "Then a paragraph."]);
  });

  it("separates words at a line break, which has no text node of its own", () => {
    const { blocks, sources } = collect("<p>221B Baker Street<br>London</p>");
    expect(blocks[0]!.runs.map((run) => run.text)).toEqual(["221B Baker Street", "\n", "London"]);
    expect(sources[0]!.nodes[1]).toBeNull();
  });

  it("reads a table row as one block, its cells joined by a pause the page does not show", () => {
    const { blocks, sources } = collect("<table><caption>Names</caption><tr><th>Loberti</th><td>loh-<em>BAIR</em>-tee</td></tr></table>");
    expect(blocks.map(textOf)).toEqual(["Names", "Loberti, loh-BAIR-tee"]);
    const row = blocks[1]!.runs.map((run) => run.text);
    expect(row.filter((text) => text === ", ")).toHaveLength(1);
    expect(sources[1]!.nodes[row.indexOf(", ")]).toBeNull();
  });

  it("gives each block the language it is written in, and a run in another language its own", () => {
    const { blocks } = collect('<p lang="fr">Bonjour.</p><p>Hello <span lang="fr">Saint-Malo</span>.</p><img lang="de" alt="Ein Leuchtturm">');
    expect(blocks.map((block) => block.lang)).toEqual(["fr", "en", "de"]);
    expect(blocks[1]!.runs).toEqual([{ text: "Hello " }, { text: "Saint-Malo", lang: "fr" }, { text: "." }]);
  });
});

describe("collectPageText: what is skipped", () => {
  it(`leaves out a subtree marked ${SKIP_ATTRIBUTE}, such as the player`, () => {
    expect(blockTexts(`<p>Before.</p><section ${SKIP_ATTRIBUTE}=""><h2>Listen</h2><p>Player text.</p></section><p>After.</p>`)).toEqual(["Before.", "After."]);
  });

  it("leaves out what is hidden from everyone and what only screen readers are given", () => {
    expect(
      blockTexts(
        '<p hidden>Hidden.</p><p style="display: none">Not displayed.</p><p style="visibility: hidden">Invisible.</p>' +
          '<p aria-hidden="true">Decoration.</p><p>Shown<span class="visually-hidden"> to screen readers</span>.</p>',
      ),
    ).toEqual(["Shown."]);
  });

  it("leaves out controls and code the page does not show as text", () => {
    expect(
      blockTexts(
        "<p>Text<button>Press</button><select><option>Option</option></select><textarea>Typed</textarea><input value='Value'>.</p>" +
          "<script>let code;</script><style>p {}</style><template><p>Template</p></template><noscript>No script</noscript>",
      ),
    ).toEqual(["Text."]);
  });

  it("leaves out blocks that are only white space", () => {
    expect(collect("<p>   </p><p>\n</p><p>Words.</p>").blocks).toHaveLength(1);
  });
});

describe("collectPageText: images", () => {
  it("reads an image by its alt, through the template, and skips a decorative one", () => {
    const { blocks, sources } = collect('<p>Before.</p><img alt="  A lighthouse at night "><img alt=""><img src="x.png"><p>After.</p>');
    expect(blocks.map(textOf)).toEqual(["Before.", "Image: A lighthouse at night", "After."]);
    expect(blocks[1]!.kind).toBe("image");
    expect(sources[1]!.element.tagName).toBe("IMG");
    expect(sources[1]!.nodes).toEqual([null]);
  });

  it("adds a description the image points to only when the page does not show it", () => {
    expect(
      blockTexts(
        '<img alt="A map" aria-describedby="hidden-description shown-description missing">' +
          '<p id="shown-description">Shown below the map.</p><div hidden id="hidden-description">Paris is marked in red.</div>',
      ),
    ).toEqual(["Image: A map Paris is marked in red.", "Shown below the map."]);
  });

  it("ends the open block at an image inside a paragraph, and starts a new one after it", () => {
    expect(blockTexts('<p>Before <img alt="an icon"> after.</p>')).toEqual(["Before ", "Image: an icon", " after."]);
  });
});

describe("createSentenceRange and createWordRange", () => {
  function readFirstBlock(html: string) {
    const { blocks, sources } = collect(html);
    const sentences = segmentBlocks(blocks, { lang: "en" });
    return { sentences, source: sources[0]! };
  }

  it("spans a sentence across the text nodes it came from", () => {
    const { sentences, source } = readFirstBlock("<p>First one. The <em>second</em> sentence.</p>");
    expect(sentences.map((sentence) => sentence.text)).toEqual(["First one.", "The second sentence."]);
    const range = createSentenceRange(source, sentences[1]!)!;
    expect(range.toString()).toBe("The second sentence.");
    expect(range.startContainer).toBe(source.nodes[0]);
    expect(range.endContainer).toBe(source.nodes[2]);
  });

  it("finds a word by its offsets in the sentence text", () => {
    const { sentences, source } = readFirstBlock("<p>First one. The <em>second</em> sentence.</p>");
    const sentence = sentences[1]!;
    expect(createWordRange(source, sentence, { start: 4, end: 10 })?.toString()).toBe("second");
    expect(createWordRange(source, sentence, { start: 11, end: 19 })?.toString()).toBe("sentence");
  });

  it("gives no word range for an empty or reversed word", () => {
    const { sentences, source } = readFirstBlock("<p>One sentence.</p>");
    expect(createWordRange(source, sentences[0]!, { start: 4, end: 4 })).toBeNull();
    expect(createWordRange(source, sentences[0]!, { start: 6, end: 2 })).toBeNull();
  });

  it("gives no range once a text node it needs has left the page, as when React replaces it", () => {
    const { sentences, source } = readFirstBlock("<p>Kept. <em>Replaced</em> text.</p>");
    source.nodes[1]!.remove();
    expect(createSentenceRange(source, sentences[0]!)?.toString()).toBe("Kept.");
    expect(createSentenceRange(source, sentences[1]!)).toBeNull();
  });

  it("gives no range for an image, whose words the page does not show", () => {
    const { blocks, sources } = collect('<img alt="A lighthouse">');
    const [sentence] = segmentBlocks(blocks, { lang: "en" });
    expect(createSentenceRange(sources[0]!, sentence!)).toBeNull();
  });

  it("stays within a text node that has since grown shorter", () => {
    const { sentences, source } = readFirstBlock("<p>A long sentence.</p>");
    source.nodes[0]!.data = "A long";
    expect(createSentenceRange(source, sentences[0]!)?.toString()).toBe("A long");
  });
});
