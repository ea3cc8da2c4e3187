/**
 * The security headers every response carries, shared by next.config.js (for `next start`) and
 * the static export's `_headers` file, so the two cannot drift.
 *
 * Plain JavaScript because next.config.js imports it and cannot import TypeScript.
 */

/** The site uses no camera, microphone, location, payment or sensor API; deny them all. */
const permissionsPolicy = [
  "accelerometer=()",
  "autoplay=()",
  "camera=()",
  "display-capture=()",
  "geolocation=()",
  "gyroscope=()",
  "magnetometer=()",
  "microphone=()",
  "payment=()",
  "usb=()",
].join(", ");

/**
 * The directives of the Content-Security-Policy that do not depend on a page's inline scripts.
 * The site has no <base>, no plugin content and no form that posts anywhere, and is never framed.
 */
const baselineDirectives = ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"];

/**
 * Sent on every response, before the build knows any script's hash: it restricts no script, so
 * a page still runs if the post-build step that adds the full policy has not run.
 */
export const baselineContentSecurityPolicy = baselineDirectives.join("; ");

/**
 * The full policy for a page whose inline scripts hash to `scriptHashes` ("sha256-…").
 *
 * script-src: the site's own files, and each inline script the page renders by its hash; no
 * 'unsafe-inline', no 'unsafe-eval'. style-src keeps 'unsafe-inline': the reading settings and
 * shortcuts dialogs are Radix Dialogs, whose scroll lock (react-remove-scroll-bar) writes a
 * <style> element at run time with the width of the reader's scroll bar, which no build can
 * hash. A style cannot run script.
 *
 * @param {readonly string[]} scriptHashes
 */
export function contentSecurityPolicy(scriptHashes) {
  const scriptSources = ["'self'", ...scriptHashes.map((hash) => `'${hash}'`)];
  return ["default-src 'self'", `script-src ${scriptSources.join(" ")}`, "style-src 'self' 'unsafe-inline'", ...baselineDirectives].join("; ");
}

/** Every header but the Content-Security-Policy, which differs by page. */
export const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: permissionsPolicy },
  // For browsers that predate CSP's frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];
