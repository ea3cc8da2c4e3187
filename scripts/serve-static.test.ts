import fs from "node:fs";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createStaticServer, parseHeadersFile } from "./serve-static.mjs";

const folder = fs.mkdtempSync(path.join(os.tmpdir(), "serve-static-"));
let server: ReturnType<typeof createStaticServer>;
let origin = "";

beforeAll(async () => {
  fs.mkdirSync(path.join(folder, "cast"));
  fs.writeFileSync(path.join(folder, "index.html"), "home");
  fs.writeFileSync(path.join(folder, "cast.html"), "cast list");
  fs.writeFileSync(path.join(folder, "cast/hugh-laurie.html"), "hugh laurie");
  fs.writeFileSync(path.join(folder, "404.html"), "not found");
  fs.writeFileSync(path.join(folder, "book.mp3"), "0123456789");
  fs.writeFileSync(path.join(folder, "_headers"), "/*\n  X-Frame-Options: DENY\n  Content-Security-Policy: frame-ancestors 'none'\n\n/cast\n  Content-Security-Policy: script-src 'self'\n");
  // _headers is read when the server is created, as a host reads it when the site is deployed.
  server = createStaticServer(folder);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(() => {
  server.close();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe("the static server", () => {
  it("serves clean URLs from .html files, a folder's name from its own file", async () => {
    for (const [url, text] of [["/", "home"], ["/cast", "cast list"], ["/cast/hugh-laurie", "hugh laurie"], ["/cast/hugh-laurie.html", "hugh laurie"]]) {
      const response = await fetch(`${origin}${url}`);
      expect([url, response.status, await response.text(), response.headers.get("content-type")]).toEqual([url, 200, text, "text/html; charset=utf-8"]);
    }
  });

  it("answers any other path, one outside the folder or _headers with the 404 page and status 404", async () => {
    for (const url of ["/no-such-page", "/../package.json", "/%2e%2e/%2e%2e/etc/passwd", "/_headers"]) {
      const response = await fetch(`${origin}${url}`);
      expect([url, response.status, await response.text()]).toEqual([url, 404, "not found"]);
    }
  });

  it("applies every matching rule of _headers, joining a header two rules set", async () => {
    const response = await fetch(`${origin}/cast`);
    expect(response.headers.get("x-frame-options")).toBe("DENY");
    expect(response.headers.get("content-security-policy")).toBe("frame-ancestors 'none', script-src 'self'");
    expect((await fetch(`${origin}/`)).headers.get("content-security-policy")).toBe("frame-ancestors 'none'");
  });

  it("answers a byte range with 206 and just those bytes", async () => {
    const response = await fetch(`${origin}/book.mp3`, { headers: { range: "bytes=2-5" } });
    expect([response.status, response.headers.get("content-range"), await response.text()]).toEqual([206, "bytes 2-5/10", "2345"]);
    const suffix = await fetch(`${origin}/book.mp3`, { headers: { range: "bytes=-3" } });
    expect(await suffix.text()).toBe("789");
    expect((await fetch(`${origin}/book.mp3`, { headers: { range: "bytes=20-" } })).status).toBe(416);
  });
});

describe("parseHeadersFile", () => {
  it("reads paths, splats and indented headers, and skips comments", () => {
    const rules = parseHeadersFile("# security\n/*\n  A: 1\n/cast/*\n  B: two: parts\n");
    expect(rules.map(({ headers }) => headers)).toEqual([[["A", "1"]], [["B", "two: parts"]]]);
    const matching = (url: string) => rules.filter(({ pattern }) => pattern.test(url)).length;
    expect([matching("/"), matching("/cast"), matching("/cast/"), matching("/cast/hugh-laurie"), matching("/castle")]).toEqual([1, 1, 2, 2, 1]);
  });
});
