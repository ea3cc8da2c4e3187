/**
 * The hashes of the inline scripts in each prerendered page, for a Content-Security-Policy that
 * names every script without nonces.
 *
 * Why hashes, computed after the build: every page is statically generated, and Next.js 16 puts
 * a nonce on its scripts only while rendering a request, which would make every page dynamic
 * (https://nextjs.org/docs/app/guides/content-security-policy). `experimental.sri` adds
 * `integrity` to the external chunks only, not to the inline scripts (the React Server
 * Components payload pushed to `self.__next_f`, Turbopack's bootstrap, and the reading settings
 * script). Those are fixed once a page is prerendered, so their hashes are too.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/** The key for the page served at every path no route matches. */
export const notFoundPage = "not-found";

/**
 * The text of each `<script>` without a `src`, as the browser hashes it. A script's text is raw
 * text in HTML (no entities, and it cannot contain `</script`), so the text between the tags is
 * exactly what the browser hashes, once line breaks are normalised as the HTML parser does.
 */
export function findInlineScripts(html: string): string[] {
  const scripts: string[] = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi)) {
    if (/\ssrc\s*=/i.test(match[1]!)) continue;
    scripts.push(match[2]!.replace(/\r\n?/g, "\n"));
  }
  return scripts;
}

/** A CSP hash source without its quotes, e.g. "sha256-…". */
export function hashScript(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

/** The distinct hashes of a page's inline scripts, in the order they first appear. */
export function hashInlineScripts(html: string): string[] {
  return [...new Set(findInlineScripts(html).map(hashScript))];
}

/**
 * The route an HTML file of the build is served at, `notFoundPage` for the 404 page, or
 * undefined for a file no URL serves (Next's `_global-error.html`). Paths are relative to the
 * folder of pages and use "/": "index.html" is "/", "cast/hugh-laurie.html" is "/cast/hugh-laurie".
 */
export function routeOfHtmlFile(relativePath: string): string | undefined {
  if (relativePath === "_not-found.html" || relativePath === "404.html") return notFoundPage;
  if (relativePath.split("/").some((part) => part.startsWith("_"))) return undefined;
  const route = `/${relativePath.replace(/\.html$/, "")}`;
  return route === "/index" ? "/" : route;
}

/**
 * Route → hashes of its inline scripts, for every HTML file below `directory`. Throws when the
 * folder holds no page, so a build laid out differently fails loudly instead of serving pages
 * without their policy.
 */
export function collectScriptHashes(directory: string): Map<string, string[]> {
  const hashesByRoute = new Map<string, string[]>();
  const files = fs.readdirSync(directory, { recursive: true, encoding: "utf8" });
  for (const file of files.map((name) => name.split(path.sep).join("/")).sort()) {
    if (!file.endsWith(".html")) continue;
    const route = routeOfHtmlFile(file);
    if (route) hashesByRoute.set(route, hashInlineScripts(fs.readFileSync(path.join(directory, file), "utf8")));
  }
  if (!hashesByRoute.has("/") || !hashesByRoute.has(notFoundPage)) {
    throw new Error(`${directory}: no prerendered home page or 404 page; is this a Next.js build's folder of pages?`);
  }
  return hashesByRoute;
}
