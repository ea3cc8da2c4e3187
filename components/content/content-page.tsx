import type { ReactNode } from "react";
import type { Root } from "mdast";
import { NarrationPlayer } from "@/components/narration/narration-player";
import { loadContent } from "@/lib/content/load-content";
import { createLexicon } from "@/lib/narration/pronunciation-lexicon";
import { MarkdownBody } from "./markdown-body";

/**
 * The shape every page shares: one h1, the "Listen to this page" player, then the body, then
 * anything generated from other files.
 */
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
  const { strings, pronunciations } = loadContent();
  return (
    <article className="content-page">
      <h1>{title}</h1>
      {/* The respellings in content/pronunciations.json are written for English readers, the site's language. */}
      <NarrationPlayer strings={strings.narration} lexicon={createLexicon(pronunciations, "en")} siteName={strings.siteName} />
      {lead}
      <MarkdownBody tree={body} listenFromHereLabel={strings.narration.listenFromHere} />
      {children}
    </article>
  );
}
