import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { Root } from "mdast";
import type { z } from "zod";
import {
  castFrontmatterSchema,
  conformanceResultsSchema,
  evaluationSchema,
  pageFrontmatterSchema,
  pronunciationsSchema,
  stringsSchema,
  wcagCriteriaSchema,
  type CastFrontmatter,
  type ConformanceResults,
  type PageFrontmatter,
  type Pronunciation,
  type Strings,
  type WcagCriterion,
} from "@/content/schema";
import { findEvidenceProblems, type EvaluationFile } from "@/lib/conformance/criterion-evidence";
import { parseMarkdownBody } from "./markdown";

export interface Page extends PageFrontmatter {
  /** Content file, relative to the project root, e.g. `content/pages/book.md`. */
  file: string;
  route: string;
  body: Root;
}

export interface CastMember extends CastFrontmatter {
  file: string;
  route: string;
  body: Root;
}

export interface Content {
  pages: Page[];
  cast: CastMember[];
  pronunciations: Pronunciation[];
  strings: Strings;
  /** Every WCAG 2.2 success criterion, with the site's conformance term and remarks. */
  criteria: WcagCriterion[];
  /** Manual evaluations from content/evaluations/, oldest first. */
  evaluations: EvaluationFile[];
  /** Written by a complete green test run (tests/reporters/conformance-reporter.ts), committed, shown at build. */
  conformanceResults: ConformanceResults;
  /** Every route of the site with its page title, in navigation order. */
  routes: { route: string; title: string }[];
}

/** Raised when content is invalid; `problems` has one `file: field: message` line each. */
export class ContentError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid content:\n${problems.join("\n")}`);
    this.name = "ContentError";
  }
}

/** Relative path (from the project root, `/`-separated) → file text. */
export type ContentFiles = Map<string, string>;

export const contentDirectory = "content";
const pagesDirectory = `${contentDirectory}/pages/`;
const castDirectory = `${contentDirectory}/cast/`;
const evaluationsDirectory = `${contentDirectory}/evaluations/`;
const stringsFile = `${contentDirectory}/strings.json`;
const pronunciationsFile = `${contentDirectory}/pronunciations.json`;
const criteriaFile = `${contentDirectory}/wcag-criteria.json`;
const conformanceResultsFile = `${contentDirectory}/conformance-results.json`;
const jsonFiles = new Set([stringsFile, pronunciationsFile, criteriaFile, conformanceResultsFile]);
/** Pages the layout links to from every page (home, and the footer's two links). */
const requiredPageFiles = ["index", "accessibility", "help"].map((name) => `${pagesDirectory}${name}.md`);

/**
 * gray-matter reads frontmatter in other languages than YAML after `---js`, `---json` or
 * `---coffee`, and runs a `---js` block as JavaScript (https://github.com/jonschlinkert/gray-matter#optionsengines),
 * so content could run code at build time. Frontmatter is YAML only: any other language is
 * reported, and its engines are replaced by ones that refuse, so none can run even if
 * gray-matter read a language where this check does not.
 */
const refusingEngines = Object.fromEntries(
  ["javascript", "json", "coffee"].map((language) => [
    language,
    () => {
      throw new Error(`${language} frontmatter is not allowed`);
    },
  ]),
);

function notYamlProblem(text: string) {
  const { name } = matter.language(text);
  return name && !["yaml", "yml"].includes(name.toLowerCase()) ? `"---${name}" is not allowed; frontmatter is YAML only` : undefined;
}

/** Reads every content file below `projectRoot/content`, except the schema module itself. */
export function readContentFiles(projectRoot: string): ContentFiles {
  const files: ContentFiles = new Map();
  const walk = (relativeDirectory: string) => {
    for (const entry of fs.readdirSync(path.join(projectRoot, relativeDirectory), { withFileTypes: true })) {
      const relativePath = `${relativeDirectory}/${entry.name}`;
      if (entry.isDirectory()) walk(relativePath);
      else if (!/\.tsx?$/.test(entry.name)) files.set(relativePath, fs.readFileSync(path.join(projectRoot, relativePath), "utf8"));
    }
  };
  walk(contentDirectory);
  return files;
}

/** Validates a whole content tree; returns the content or every problem found. */
export function parseContent(files: ContentFiles): { content?: Content; problems: string[] } {
  const problems: string[] = [];
  const linksToCheck: { file: string; href: string; line: number }[] = [];
  const pages: Page[] = [];
  const cast: CastMember[] = [];
  const evaluations: EvaluationFile[] = [];
  /** Routes named by file, kept even when a file is invalid, so links to it are not also reported. */
  const declaredRoutes = new Set<string>();

  const parseMarkdownFile = <Schema extends z.ZodType>(file: string, text: string, schema: Schema) => {
    const notYaml = notYamlProblem(text);
    if (notYaml) {
      problems.push(`${file}: frontmatter: ${notYaml}`);
      return undefined;
    }
    let parsed: matter.GrayMatterFile<string>;
    try {
      parsed = matter(text, { engines: refusingEngines });
    } catch (error) {
      problems.push(`${file}: frontmatter: ${firstLine(error)}`);
      return undefined;
    }
    const frontmatter = validate(file, parsed.data, schema, problems, "frontmatter");
    // gray-matter's content is the text after the frontmatter; count the lines before it.
    const bodyFirstLine = text.slice(0, text.length - parsed.content.length).split("\n").length;
    const body = parseMarkdownBody(parsed.content, bodyFirstLine);
    problems.push(...body.problems.map((problem) => `${file}: body: ${problem}`));
    linksToCheck.push(...body.internalLinks.map((link) => ({ file, ...link })));
    return frontmatter && { frontmatter, tree: body.tree };
  };

  for (const [file, text] of files) {
    if (jsonFiles.has(file)) continue;
    if (file.startsWith(evaluationsDirectory) && file.endsWith(".json")) {
      const evaluation = parseJsonFile(files, file, evaluationSchema, problems);
      if (evaluation) evaluations.push({ ...evaluation, file });
    } else if (!file.endsWith(".md")) {
      problems.push(`${file}: not a Markdown file; pages and cast members are .md files`);
    } else if (file.startsWith(pagesDirectory)) {
      // content/pages/index.md is "/", content/pages/a/b.md is "/a/b".
      const name = file.slice(pagesDirectory.length, -".md".length);
      const route = name === "index" ? "/" : `/${name}`;
      declaredRoutes.add(route);
      const parsed = parseMarkdownFile(file, text, pageFrontmatterSchema);
      if (parsed) pages.push({ ...parsed.frontmatter, file, route, body: parsed.tree });
    } else if (file.startsWith(castDirectory) && !file.slice(castDirectory.length).includes("/")) {
      const parsed = parseMarkdownFile(file, text, castFrontmatterSchema);
      if (parsed) cast.push({ ...parsed.frontmatter, file, route: `/cast/${parsed.frontmatter.slug}`, body: parsed.tree });
    } else {
      problems.push(`${file}: not a content location; use ${pagesDirectory}, ${castDirectory} or ${evaluationsDirectory}`);
    }
  }

  const strings = parseJsonFile(files, stringsFile, stringsSchema, problems);
  const pronunciations = parseJsonFile(files, pronunciationsFile, pronunciationsSchema, problems);
  const criteria = parseJsonFile(files, criteriaFile, wcagCriteriaSchema, problems);
  const conformanceResults = parseJsonFile(files, conformanceResultsFile, conformanceResultsSchema, problems);
  if (criteria) {
    reportDuplicates(criteria.criteria.map((criterion) => ({ ...criterion, file: criteriaFile })), (criterion) => criterion.id, () => "criteria.id", problems);
    const knownCriteria = new Set(criteria.criteria.map((criterion) => criterion.id));
    for (const id of Object.keys(conformanceResults?.criteria ?? {})) {
      if (!knownCriteria.has(id)) problems.push(`${conformanceResultsFile}: criteria.${id}: not described in ${criteriaFile}`);
    }
    if (conformanceResults) problems.push(...findEvidenceProblems(criteriaFile, criteria.criteria, conformanceResults, evaluations));
  }
  for (const file of requiredPageFiles) {
    if (!files.has(file)) problems.push(`${file}: missing: every page links to it`);
  }

  reportDuplicates(cast, (member) => member.slug, () => "slug", problems);
  // A cast member's actor name is its page title, so titles are unique across both kinds.
  reportDuplicates([...pages, ...cast], (entry) => ("actor" in entry ? entry.actor : entry.title), (entry) => ("actor" in entry ? "actor" : "title"), problems);
  reportDuplicates(
    pages.filter((page) => page.nav),
    (page) => String(page.nav?.order),
    () => "nav.order",
    problems,
  );

  pages.sort((a, b) => (a.nav?.order ?? Infinity) - (b.nav?.order ?? Infinity) || a.route.localeCompare(b.route));
  cast.sort((a, b) => a.order - b.order);
  evaluations.sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file));
  const routes = [
    ...pages.map((page) => ({ route: page.route, title: page.title })),
    ...cast.map((member) => ({ route: member.route, title: member.actor })),
  ];
  const knownRoutes = new Set([...declaredRoutes, ...routes.map(({ route }) => route)]);
  for (const link of linksToCheck) {
    const route = link.href.split(/[?#]/)[0] || "/";
    if (!knownRoutes.has(route)) problems.push(`${link.file}: body: line ${link.line}: link to "${link.href}" points to no page`);
  }

  if (problems.length > 0 || !strings || !pronunciations || !criteria || !conformanceResults) return { problems };
  return {
    content: { pages, cast, pronunciations: pronunciations.entries, strings, routes, criteria: criteria.criteria, evaluations, conformanceResults },
    problems,
  };
}

const contentByRoot = new Map<string, Content>();

/** The site's content, validated once per process; throws `ContentError` listing every problem. */
export function loadContent(projectRoot = process.cwd()): Content {
  const cached = contentByRoot.get(projectRoot);
  if (cached) return cached;
  const { content, problems } = parseContent(readContentFiles(projectRoot));
  if (!content) throw new ContentError(problems);
  contentByRoot.set(projectRoot, content);
  return content;
}

function parseJsonFile<Schema extends z.ZodType>(files: ContentFiles, file: string, schema: Schema, problems: string[]) {
  const text = files.get(file);
  if (text === undefined) {
    problems.push(`${file}: missing`);
    return undefined;
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    problems.push(`${file}: not valid JSON: ${firstLine(error)}`);
    return undefined;
  }
  return validate(file, data, schema, problems);
}

/** `wholeValueName` names the value itself when a problem has no field, e.g. "frontmatter". */
function validate<Schema extends z.ZodType>(file: string, data: unknown, schema: Schema, problems: string[], wholeValueName?: string) {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data as z.output<Schema>;
  for (const issue of result.error.issues) {
    const path = issue.path.join(".");
    const field = path || wholeValueName;
    const prefix = field ? `${file}: ${field}` : file;
    if (issue.code === "unrecognized_keys") {
      for (const key of issue.keys) problems.push(`${file}: ${path ? `${path}.` : ""}${key}: unknown field`);
    } else if (issue.code === "invalid_type" && issue.input === undefined) {
      problems.push(`${prefix}: required`);
    } else if (issue.code === "invalid_type") {
      problems.push(`${prefix}: expected ${issue.expected}`);
    } else {
      problems.push(`${prefix}: ${issue.message}`);
    }
  }
  return undefined;
}

function reportDuplicates<Entry extends { file: string }>(
  entries: Entry[],
  keyOf: (entry: Entry) => string,
  fieldOf: (entry: Entry) => string,
  problems: string[],
) {
  const firstFileByKey = new Map<string, string>();
  for (const entry of entries) {
    const key = keyOf(entry);
    const firstFile = firstFileByKey.get(key);
    if (firstFile) problems.push(`${entry.file}: ${fieldOf(entry)}: "${key}" is already used by ${firstFile}`);
    else firstFileByKey.set(key, entry.file);
  }
}

function firstLine(error: unknown) {
  return (error instanceof Error ? error.message : String(error)).split("\n")[0]!.replace(/:$/, "");
}

/** The page at `route`; the route must exist, as every route is declared at build time. */
export function findPage(route: string): Page {
  const page = loadContent().pages.find((candidate) => candidate.route === route);
  if (!page) throw new Error(`No content page for route ${route}`);
  return page;
}
