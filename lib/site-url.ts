/** The public origin, for absolute URLs in the sitemap and metadata; set SITE_URL when deploying. */
export const siteUrl = new URL(process.env.SITE_URL ?? "http://localhost:3000");
