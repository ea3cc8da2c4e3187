import { ImageResponse } from "next/og";
import { loadContent } from "@/lib/content/load-content";
import { PODCAST_COVER_SIZE } from "@/lib/podcast/podcast-feed";

// Drawn once at build time, and into a static export.
export const dynamic = "force-static";

/** The podcast's cover art (itunes:image): the feed's title, light on dark, square. */
export function GET(): ImageResponse {
  const { coverText } = loadContent().strings.podcast;
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          alignItems: "center",
          justifyContent: "center",
          padding: 140,
          background: "#14213d",
          color: "#fdf6e3",
          fontSize: 128,
          lineHeight: 1.15,
          textAlign: "center",
        }}
      >
        {coverText}
      </div>
    ),
    { width: PODCAST_COVER_SIZE, height: PODCAST_COVER_SIZE },
  );
}
