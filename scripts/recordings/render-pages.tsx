/**
 * Renders each route's page component to HTML outside Next.js, so the build can read the text
 * the live narrator will read before `next build` runs. Bundled by render-pages-bundle.ts, which
 * swaps next/link and next/navigation for the stand-ins in next-stand-ins.tsx.
 */
import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import CastMemberPage from "@/app/cast/[slug]/page";
import HomePage from "@/app/page";
import Page from "@/app/[...slug]/page";

const CAST_ROUTE = /^\/cast\/([^/]+)$/;

/** Mirrors the app/ tree: `/`, `/cast/<slug>`, and every other route through `[...slug]`. */
async function renderPage(route: string): Promise<ReactElement> {
  if (route === "/") return HomePage();
  const castSlug = CAST_ROUTE.exec(route)?.[1];
  if (castSlug) return CastMemberPage({ params: Promise.resolve({ slug: castSlug }) } as Parameters<typeof CastMemberPage>[0]);
  return Page({ params: Promise.resolve({ slug: route.slice(1).split("/") }) } as Parameters<typeof Page>[0]);
}

/** The HTML `<main>` holds on `route`, as the server renders it. */
export async function renderMainContent(route: string): Promise<string> {
  return renderToStaticMarkup(await renderPage(route));
}
