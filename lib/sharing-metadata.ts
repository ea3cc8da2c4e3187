import type { Metadata } from "next";
import type { Strings } from "@/content/schema";
import { podcastFeedLink } from "@/lib/podcast/podcast-feed";

/** The one picture link previews show, drawn by scripts/make-sharing-image.ts; its alt text is in content/strings.json. */
export const sharingImage = { path: "/images/sharing-card.png", width: 1200, height: 630 } as const;

/**
 * A page's canonical address and podcast feed link, and the Open Graph and Twitter card tags link previews are built
 * from, all from its content file. Next merges metadata one level deep, so each page gives whole
 * `openGraph` and `twitter` objects rather than adding to the layout's.
 */
export function sharingMetadata(
  { route, title, description }: { route: string; title: string; description: string },
  strings: Pick<Strings, "siteName" | "sharing" | "podcast">,
): Metadata {
  const image = { url: sharingImage.path, width: sharingImage.width, height: sharingImage.height, alt: strings.sharing.imageAlt };
  return {
    // Next replaces the layout's `alternates` with a page's, so the feed link is given again here.
    alternates: { canonical: route, types: podcastFeedLink(strings) },
    openGraph: { type: "website", locale: "en_GB", siteName: strings.siteName, url: route, title, description, images: [image] },
    twitter: { card: "summary_large_image", title, description, images: [image] },
  };
}
