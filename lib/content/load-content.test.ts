import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Element, Nodes as HastNodes } from "hast";
import type { Nodes as MdastNodes } from "mdast";
import { toHast } from "mdast-util-to-hast";
import { afterAll, describe, expect, it } from "vitest";
import { ContentError, loadContent, parseContent, readContentFiles, type ContentFiles } from "./load-content";
import { parseMarkdownBody } from "./markdown";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
const brokenFixtures = path.join(projectRoot, "lib/content/fixtures/broken");

/**
 * Each folder in `fixtures/broken/` is one case. Its files sit at their project-relative path
 * (`content/cast/hofmann.md`, …) and replace or add to the real content tree; an optional
 * `remove.txt` lists project-relative paths (one a line, `#` for comments) deleted from it.
 * Every case holds exactly one defect, so each expectation is the loader's whole answer.
 * Body problems give `line N` counted from the top of the file, frontmatter included.
 */
const expectedProblems: Record<string, readonly unknown[]> = {
  // Frontmatter of cast files.
  "cast-missing-role": ["content/cast/hofmann.md: role: required"],
  "cast-unknown-field": ["content/cast/eidinger.md: colour: unknown field"],
  "cast-order-as-string": ["content/cast/hofmann.md: order: expected number"],
  "cast-invalid-slug": ["content/cast/hofmann.md: slug: must be lowercase words joined by hyphens"],
  "cast-invalid-yaml": [
    "content/cast/eidinger.md: frontmatter: incomplete explicit mapping pair; a key node is missed; or followed by a non-tabulated empty line at line 5, column 35",
  ],
  // Frontmatter is YAML only: gray-matter would run a ---js block (see load-content.ts).
  "frontmatter-javascript": ['content/cast/hofmann.md: frontmatter: "---js" is not allowed; frontmatter is YAML only'],
  "cast-summary-ends-with-full-stop": ["content/cast/eidinger.md: summary: must not end with a full stop: the cast list adds one"],
  "cast-duplicate-slug": ['content/cast/sutton.md: slug: "louis-hofmann" is already used by content/cast/hofmann.md'],

  // Frontmatter of pages.
  "page-nav-order-as-string": ["content/pages/index.md: nav.order: expected number"],
  "page-description-too-long": ["content/pages/index.md: description: must be at most 160 characters"],
  // The test run's results must only name criteria the report can describe.
  "results-for-undescribed-criterion": [
    "content/conformance-results.json: criteria.2.5.9: not described in content/wcag-criteria.json",
  ],
  // Every claim of the report needs evidence, and its term must be what its evidence found.
  "criterion-without-evidence": [
    "content/wcag-criteria.json: criteria.1: 1.2.1 has no evidence: no test in the latest run checks it and no file in content/evaluations/ records it",
  ],
  "criterion-term-contradicts-records": [
    'content/wcag-criteria.json: criteria.24.conformance: "Supports" for 1.4.9 is not what its records found ("Partially supports")',
  ],
  // Manual evaluation records.
  "evaluation-missing-date": ["content/evaluations/2026-12-04-extra.json: date: required"],
  "evaluation-record-unknown-result": [
    'content/evaluations/2026-12-04-extra.json: records.0.result: Invalid option: expected one of "Supports"|"Partially supports"|"Does not support"|"Not applicable"|"Not evaluated"',
  ],
  "evaluation-record-missing-notes": ["content/evaluations/2026-12-04-extra.json: records.0.notes: required"],
  "evaluation-record-unknown-criterion": ['content/evaluations/2026-12-04-extra.json: records.0.criterion: "1.4.14" is not in content/wcag-criteria.json'],
  "criteria-bad-id": ["content/wcag-criteria.json: criteria.0.id: must be a WCAG success criterion number such as 1.4.3"],
  "page-duplicate-title": ['content/pages/series.md: title: "About the series" is already used by content/pages/book.md'],
  "page-duplicate-nav-order": ['content/pages/ruffalo-and-marvel.md: nav.order: "6" is already used by content/pages/book.md'],

  // Markdown bodies.
  "page-empty-body": ["content/pages/pronunciation.md: body: empty"],
  "body-level-1-heading": [
    "content/pages/book.md: body: line 9: level 1 heading; the page title is the only level 1 heading",
  ],
  "body-skipped-heading-level": ["content/pages/featurette.md: body: line 17: level 4 heading skips level 3"],
  "body-image-without-alt": ["content/pages/featurette.md: body: line 17: image has no text alternative"],
  "body-link-to-missing-page": ['content/pages/series.md: body: line 13: link to "/the-book" points to no page'],
  "body-javascript-link": [
    'content/pages/series.md: body: line 13: link to "javascript:alert(document.cookie)": must be an http, https or mailto link, or a path on this site starting with /',
  ],
  "body-protocol-relative-link": [
    'content/pages/series.md: body: line 13: link to "//book.example": must be an http, https or mailto link, or a path on this site starting with /',
  ],
  "body-data-link-definition": [
    'content/pages/series.md: body: line 45: link to "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==": must be an http, https or mailto link, or a path on this site starting with /',
  ],
  "body-raw-html": [
    "content/pages/series.md: body: line 11: raw HTML is not allowed; use Markdown or a :span{lang} directive",
  ],
  "body-unknown-text-directive": [
    'content/pages/ruffalo-and-marvel.md: body: line 19: unknown directive ":shout"; use :span[text]{lang=fr} or :::div{lang=fr}',
  ],
  "body-unknown-leaf-directive": [
    'content/pages/featurette.md: body: line 17: unknown directive "::youtube"; use :span[text]{lang=fr} or :::div{lang=fr}',
  ],
  "body-span-without-lang": ['content/cast/laurie.md: body: line 23: ":span" needs a lang attribute'],
  "body-invalid-language-tag": ['content/cast/bailey.md: body: line 13: "fr_FR" is not a language tag'],

  // Files and locations.
  "pages-not-markdown": ["content/pages/notes.txt: not a Markdown file; pages and cast members are .md files"],
  "unknown-content-location": [
    "content/extras/trailer.md: not a content location; use content/pages/, content/cast/ or content/evaluations/",
  ],
  // Deleting a required page also breaks the home page's link to it; both are reported.
  "missing-required-page": [
    "content/pages/help.md: missing: every page links to it",
    'content/pages/accessibility.md: body: line 17: link to "/help" points to no page',
    'content/pages/index.md: body: line 32: link to "/help" points to no page',
  ],
  "missing-pronunciations-file": ["content/pronunciations.json: missing"],

  // JSON files.
  // The text after "not valid JSON:" is V8's own message, which differs between Node versions.
  "strings-invalid-json": [expect.stringMatching(/^content\/strings\.json: not valid JSON: .+ at position 1110\b/)],
  "strings-missing-field": ["content/strings.json: footer.helpLink: required"],
  "pronunciations-missing-language-tag": ["content/pronunciations.json: entries.2.languageTag: required"],
};

/** Every file below `directory`, as `/`-separated paths relative to it. */
function listFiles(directory: string, prefix = ""): string[] {
  return fs.readdirSync(path.join(directory, prefix), { withFileTypes: true }).flatMap((entry) => {
    const relativePath = prefix ? `${prefix}/${entry.name}` : entry.name;
    return entry.isDirectory() ? listFiles(directory, relativePath) : [relativePath];
  });
}

interface Fixture {
  overlay: Map<string, string>;
  removals: string[];
}

function readFixture(name: string): Fixture {
  const directory = path.join(brokenFixtures, name);
  const overlay = new Map<string, string>();
  let removals: string[] = [];
  for (const file of listFiles(directory)) {
    const text = fs.readFileSync(path.join(directory, file), "utf8");
    if (file === "remove.txt") {
      removals = text
        .split("\n")
        .map((line) => line.trim())
        .filter((line) => line !== "" && !line.startsWith("#"));
    } else {
      overlay.set(file, text);
    }
  }
  return { overlay, removals };
}

/** The real content tree with the fixture applied; a fresh map each time. */
function applyFixture({ overlay, removals }: Fixture): ContentFiles {
  const files = readContentFiles(projectRoot);
  for (const file of removals) files.delete(file);
  for (const [file, text] of overlay) files.set(file, text);
  return files;
}

function findElements(node: HastNodes, tagName: string): Element[] {
  const own = node.type === "element" && node.tagName === tagName ? [node] : [];
  const children = "children" in node ? node.children.flatMap((child) => findElements(child, tagName)) : [];
  return [...own, ...children];
}

// `loadContent` keeps the first successful load for the rest of the process, so its failure
// path is tested first, before anything in this file loads the real content successfully.
describe("loadContent", () => {
  let temporaryRoot: string | undefined;
  afterAll(() => {
    if (temporaryRoot) fs.rmSync(temporaryRoot, { recursive: true, force: true });
  });

  it("throws a ContentError that lists each problem on its own line", () => {
    temporaryRoot = fs.mkdtempSync(path.join(os.tmpdir(), "light-companion-content-"));
    fs.cpSync(path.join(projectRoot, "content"), path.join(temporaryRoot, "content"), { recursive: true });
    const hofmann = path.join(temporaryRoot, "content/cast/hofmann.md");
    fs.writeFileSync(hofmann, fs.readFileSync(hofmann, "utf8").replace("role: Werner Pfennig\n", ""));
    fs.rmSync(path.join(temporaryRoot, "content/pronunciations.json"));
    fs.writeFileSync(path.join(temporaryRoot, "content/pages/notes.txt"), "To do\n");

    const problems = [
      "content/cast/hofmann.md: role: required",
      "content/pages/notes.txt: not a Markdown file; pages and cast members are .md files",
      "content/pronunciations.json: missing",
    ];
    let thrown: unknown;
    try {
      loadContent(temporaryRoot);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentError);
    const error = thrown as ContentError;
    expect(error.name).toBe("ContentError");
    expect(error.problems).toEqual(problems);
    expect(error.message.split("\n")).toEqual(["Invalid content:", ...problems]);
  });

  it("loads the real content, then returns the same object on later calls", () => {
    const content = loadContent(projectRoot);
    expect(content.routes).toHaveLength(17);
    expect(loadContent(projectRoot)).toBe(content);
  });
});

describe("parseContent", () => {
  it("accepts the real content tree", () => {
    const { content, problems } = parseContent(readContentFiles(projectRoot));
    expect(problems).toEqual([]);
    if (!content) throw new Error("expected content");

    const routes = content.routes.map(({ route }) => route);
    expect(routes).toHaveLength(17);
    expect(new Set(routes).size).toBe(routes.length);
    expect(routes).toContain("/");
    expect(routes).toContain("/cast");
    expect(routes, "a page in a folder of content/pages is a nested route").toContain("/accessibility/report");
    const castSlugs = ["aria-mia-loberti", "mark-ruffalo", "hugh-laurie", "louis-hofmann", "lars-eidinger", "marion-bailey"];
    expect(routes.filter((route) => route.startsWith("/cast/"))).toEqual(castSlugs.map((slug) => `/cast/${slug}`));
    expect(routes.slice(0, content.pages.length)).toEqual(content.pages.map((page) => page.route));
    expect(content.pages).toHaveLength(11);
    expect(content.cast).toHaveLength(6);
    expect(content.pronunciations.length).toBeGreaterThan(0);
    expect(content.strings.footer.helpLink).not.toBe("");
  });

  it("has an expectation for every broken fixture, and a fixture for every expectation", () => {
    const onDisk = fs.readdirSync(brokenFixtures).sort();
    expect(onDisk).toEqual(Object.keys(expectedProblems).sort());
    expect(onDisk.length).toBeGreaterThanOrEqual(18);
  });

  it.each(Object.keys(expectedProblems))("fixture keeps to its own purpose: %s", (name) => {
    const { overlay, removals } = readFixture(name);
    const real = readContentFiles(projectRoot);
    expect(overlay.size + removals.length).toBeGreaterThan(0);
    for (const file of removals) expect(real.has(file), `${file} is not in the real tree`).toBe(true);
    for (const [file, text] of overlay) {
      expect(file.startsWith("content/"), `${file} is not below content/`).toBe(true);
      expect(text, `${file} is the same as the real file`).not.toBe(real.get(file));
    }
  });

  it.each(Object.entries(expectedProblems))("reports exactly the problem in %s", (name, problems) => {
    const result = parseContent(applyFixture(readFixture(name)));
    expect(result.problems).toEqual(problems);
    expect(result.content).toBeUndefined();
  });

  it("refuses frontmatter in any language but YAML without running it", () => {
    parseContent(applyFixture(readFixture("frontmatter-javascript")));
    const [, , javascript] = readFixture("frontmatter-javascript").overlay.get("content/cast/hofmann.md")!.match(/^(---js\n)([\s\S]*?)\n---/)!;
    for (const language of ["json", "coffee", "JavaScript"]) {
      const { problems } = parseContent(new Map([...readContentFiles(projectRoot), ["content/cast/hofmann.md", `---${language}\n${javascript}\n---\n\nBody.\n`]]));
      expect(problems[0]).toBe(`content/cast/hofmann.md: frontmatter: "---${language}" is not allowed; frontmatter is YAML only`);
    }
    expect((globalThis as { frontmatterWasEvaluated?: string }).frontmatterWasEvaluated).toBeUndefined();
  });

  it("turns lang directives into span and div elements with a lang attribute", () => {
    const { content } = parseContent(readContentFiles(projectRoot));
    const hofmann = content?.cast.find((member) => member.slug === "louis-hofmann");
    if (!hofmann) throw new Error("expected the Louis Hofmann page");

    const spans: MdastNodes[] = [];
    const collect = (node: MdastNodes) => {
      if (node.type === "textDirective") spans.push(node);
      if ("children" in node) node.children.forEach(collect);
    };
    collect(hofmann.body);
    expect(spans.length).toBeGreaterThan(0);
    for (const span of spans) expect(span.data).toEqual({ hName: "span", hProperties: { lang: expect.any(String) } });
    expect(findElements(toHast(hofmann.body), "span").map((span) => span.properties.lang)).toEqual(["de", "de", "fr", "de"]);

    const { tree, problems } = parseMarkdownBody(":::div{lang=fr}\nToutes les lumières.\n:::\n");
    expect(problems).toEqual([]);
    expect(tree.children[0]?.data).toEqual({ hName: "div", hProperties: { lang: "fr" } });
    const [div] = findElements(toHast(tree), "div");
    expect(div?.properties.lang).toBe("fr");
    expect(div?.children).toContainEqual(
      expect.objectContaining({
        tagName: "p",
        children: [expect.objectContaining({ type: "text", value: "Toutes les lumières." })],
      }),
    );
  });
});

describe("problems found in review", () => {
  it("reports body problems at the line of the file, not of the body", () => {
    // `# The book behind the series` is line 9 of book.md.
    const result = parseContent(applyFixture(readFixture("body-level-1-heading")));
    expect(result.problems).toEqual([
      "content/pages/book.md: body: line 9: level 1 heading; the page title is the only level 1 heading",
    ]);
  });

  it("checks reference-style links as well as inline ones", () => {
    const files = readContentFiles(projectRoot);
    const series = files.get("content/pages/series.md");
    files.set("content/pages/series.md", `${series}\nSee [the novel][novel].\n\n[novel]: /the-book\n`);
    expect(parseContent(files).problems).toEqual([
      expect.stringMatching(/^content\/pages\/series\.md: body: line \d+: link to "\/the-book" points to no page$/),
    ]);
  });

  it("rejects a well-formed tag that names no language", () => {
    const files = readContentFiles(projectRoot);
    const hofmann = files.get("content/cast/hofmann.md")!;
    files.set("content/cast/hofmann.md", hofmann.replace("roleLanguage: de", "roleLanguage: german"));
    expect(parseContent(files).problems).toEqual(["content/cast/hofmann.md: roleLanguage: must be a language tag such as fr or de"]);
  });

  it("names the actor field when an actor's name repeats a page title", () => {
    const files = readContentFiles(projectRoot);
    const hofmann = files.get("content/cast/hofmann.md")!;
    files.set("content/cast/hofmann.md", hofmann.replace("actor: Louis Hofmann", "actor: About the series"));
    expect(parseContent(files).problems).toEqual([
      'content/cast/hofmann.md: actor: "About the series" is already used by content/pages/series.md',
    ]);
  });

  it("does not report links to a page whose frontmatter is invalid, only the frontmatter", () => {
    const files = readContentFiles(projectRoot);
    const book = files.get("content/pages/book.md")!;
    files.set("content/pages/book.md", book.replace(/order: \d+/, 'order: "6"'));
    expect(parseContent(files).problems).toEqual(["content/pages/book.md: nav.order: expected number"]);
  });
});
