// @vitest-environment happy-dom
import { describe, expect, it } from "vitest";
import { readPageSentences } from "./page-sentences";
import { createSentenceRange, createWordRange } from "./page-text";

function mainWith(html: string): Element {
  document.documentElement.lang = "en";
  document.body.innerHTML = `<main>${html}</main>`;
  return document.querySelector("main")!;
}

const read = (html: string) => readPageSentences(mainWith(html), { lang: "en", imageTemplate: "Image: {alt}" });
const texts = (html: string) => read(html).sentences.map((sentence) => sentence.text);

describe("readPageSentences (the DOM half of narration)", () => {
  it("reads headings, paragraphs and list items as blocks of sentences", () => {
    const { sentences } = read("<h1>Title</h1><p>One. Two.</p><ul>\n<li>Item</li>\n</ul>");
    expect(sentences.map(({ text, blockIndex, blockKind }) => [text, blockIndex, blockKind])).toEqual([
      ["Title", 0, "heading"],
      ["One.", 1, "paragraph"],
      ["Two.", 1, "paragraph"],
      ["Item", 2, "paragraph"],
    ]);
  });

  it("leaves out the player, hidden text, screen-reader-only text and controls", () => {
    expect(
      texts(
        '<p>Seen.</p><section data-narration-skip=""><p>Player.</p></section><p hidden>Hidden.</p>' +
          '<p aria-hidden="true">Decor.</p><p>Shown <span class="visually-hidden">only to screen readers</span>here.</p><button>Press</button>',
      ),
    ).toEqual(["Seen.", "Shown here."]);
  });

  it("reads an image's text alternative with the template, and skips a decorative one", () => {
    expect(texts('<p>Before.</p><img alt="A lighthouse at night"><img alt=""><p>After.</p>')).toEqual(["Before.", "Image: A lighthouse at night", "After."]);
  });

  it("reads a table row as one block with its cells apart", () => {
    expect(texts("<table><tr><th>Loberti</th><td>loh-BAIR-tee</td></tr></table>")).toEqual(["Loberti, loh-BAIR-tee"]);
  });

  it("keeps a passage's language", () => {
    const { sentences } = read('<p lang="fr">Bonjour tout le monde.</p><p>Hello <span lang="fr">Saint-Malo</span>.</p>');
    expect(sentences.map((sentence) => sentence.lang)).toEqual(["fr", "en"]);
    expect(sentences[1]!.languageSpans).toEqual([{ lang: "fr", offset: 6, length: 10 }]);
  });

  it("maps a sentence and a word back to the text nodes they came from", () => {
    const { sentences, sources } = read("<p>First one. <em>Second</em> sentence.</p>");
    const second = sentences[1]!;
    expect(createSentenceRange(sources[second.blockIndex]!, second)?.toString()).toBe("Second sentence.");
    expect(createWordRange(sources[second.blockIndex]!, second, { start: 7, end: 15 })?.toString()).toBe("sentence");
  });
});
