import type { Root } from "mdast";
import type { Element, ElementContent, Root as HtmlRoot, RootContent } from "hast";
import { toHast } from "mdast-util-to-hast";
import { toJsxRuntime, type Components } from "hast-util-to-jsx-runtime";
import Link from "next/link";
import type { ComponentProps } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";
import { ListenFromHere } from "@/components/narration/listen-from-here";

function ContentLink({ href = "", ...props }: ComponentProps<"a">) {
  return href.startsWith("/") ? <Link href={href} {...props} /> : <a href={href} {...props} />;
}

/** A placeholder element, swapped for the ListenFromHere component when rendering. */
const LISTEN_FROM_HERE = "listen-from-here";

function textOf(node: RootContent | ElementContent): string {
  if (node.type === "text") return node.value;
  return "children" in node ? node.children.map(textOf).join("") : "";
}

/**
 * An image alone in its paragraph becomes a figure, and its Markdown title
 * (`![alt](src "description")`) its visible caption: a title attribute is shown only on hover
 * and read by few screen readers (https://www.tpgi.com/using-the-html-title-attribute-updated/).
 */
function toFigure(paragraph: Element): Element | null {
  const [image, ...rest] = paragraph.children.filter((child) => !(child.type === "text" && child.value.trim() === ""));
  if (rest.length > 0 || image?.type !== "element" || image.tagName !== "img") return null;
  const { title, ...properties } = image.properties;
  if (typeof title !== "string" || title.trim() === "") return null;
  return {
    type: "element",
    tagName: "figure",
    properties: {},
    children: [
      { ...image, properties },
      { type: "element", tagName: "figcaption", properties: {}, children: [{ type: "text", value: title }] },
    ],
  };
}

function enhance<Node extends HtmlRoot | Element>(node: Node, listenFromHereLabel: string): Node {
  const children = node.children.flatMap((child): (RootContent & ElementContent)[] => {
    if (child.type !== "element") return [child as RootContent & ElementContent];
    if (child.tagName === "h2") {
      const placeholder: Element = {
        type: "element",
        tagName: LISTEN_FROM_HERE,
        properties: { label: listenFromHereLabel, heading: textOf(child) },
        children: [],
      };
      return [enhance(child, listenFromHereLabel), placeholder];
    }
    if (child.tagName === "p") {
      const figure = toFigure(child);
      if (figure) return [figure];
    }
    return [enhance(child, listenFromHereLabel)];
  });
  return { ...node, children };
}

/**
 * Renders a validated Markdown body; language directives were mapped to `lang` when parsed.
 * Each section heading (h2) is followed by the narration player's "Listen from here" button.
 */
export function MarkdownBody({ tree, listenFromHereLabel }: { tree: Root; listenFromHereLabel: string }) {
  const components = { a: ContentLink, [LISTEN_FROM_HERE]: ListenFromHere } as Partial<Components>;
  // A Markdown root always becomes an HTML root.
  const html = toHast(tree) as HtmlRoot;
  return toJsxRuntime(enhance(html, listenFromHereLabel), { Fragment, jsx, jsxs, components });
}
