import type { MetadataRoute } from "next";
import { loadContent } from "@/lib/content/load-content";
import { siteUrl } from "@/lib/site-url";

// Built once at build time; `npm run export` (output: "export") requires it to be said.
export const dynamic = "force-static";

export default function sitemap(): MetadataRoute.Sitemap {
  return loadContent().routes.map(({ route }) => ({ url: new URL(route, siteUrl).href }));
}
