import type { ReactNode } from "react";
import type { Root } from "mdast";
import { NarrationPlayer } from "@/components/narration/narration-player";
import { loadContent } from "@/lib/content/load-content";
import { createLexicon } from "@/lib/narration/pronunciation-lexicon";
import { isRecordedRoute } from "@/lib/recordings/recorded-routes";
import { findPageRecording } from "@/lib/recordings/recordings-manifest";
import { MarkdownBody } from "./markdown-body";

/** "light-companion-casting.mp3": the site and the page, rather than the recording's hash. */
function downloadName(route: string, siteName: string): string {
  const slug = (text: string) => text.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  return `${[slug(siteName), slug(route) || "home"].join("-")}.mp3`;
}

/**
 * The shape every page shares: one h1, the "Listen to this page" player, then the body, then
 * anything generated from other files.
 */
export function ContentPage({
  route,
  title,
  lead,
  body,
  children,
}: {
  /** The page's route, which names its recording. */
  route: string;
  title: ReactNode;
  /** Generated facts shown between the title and the body. */
  lead?: ReactNode;
  body: Root;
  children?: ReactNode;
}) {
  const content = loadContent();
  const { strings, pronunciations } = content;
  const isRecorded = isRecordedRoute(content, route);
  return (
    <article className="content-page">
      <h1>{title}</h1>
      {/* The respellings in content/pronunciations.json are written for English readers, the site's language. */}
      <NarrationPlayer
        strings={strings.narration}
        lexicon={createLexicon(pronunciations, "en")}
        siteName={strings.siteName}
        recording={isRecorded ? findPageRecording(route) : null}
        noRecordingReason={isRecorded ? undefined : strings.narration.recording.notRecorded}
        downloadName={downloadName(route, strings.siteName)}
      />
      {lead}
      <MarkdownBody tree={body} listenFromHereLabel={strings.narration.listenFromHere} />
      {children}
    </article>
  );
}
