import type { Root } from "mdast";
import { toHast } from "mdast-util-to-hast";
import { toJsxRuntime } from "hast-util-to-jsx-runtime";
import Link from "next/link";
import type { ComponentProps } from "react";
import { Fragment, jsx, jsxs } from "react/jsx-runtime";

function ContentLink({ href = "", ...props }: ComponentProps<"a">) {
  return href.startsWith("/") ? <Link href={href} {...props} /> : <a href={href} {...props} />;
}

/** Renders a validated Markdown body; language directives were mapped to `lang` when parsed. */
export function MarkdownBody({ tree }: { tree: Root }) {
  return toJsxRuntime(toHast(tree), { Fragment, jsx, jsxs, components: { a: ContentLink } });
}
