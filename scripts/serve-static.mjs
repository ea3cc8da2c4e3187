// A plain static file server for the export in out/, as a CDN serves it: clean URLs (/book is
// book.html), the 404 page with status 404 for any other path, single byte ranges, and the
// headers of out/_headers (Cloudflare Pages' rules: every matching rule applies, and a header
// two rules set is joined with a comma). Nothing else: no rewrites, no content negotiation.
//
//   node scripts/serve-static.mjs [folder = out] [port = 3000]
import fs from "node:fs";
import http from "node:http";
import path from "node:path";

const contentTypes = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".xml": "application/xml",
  ".rss": "application/rss+xml",
  ".vtt": "text/vtt; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".woff": "font/woff",
  ".mp3": "audio/mpeg",
  ".ogg": "audio/ogg",
  ".opus": "audio/ogg",
  ".m4a": "audio/mp4",
};

/**
 * `_headers` as [pattern, headers] pairs. A pattern is a path where `*` matches anything,
 * including "/".
 * @param {string} text
 * @returns {{ pattern: RegExp, headers: [string, string][] }[]}
 */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split("\n")) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      const source = line.trim().replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*");
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
    } else {
      const separator = line.indexOf(":");
      rules.at(-1)?.headers.push([line.slice(0, separator).trim(), line.slice(separator + 1).trim()]);
    }
  }
  return rules;
}

/** The file a clean URL names: the path itself, then path.html, then path/index.html. */
function findFile(root, pathname) {
  // A path that starts with "/" normalises to one inside root: "/../x" is "/x".
  const base = path.join(root, path.normalize(decodeURIComponent(pathname)));
  const candidates = pathname.endsWith("/") ? [path.join(base, "index.html")] : [base, `${base}.html`, path.join(base, "index.html")];
  for (const candidate of candidates) {
    if (fs.statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
  }
  return undefined;
}

/**
 * @param {string} folder
 * @returns {http.Server}
 */
export function createStaticServer(folder) {
  const root = path.resolve(folder);
  const headersFile = path.join(root, "_headers");
  const rules = fs.existsSync(headersFile) ? parseHeadersFile(fs.readFileSync(headersFile, "utf8")) : [];

  return http.createServer((request, response) => {
    const { pathname } = new URL(request.url ?? "/", "http://localhost");
    let file = pathname === "/_headers" ? undefined : findFile(root, pathname);
    let status = 200;
    if (!file) {
      file = path.join(root, "404.html");
      status = 404;
    }
    const headers = new Map();
    for (const rule of rules) {
      if (!rule.pattern.test(pathname)) continue;
      for (const [name, value] of rule.headers) headers.set(name, headers.has(name) ? `${headers.get(name)}, ${value}` : value);
    }
    headers.set("Content-Type", contentTypes[path.extname(file)] ?? "application/octet-stream");
    headers.set("Accept-Ranges", "bytes");
    const size = fs.statSync(file).size;
    let start = 0;
    let end = size - 1;
    const range = status === 200 ? /^bytes=(\d*)-(\d*)$/.exec(request.headers.range ?? "") : null;
    if (range && (range[1] || range[2])) {
      start = range[1] ? Number(range[1]) : Math.max(0, size - Number(range[2]));
      end = range[1] && range[2] ? Math.min(Number(range[2]), size - 1) : size - 1;
      if (start > end) {
        response.writeHead(416, { "Content-Range": `bytes */${size}` }).end();
        return;
      }
      status = 206;
      headers.set("Content-Range", `bytes ${start}-${end}/${size}`);
    }
    headers.set("Content-Length", String(end - start + 1));
    response.writeHead(status, Object.fromEntries(headers));
    if (request.method === "HEAD") response.end();
    else fs.createReadStream(file, { start, end }).pipe(response);
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [folder = "out", port = "3000"] = process.argv.slice(2);
  if (!fs.existsSync(path.join(folder, "index.html"))) {
    console.error(`${folder}/index.html is missing: run \`npm run export\` first.`);
  }
  createStaticServer(folder).listen(Number(port), "127.0.0.1", () => console.log(`Serving ${folder}/ on http://127.0.0.1:${port}`));
}
