import type { Nodes } from "mdast";
import { toString } from "mdast-util-to-string";
import { describe, expect, it } from "vitest";
import { languageDirectives } from "./markdown";
import { loadContent } from "./load-content";

const { pages, cast, pronunciations } = loadContent();

/** Text the content marks as another language than English: `:span[…]{lang=…}` and `:::div{lang=…}`. */
function findForeignText(node: Nodes): string[] {
  if ((node.type === "textDirective" || node.type === "containerDirective") && node.name === languageDirectives[node.type]) {
    const lang = node.attributes?.lang ?? "";
    if (!/^en\b/i.test(lang)) return [toString(node)];
  }
  return "children" in node ? node.children.flatMap((child) => findForeignText(child)) : [];
}

/**
 * Every name from another language the site shows, with the file it is in. Names start with a
 * capital; a word marked as German to show a sound, such as "ich", is not a name.
 */
const foreignNames = [
  ...[...pages, ...cast].flatMap(({ file, body }) => findForeignText(body).filter((text) => /^\p{Lu}/u.test(text)).map((text) => ({ file, text }))),
  ...cast.filter((member) => member.roleLanguage && !/^en\b/i.test(member.roleLanguage)).map(({ file, role }) => ({ file, text: role })),
];

/** What is left of `text` once every name with a record is taken out, longest first. */
function textWithoutRecordedNames(text: string) {
  const written = pronunciations.map((entry) => entry.written).sort((a, b) => b.length - a.length);
  return written.reduce((rest, name) => rest.replaceAll(name, " "), text).replace(/['’]s\b/g, "").trim();
}

describe("content/pronunciations.json", () => {
  it("has a record for every name the content marks as French, German or any other language", () => {
    expect(foreignNames.length).toBeGreaterThan(10);
    const missing = foreignNames.filter(({ text }) => textWithoutRecordedNames(text) !== "").map(({ file, text }) => `${file}: "${text}"`);
    expect(missing, "names with no record in content/pronunciations.json").toEqual([]);
  });

  it("lists no name the site does not use", () => {
    const allText = [...pages, ...cast].map(({ body }) => toString(body)).join("\n");
    const unused = pronunciations.filter(({ written }) => !allText.includes(written)).map(({ written }) => written);
    expect(unused).toEqual([]);
  });

  it("gives each name one record", () => {
    const written = pronunciations.map((entry) => entry.written);
    expect(written).toEqual([...new Set(written)]);
  });
});
