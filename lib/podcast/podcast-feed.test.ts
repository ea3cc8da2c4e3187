import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { buildPodcastFeed } from "./podcast-feed";

const strings = {
  siteName: "Light Companion",
  podcast: {
    title: "Pages & <voices>",
    description: "Every page read aloud.",
    feedLinkTitle: "Podcast",
    author: "Light Companion",
    category: "TV & Film",
    explicit: false,
    published: "2026-12-03",
    coverText: "Cover",
  },
};

const recording = { key: "0123456789abcdef", title: "Casting", durationSeconds: 76.89, sentenceCount: 20, webmBytes: 230314, mp3Bytes: 462156 };

function parse(xml: string) {
  return new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, parseAttributeValue: false }).parse(xml, true);
}

describe("buildPodcastFeed", () => {
  const xml = buildPodcastFeed({
    siteUrl: new URL("https://example.org"),
    language: "en",
    strings,
    episodes: [{ route: "/casting", title: "Finding Marie-Laure", description: "How the lead was cast.", recording }],
  });

  it("is well-formed XML whose channel carries the tags podcast directories require", () => {
    expect(XMLValidator.validate(xml)).toBe(true);
    const { rss } = parse(xml);
    expect(rss["@version"]).toBe("2.0");
    expect(rss["@xmlns:itunes"]).toBe("http://www.itunes.com/dtds/podcast-1.0.dtd");
    const channel = rss.channel;
    expect(channel.title).toBe("Pages & <voices>");
    expect(channel.language).toBe("en");
    expect(channel["itunes:image"]["@href"]).toBe("https://example.org/podcast-cover.png");
    expect(channel["itunes:category"]["@text"]).toBe("TV & Film");
    expect(channel["itunes:explicit"]).toBe("false");
    expect(channel["itunes:author"]).toBe("Light Companion");
  });

  it("gives each episode its MP3 with its length, a guid, an RFC 822 date, a duration and the transcript", () => {
    const item = parse(xml).rss.channel.item;
    expect(item.enclosure).toEqual({ "@url": "https://example.org/recordings/0123456789abcdef.mp3", "@length": "462156", "@type": "audio/mpeg" });
    expect(item.guid["#text"]).toBe("https://example.org/casting");
    expect(item.pubDate).toBe("Thu, 03 Dec 2026 00:00:00 GMT");
    expect(item["itunes:duration"]).toBe("77");
    expect(item["podcast:transcript"]).toEqual({ "@url": "https://example.org/recordings/0123456789abcdef.vtt", "@type": "text/vtt", "@rel": "captions" });
  });
});
