// Run by `npm run build` after `next build`: hashes the inline scripts of every prerendered page
// and adds each page's Content-Security-Policy to the header rules `next start` serves
// (lib/security/inline-script-hashes.ts explains why after the build).
import fs from "node:fs";
import { collectScriptHashes } from "@/lib/security/inline-script-hashes";
import { isScriptPolicyRule, nextHeaderRules, type HeaderRule } from "@/lib/security/script-policy-routes";

const manifestFile = ".next/routes-manifest.json";
const manifest = JSON.parse(fs.readFileSync(manifestFile, "utf8")) as { headers: HeaderRule[] };
const hashesByRoute = collectScriptHashes(".next/server/app");
manifest.headers = [...manifest.headers.filter((rule) => !isScriptPolicyRule(rule)), ...nextHeaderRules(hashesByRoute)];
fs.writeFileSync(manifestFile, JSON.stringify(manifest));
console.log(`Script policy: ${hashesByRoute.size} pages, ${new Set([...hashesByRoute.values()].flat()).size} inline script hashes.`);
