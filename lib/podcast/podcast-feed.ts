/**
 * The podcast feed: RSS 2.0 (https://www.rssboard.org/rss-specification) with Apple's
 * podcast tags (https://help.apple.com/itc/podcasts_connect/#/itcb54353390) and the Podcast
 * Index's transcript tag (https://podcastindex.org/namespace/1.0#transcript). Written by hand:
 * the feed libraries on npm do not write podcast:transcript, and the XML is small.
 */
import type { Strings } from "@/content/schema";
import { recordingUrls, type Recording } from "@/lib/recordings/recordings-manifest";

export const PODCAST_PATH = "/podcast.xml";

/** The `<link rel="alternate">` to the feed every page has, as Next's metadata `alternates.types`. */
export function podcastFeedLink(strings: Pick<Strings, "podcast">) {
  return { "application/rss+xml": [{ url: PODCAST_PATH, title: strings.podcast.feedLinkTitle }] };
}
export const PODCAST_COVER_PATH = "/podcast-cover.png";
/** Apple asks for 1400 to 3000 pixels square. */
export const PODCAST_COVER_SIZE = 1400;

export interface Episode {
  readonly route: string;
  readonly title: string;
  readonly description: string;
  readonly recording: Recording;
}

export interface FeedInput {
  readonly siteUrl: URL;
  readonly language: string;
  readonly strings: Pick<Strings, "podcast" | "siteName">;
  readonly episodes: readonly Episode[];
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}

function element(name: string, text: string, attributes: Readonly<Record<string, string>> = {}): string {
  return `<${name}${attributeList(attributes)}>${escapeXml(text)}</${name}>`;
}

function emptyElement(name: string, attributes: Readonly<Record<string, string>>): string {
  return `<${name}${attributeList(attributes)}/>`;
}

function attributeList(attributes: Readonly<Record<string, string>>): string {
  return Object.entries(attributes)
    .map(([name, value]) => ` ${name}="${escapeXml(value)}"`)
    .join("");
}

/** RSS dates are RFC 822 (https://www.rssboard.org/rss-specification#ltpubdategtSubelementOfLtitemgt). */
function rfc822(isoDate: string): string {
  return new Date(`${isoDate}T00:00:00Z`).toUTCString();
}

export function buildPodcastFeed({ siteUrl, language, strings, episodes }: FeedInput): string {
  const { podcast } = strings;
  const absolute = (pathname: string) => new URL(pathname, siteUrl).href;
  const pubDate = rfc822(podcast.published);
  const items = episodes.map(({ route, title, description, recording }, index) => {
    const urls = recordingUrls(recording.key);
    return [
      "<item>",
      element("title", title),
      element("link", absolute(route)),
      element("description", description),
      // The page, not the recording: an episode stays the same episode when its page is re-recorded.
      element("guid", absolute(route), { isPermaLink: "true" }),
      element("pubDate", pubDate),
      emptyElement("enclosure", { url: absolute(urls.mp3), length: String(recording.mp3Bytes), type: "audio/mpeg" }),
      element("itunes:duration", String(Math.round(recording.durationSeconds))),
      element("itunes:episode", String(index + 1)),
      element("itunes:explicit", String(podcast.explicit)),
      emptyElement("podcast:transcript", { url: absolute(urls.captions), type: "text/vtt", rel: "captions" }),
      "</item>",
    ].join("\n");
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:itunes="http://www.itunes.com/dtds/podcast-1.0.dtd" xmlns:podcast="https://podcastindex.org/namespace/1.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    "<channel>",
    element("title", podcast.title),
    element("link", absolute("/")),
    element("description", podcast.description),
    element("language", language),
    emptyElement("atom:link", { href: absolute(PODCAST_PATH), rel: "self", type: "application/rss+xml" }),
    element("itunes:author", podcast.author),
    emptyElement("itunes:image", { href: absolute(PODCAST_COVER_PATH) }),
    emptyElement("itunes:category", { text: podcast.category }),
    element("itunes:explicit", String(podcast.explicit)),
    element("itunes:type", "episodic"),
    ...items,
    "</channel>",
    "</rss>",
    "",
  ].join("\n");
}
