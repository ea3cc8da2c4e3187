import type { Root, RootContent, Nodes } from "mdast";
import remarkDirective from "remark-directive";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { allowedLinkMessage, isAllowedLink, languageTag } from "@/content/schema";

/** Directives content may use, and the HTML element each becomes. */
export const languageDirectives = { textDirective: "span", containerDirective: "div" } as const;

export interface ParsedBody {
  tree: Root;
  /** Root-relative links, kept so the loader can check each points at a page. */
  internalLinks: { href: string; line: number }[];
  problems: string[];
}

const parser = unified().use(remarkParse).use(remarkDirective);

/** `firstLine` is the body's line number in its file, so problems point at the right line. */
export function parseMarkdownBody(markdown: string, firstLine = 1): ParsedBody {
  const tree = parser.parse(markdown);
  const problems: string[] = [];
  const internalLinks: ParsedBody["internalLinks"] = [];

  if (!tree.children.some(hasVisibleContent)) problems.push("empty");

  // The page title is the h1, so bodies begin at level 2.
  let previousDepth = 1;
  visit(tree, (node) => {
    const line = (node.position?.start.line ?? 1) + firstLine - 1;
    const at = `line ${line}: `;
    switch (node.type) {
      case "heading":
        if (node.depth === 1) {
          problems.push(`${at}level 1 heading; the page title is the only level 1 heading`);
        } else if (node.depth > previousDepth + 1) {
          problems.push(`${at}level ${node.depth} heading skips level ${previousDepth + 1}`);
        }
        previousDepth = node.depth;
        break;
      case "image":
      case "imageReference":
        if (!node.alt?.trim()) problems.push(`${at}image has no text alternative`);
        if (node.type === "image" && !isAllowedLink(node.url)) problems.push(`${at}image "${node.url}": ${allowedLinkMessage}`);
        break;
      case "link":
      case "definition":
        if (!isAllowedLink(node.url)) problems.push(`${at}link to "${node.url}": ${allowedLinkMessage}`);
        else if (node.url.startsWith("/")) internalLinks.push({ href: node.url, line });
        break;
      case "html":
        problems.push(`${at}raw HTML is not allowed; use Markdown or a :span{lang} directive`);
        break;
      case "textDirective":
      case "containerDirective":
      case "leafDirective": {
        const expected = node.type === "leafDirective" ? undefined : languageDirectives[node.type];
        const marker = node.type === "textDirective" ? ":" : node.type === "leafDirective" ? "::" : ":::";
        if (node.name !== expected) {
          problems.push(`${at}unknown directive "${marker}${node.name}"; use :span[text]{lang=fr} or :::div{lang=fr}`);
          break;
        }
        const lang = node.attributes?.lang;
        if (!lang) problems.push(`${at}"${marker}${node.name}" needs a lang attribute`);
        else if (!languageTag.safeParse(lang).success) problems.push(`${at}"${lang}" is not a language tag`);
        else node.data = { hName: expected, hProperties: { lang } };
        break;
      }
    }
  });

  return { tree, internalLinks, problems };
}

function hasVisibleContent(node: RootContent): boolean {
  if (node.type === "definition") return false;
  if ("value" in node) return node.value.trim() !== "";
  return "children" in node && node.children.length > 0;
}

function visit(node: Nodes, visitor: (node: Nodes) => void) {
  visitor(node);
  if ("children" in node) for (const child of node.children) visit(child, visitor);
}
