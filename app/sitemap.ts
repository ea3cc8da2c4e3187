import type { MetadataRoute } from "next";
import { loadContent } from "@/lib/content/load-content";
import { siteUrl } from "@/lib/site-url";

export default function sitemap(): MetadataRoute.Sitemap {
  return loadContent().routes.map(({ route }) => ({ url: new URL(route, siteUrl).href }));
}
