import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { collectScriptHashes, findInlineScripts, hashInlineScripts, hashScript, notFoundPage, routeOfHtmlFile } from "./inline-script-hashes";

const page = (scripts: string) => `<!DOCTYPE html><html><head>${scripts}</head><body><main><h1>Book</h1></main></body></html>`;

describe("findInlineScripts", () => {
  it("returns the text of every script without src, and skips external ones", () => {
    const html = page(
      '<script src="/_next/static/chunks/a.js" async=""></script><script>(self.__next_f=self.__next_f||[]).push([0])</script>' +
        '<script id="_R_">TURBOPACK.push(1)</script><script SRC="/b.js"></script><script type="application/ld+json">{"a":1}</script>',
    );
    expect(findInlineScripts(html)).toEqual(["(self.__next_f=self.__next_f||[]).push([0])", "TURBOPACK.push(1)", '{"a":1}']);
  });

  it("keeps a script's text exactly, entities and all, and normalises line breaks as the HTML parser does", () => {
    expect(findInlineScripts(page('<script>self.__next_f.push([1,"a &amp; \\u003cb"])\r\n</script>'))).toEqual(['self.__next_f.push([1,"a &amp; \\u003cb"])\n']);
  });
});

describe("hashScript", () => {
  it("gives the CSP hash source of the script's UTF-8 text, as a browser computes it", () => {
    // The example of CSP Level 3, 8.3 (https://www.w3.org/TR/CSP3/#hash-source): alert('Hello, world.');
    expect(hashScript("alert('Hello, world.');")).toBe("sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng=");
    expect(hashScript("é")).toBe(`sha256-${createHash("sha256").update(Buffer.from([0xc3, 0xa9])).digest("base64")}`);
  });

  it("lists each distinct script once, in page order", () => {
    expect(hashInlineScripts(page("<script>b()</script><script>a()</script><script>b()</script>"))).toEqual([hashScript("b()"), hashScript("a()")]);
  });
});

describe("routeOfHtmlFile", () => {
  it.each([
    ["index.html", "/"],
    ["book.html", "/book"],
    ["cast/hugh-laurie.html", "/cast/hugh-laurie"],
    ["accessibility/report.html", "/accessibility/report"],
    ["_not-found.html", notFoundPage],
    ["404.html", notFoundPage],
    ["_global-error.html", undefined],
    ["_next/static/x.html", undefined],
  ])("%s is served at %s", (file, route) => {
    expect(routeOfHtmlFile(file)).toBe(route);
  });
});

describe("collectScriptHashes", () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), "script-hashes-"));
  afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

  it("hashes every page below the folder by its route, and fails on a folder with no pages", () => {
    fs.mkdirSync(path.join(folder, "cast"));
    fs.writeFileSync(path.join(folder, "index.html"), page("<script>home()</script>"));
    fs.writeFileSync(path.join(folder, "cast/hugh-laurie.html"), page("<script>cast()</script>"));
    fs.writeFileSync(path.join(folder, "_not-found.html"), page("<script>missing()</script>"));
    fs.writeFileSync(path.join(folder, "_global-error.html"), page("<script>error()</script>"));
    expect(collectScriptHashes(folder)).toEqual(
      new Map([
        ["/", [hashScript("home()")]],
        [notFoundPage, [hashScript("missing()")]],
        ["/cast/hugh-laurie", [hashScript("cast()")]],
      ]),
    );
    expect(() => collectScriptHashes(path.join(folder, "cast"))).toThrow(/no prerendered home page or 404 page/);
  });
});
