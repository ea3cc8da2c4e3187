import { describe, expect, it } from "vitest";
import { z } from "zod";
import { contentLink, isAllowedLink } from "@/content/schema";
import { parseMarkdownBody } from "./markdown";

describe("parseMarkdownBody", () => {
  it("accepts headings that go down one level at a time and back up", () => {
    const { problems } = parseMarkdownBody("## The role\n\n### Early life\n\nText.\n\n## Saying the names\n\nText.\n");
    expect(problems).toEqual([]);
  });

  it("reports a heading that skips a level, with its line", () => {
    const { problems } = parseMarkdownBody("## The role\n\n#### Early life\n\nText.\n");
    expect(problems).toEqual(["line 3: level 4 heading skips level 3"]);
  });

  it("reports a body that starts below level 2", () => {
    expect(parseMarkdownBody("### Too deep\n\nText.\n").problems).toEqual(["line 1: level 3 heading skips level 2"]);
  });

  it("collects root-relative links with their lines, and nothing else", () => {
    const markdown = [
      "## Find out more",
      "",
      "- [About the series](/series)",
      "- [Loberti](/cast/aria-mia-loberti#role) and [Netflix](https://www.netflix.com/)",
      "",
      "Back to [the top](#top) or [home](/).",
    ].join("\n");
    const { internalLinks, problems } = parseMarkdownBody(markdown);
    expect(problems).toEqual([]);
    expect(internalLinks).toEqual([
      { href: "/series", line: 3 },
      { href: "/cast/aria-mia-loberti#role", line: 4 },
      { href: "/", line: 6 },
    ]);
  });

  it("counts a body of link definitions only as empty", () => {
    expect(parseMarkdownBody("[series]: /series\n[book]: /book\n").problems).toEqual(["empty"]);
    expect(parseMarkdownBody("\n  \n").problems).toEqual(["empty"]);
  });

  it("reports an unknown directive without checking its lang", () => {
    expect(parseMarkdownBody("## Hi\n\n:shout[hi]{lang=fr}\n").problems).toEqual([
      'line 3: unknown directive ":shout"; use :span[text]{lang=fr} or :::div{lang=fr}',
    ]);
  });

  it("allows links to site paths, fragments, http, https and mailto, and nothing else", () => {
    for (const url of ["/", "/cast/hugh-laurie", "/book#prize", "#main", "https://www.netflix.com/", "HTTP://example.com", "mailto:someone@example.com"]) {
      expect(isAllowedLink(url), url).toBe(true);
    }
    const refused = ["javascript:alert(1)", "JavaScript:alert(1)", "java\tscript:alert(1)", " javascript:alert(1)", "data:text/html,x", "vbscript:x", "file:///etc/passwd", "//evil.example", "/\\evil.example", "book", "ftp://example.com"];
    for (const url of refused) expect(isAllowedLink(url), url).toBe(false);
  });

  it("gives a frontmatter link field the same rule and message", () => {
    const schema = z.strictObject({ source: contentLink });
    expect(schema.safeParse({ source: "https://www.netflix.com/" }).success).toBe(true);
    expect(schema.safeParse({ source: "javascript:alert(1)" }).error?.issues).toMatchObject([
      { path: ["source"], message: "must be an http, https or mailto link, or a path on this site starting with /" },
    ]);
  });

  it("reports a link or image whose scheme is not allowed, with its line", () => {
    const { problems, internalLinks } = parseMarkdownBody("## Links\n\n[x](javascript:void(0)) and ![a map](data:image/png;base64,AAAA)\n\n<vbscript:run>\n");
    const rule = "must be an http, https or mailto link, or a path on this site starting with /";
    expect(problems).toEqual([`line 3: link to "javascript:void(0)": ${rule}`, `line 3: image "data:image/png;base64,AAAA": ${rule}`, `line 5: link to "vbscript:run": ${rule}`]);
    expect(internalLinks).toEqual([]);
  });
});
