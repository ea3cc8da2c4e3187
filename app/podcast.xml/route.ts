import { loadContent } from "@/lib/content/load-content";
import { buildPodcastFeed, type Episode } from "@/lib/podcast/podcast-feed";
import { recordedRoutes } from "@/lib/recordings/recorded-routes";
import { loadRecordings } from "@/lib/recordings/recordings-manifest";
import { siteUrl } from "@/lib/site-url";

// Written once at build time, and into a static export.
export const dynamic = "force-static";

export function GET(): Response {
  const content = loadContent();
  const recordings = loadRecordings()?.recordings ?? {};
  const descriptions = new Map([...content.pages, ...content.cast].map((page) => [page.route, page.description]));
  const episodes: Episode[] = recordedRoutes(content).flatMap(({ route, title }) => {
    const recording = recordings[route];
    return recording ? [{ route, title, description: descriptions.get(route) ?? title, recording }] : [];
  });
  const feed = buildPodcastFeed({ siteUrl, language: "en", strings: content.strings, episodes });
  return new Response(feed, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
