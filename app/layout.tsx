import type { Metadata } from "next";
import type { ReactNode } from "react";
import { LiveAnnouncer } from "@/components/layout/live-announcer";
import { RouteFocus } from "@/components/layout/route-focus";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { ReadingSettingsHead } from "@/components/settings/reading-settings-head";
import { loadContent } from "@/lib/content/load-content";
import { podcastFeedLink } from "@/lib/podcast/podcast-feed";
import { siteUrl } from "@/lib/site-url";
import "./globals.css";

export function generateMetadata(): Metadata {
  const { siteName, podcast } = loadContent().strings;
  return {
    metadataBase: siteUrl,
    title: { template: `%s – ${siteName}`, default: siteName },
    applicationName: siteName,
    alternates: { types: podcastFeedLink({ podcast }) },
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // The reading settings script sets data-* attributes on <html> before React hydrates, from
    // what this reader saved; the server cannot know them, so React must not warn that they
    // differ. This silences only <html>'s own attributes, not its children.
    <html lang="en" suppressHydrationWarning>
      <head>
        <ReadingSettingsHead />
      </head>
      <body>
        <LiveAnnouncer>
          <SkipLink />
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
          <RouteFocus />
        </LiveAnnouncer>
      </body>
    </html>
  );
}
