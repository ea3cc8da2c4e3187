import { baselineContentSecurityPolicy, securityHeaders } from "./lib/security/security-headers.js";

/** `npm run export` (scripts/export-site.ts) builds with NEXT_EXPORT=1: a static site in out/. */
const isStaticExport = process.env.NEXT_EXPORT === "1";

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  ...(isStaticExport
    ? {
        output: "export",
        // `npm run build` type-checks the same code; checking it again would double the export's time.
        typescript: { ignoreBuildErrors: true },
      }
    : {
        // Not in the export, which has no server: scripts/export-site.ts writes out/_headers.
        // Each page's full Content-Security-Policy, with the hashes of its inline scripts, is added
        // after the build by scripts/apply-script-policy.ts; this is the part known beforehand.
        async headers() {
          return [
            {
              source: "/:path*",
              headers: [...securityHeaders, { key: "Content-Security-Policy", value: baselineContentSecurityPolicy }],
            },
          ];
        },
      }),
};

export default nextConfig;
