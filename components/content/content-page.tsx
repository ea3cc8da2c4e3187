import type { ReactNode } from "react";
import type { Root } from "mdast";
import { MarkdownBody } from "./markdown-body";

/** The shape every page shares: one h1, then the body, then anything generated from other files. */
export function ContentPage({
  title,
  lead,
  body,
  children,
}: {
  title: ReactNode;
  /** Generated facts shown between the title and the body. */
  lead?: ReactNode;
  body: Root;
  children?: ReactNode;
}) {
  return (
    <article className="content-page">
      <h1>{title}</h1>
      {lead}
      <MarkdownBody tree={body} />
      {children}
    </article>
  );
}
