// `npm run export`: the whole site as static files in out/, for any static host or CDN, with
// out/_headers carrying each page's Content-Security-Policy and the other security headers.
//
// Next.js 16 builds an export through .next whatever distDir says (next/dist/export/utils.js,
// getBuildDistDir), which would replace the build `next start` serves. So the server build is
// moved aside for the export and put back after it. Do not run this while `next start` serves
// from this folder.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { collectScriptHashes, notFoundPage } from "@/lib/security/inline-script-hashes";
import { formatHeadersFile, notFoundPolicyMeta } from "@/lib/security/script-policy-routes";

const serverBuild = ".next";
const serverBuildAside = ".next-server-build";
const folder = "out";

if (fs.existsSync(serverBuildAside)) throw new Error(`${serverBuildAside} exists: an earlier export stopped midway; move it back to ${serverBuild} or delete it`);
const hadServerBuild = fs.existsSync(serverBuild);
if (hadServerBuild) fs.renameSync(serverBuild, serverBuildAside);
try {
  execFileSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_EXPORT: "1" } });
} finally {
  fs.rmSync(serverBuild, { recursive: true, force: true });
  if (hadServerBuild) fs.renameSync(serverBuildAside, serverBuild);
}

// The headers every page gets, and each page's own policy; the 404 page, served at any path no
// rule names, carries its script policy in its <head>.
const hashesByRoute = collectScriptHashes(folder);
fs.writeFileSync(`${folder}/_headers`, formatHeadersFile(hashesByRoute));
const notFoundFile = `${folder}/404.html`;
const notFoundHtml = fs.readFileSync(notFoundFile, "utf8");
if (!notFoundHtml.includes("<head>")) throw new Error(`${notFoundFile}: no <head> to put the script policy in`);
fs.writeFileSync(notFoundFile, notFoundHtml.replace("<head>", `<head>${notFoundPolicyMeta(hashesByRoute.get(notFoundPage)!)}`));

const files = fs.readdirSync(folder, { recursive: true, encoding: "utf8" }).filter((file) => fs.statSync(`${folder}/${file}`).isFile());
const bytes = files.reduce((sum, file) => sum + fs.statSync(`${folder}/${file}`).size, 0);
console.log(`Exported ${hashesByRoute.size} pages (${files.filter((file) => file.endsWith(".html")).length} HTML files, ${files.length} files, ${(bytes / 1024 / 1024).toFixed(1)} MiB) to ${folder}/, with ${folder}/_headers.`);
