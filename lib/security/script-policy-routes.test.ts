import { describe, expect, it } from "vitest";
import { notFoundPage } from "./inline-script-hashes";
import { formatHeadersFile, isScriptPolicyRule, nextHeaderRules, notFoundPolicyMeta } from "./script-policy-routes";
import { baselineContentSecurityPolicy, contentSecurityPolicy } from "./security-headers.js";

const hashesByRoute = new Map([
  ["/", ["sha256-home"]],
  [notFoundPage, ["sha256-missing"]],
  ["/cast/hugh-laurie", ["sha256-cast", "sha256-shared"]],
]);

describe("contentSecurityPolicy", () => {
  it("allows the site's files and the named inline scripts, and no inline script or eval otherwise", () => {
    const policy = contentSecurityPolicy(["sha256-a", "sha256-b"]);
    const scriptSrc = policy.split("; ").find((directive) => directive.startsWith("script-src"));
    expect(scriptSrc).toBe("script-src 'self' 'sha256-a' 'sha256-b'");
    expect(policy).not.toMatch(/unsafe-eval/);
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(policy.split("; ")).toContain(directive);
    }
  });

  it("restricts no script in the baseline, so it cannot block what a page's own policy allows", () => {
    expect(baselineContentSecurityPolicy).not.toMatch(/script-src|default-src/);
    expect(baselineContentSecurityPolicy).toContain("frame-ancestors 'none'");
  });
});

describe("nextHeaderRules", () => {
  it("puts the 404 page's policy on every path first, then each route's own, so the route's wins", () => {
    expect(nextHeaderRules(hashesByRoute)).toEqual([
      { source: "/:path*", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy(["sha256-missing"]) }] },
      { source: "/", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy(["sha256-home"]) }] },
      { source: "/cast/hugh-laurie", headers: [{ key: "Content-Security-Policy", value: contentSecurityPolicy(["sha256-cast", "sha256-shared"]) }] },
    ]);
  });

  it("refuses a route that path-to-regexp would read as a pattern", () => {
    expect(() => nextHeaderRules(new Map([["/cast/:slug", []]]))).toThrow("Route /cast/:slug: not a plain path");
  });

  it("recognises its own rules, so running the step twice replaces them", () => {
    expect(nextHeaderRules(hashesByRoute).every(isScriptPolicyRule)).toBe(true);
    expect(isScriptPolicyRule({ source: "/:path*", headers: [{ key: "Content-Security-Policy", value: baselineContentSecurityPolicy }] })).toBe(false);
  });
});

describe("formatHeadersFile", () => {
  it("writes the shared headers and baseline for every path, and each route's full policy", () => {
    const file = formatHeadersFile(hashesByRoute);
    const blocks = file.trimEnd().split("\n\n");
    expect(blocks[0]!.split("\n")).toEqual([
      "/*",
      "  X-Content-Type-Options: nosniff",
      "  Referrer-Policy: strict-origin-when-cross-origin",
      expect.stringMatching(/^ {2}Permissions-Policy: accelerometer=\(\), .*usb=\(\)$/),
      "  X-Frame-Options: DENY",
      `  Content-Security-Policy: ${baselineContentSecurityPolicy}`,
    ]);
    expect(blocks.slice(1)).toEqual([
      `/\n  Content-Security-Policy: ${contentSecurityPolicy(["sha256-home"])}`,
      `/cast/hugh-laurie\n  Content-Security-Policy: ${contentSecurityPolicy(["sha256-cast", "sha256-shared"])}`,
    ]);
    expect(file).not.toContain("interest-cohort");
  });

  it("gives the 404 page its script policy as a <meta> tag, without frame-ancestors, which a <meta> cannot carry", () => {
    const meta = notFoundPolicyMeta(["sha256-missing"]);
    expect(meta).toMatch(/^<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'sha256-missing'; [^"]*"\/>$/);
    expect(meta).not.toContain("frame-ancestors");
  });
});
