/**
 * Where each page's full Content-Security-Policy is served from: header rules for `next start`
 * (written into the build's routes manifest) and the `_headers` file of the static export
 * (the format Netlify and Cloudflare Pages read).
 */
import { baselineContentSecurityPolicy, contentSecurityPolicy, securityHeaders } from "./security-headers.js";
import { notFoundPage } from "./inline-script-hashes";

export interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

const cspKey = "Content-Security-Policy";

/** Routes are plain paths; anything path-to-regexp would read as a pattern is refused. */
function literalSource(route: string) {
  if (!/^\/[A-Za-z0-9/._-]*$/.test(route)) throw new Error(`Route ${route}: not a plain path, cannot carry its own policy`);
  return route;
}

/**
 * Rules to append to the build's header rules. Next.js applies every matching rule in order and
 * a later value replaces an earlier one, so the 404 page's policy goes on every path first, and
 * each route's own policy after it.
 */
export function nextHeaderRules(hashesByRoute: ReadonlyMap<string, readonly string[]>): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const [route, hashes] of hashesByRoute) {
    const rule = { source: route === notFoundPage ? "/:path*" : literalSource(route), headers: [{ key: cspKey, value: contentSecurityPolicy(hashes) }] };
    if (route === notFoundPage) rules.unshift(rule);
    else rules.push(rule);
  }
  return rules;
}

/** Whether a header rule is one `nextHeaderRules` wrote, so writing them again replaces them. */
export function isScriptPolicyRule(rule: HeaderRule) {
  return rule.headers.length === 1 && rule.headers[0]!.key === cspKey && rule.headers[0]!.value.includes("script-src");
}

/**
 * The `_headers` file. Hosts differ when two rules set one header: Netlify keeps the later rule's
 * value, Cloudflare Pages joins both, which a browser enforces as two policies. So `/*` carries
 * only the baseline policy, which restricts no script and leaves each route's policy in charge
 * either way. The 404 page, served at any path, carries its script policy in a <meta> tag
 * instead (see `notFoundPolicyMeta`).
 */
export function formatHeadersFile(hashesByRoute: ReadonlyMap<string, readonly string[]>): string {
  const block = (source: string, headers: { key: string; value: string }[]) =>
    [source, ...headers.map(({ key, value }) => `  ${key}: ${value}`)].join("\n");
  const blocks = [block("/*", [...securityHeaders, { key: cspKey, value: baselineContentSecurityPolicy }])];
  for (const [route, hashes] of hashesByRoute) {
    if (route !== notFoundPage) blocks.push(block(literalSource(route), [{ key: cspKey, value: contentSecurityPolicy(hashes) }]));
  }
  return `${blocks.join("\n\n")}\n`;
}

/**
 * The 404 page's script policy as a <meta> tag, placed first in its <head> so it applies before
 * any script. A <meta> policy cannot say frame-ancestors, which the `/*` header carries.
 */
export function notFoundPolicyMeta(hashes: readonly string[]) {
  const policy = contentSecurityPolicy(hashes).split("; ").filter((directive) => !directive.startsWith("frame-ancestors")).join("; ");
  return `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
}
