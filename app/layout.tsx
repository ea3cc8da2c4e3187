import type { Metadata } from "next";
import type { ReactNode } from "react";
import { LiveAnnouncer } from "@/components/layout/live-announcer";
import { RouteFocus } from "@/components/layout/route-focus";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { SkipLink } from "@/components/layout/skip-link";
import { loadContent } from "@/lib/content/load-content";
import { siteUrl } from "@/lib/site-url";
import "./globals.css";

export function generateMetadata(): Metadata {
  const { siteName } = loadContent().strings;
  return {
    metadataBase: siteUrl,
    title: { template: `%s – ${siteName}`, default: siteName },
    applicationName: siteName,
  };
}

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
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
