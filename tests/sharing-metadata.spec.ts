import { expect, test } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { sharingImage } from "@/lib/sharing-metadata";
import { contentRoutes } from "./fixtures/routes";

const { pages, cast, strings } = loadContent();
/** Each route's description, from its content file. */
const descriptionByRoute = new Map([...pages, ...cast].map((entry) => [entry.route, entry.description]));

/** The content of every `<meta>` in the page's head, by its property or name. */
function readHead(html: string) {
  const head = html.slice(0, html.indexOf("</head>"));
  const meta = new Map<string, string>();
  for (const [, key, value] of head.matchAll(/<meta (?:property|name)="([^"]+)" content="([^"]*)"/g)) meta.set(key!, decodeEntities(value!));
  const canonical = /<link rel="canonical" href="([^"]+)"/.exec(head)?.[1];
  const title = decodeEntities(/<title>([^<]*)<\/title>/.exec(head)?.[1] ?? "");
  return { meta, canonical, title };
}

const decodeEntities = (text: string) =>
  text.replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/&lt;/g, "<").replace(/&gt;/g, ">");

test("every page has a canonical address, and Open Graph and Twitter card tags from its content, with an image that exists", async ({ request }) => {
  for (const { route, title } of contentRoutes) {
    const response = await request.get(route);
    expect(response.status(), route).toBe(200);
    const { meta, canonical, title: documentTitle } = readHead(await response.text());
    expect(new URL(canonical ?? "", "http://x").pathname, `${route}: canonical`).toBe(route);
    for (const prefix of ["og", "twitter"]) {
      expect(meta.get(`${prefix}:title`), `${route}: ${prefix}:title`).toContain(title);
      expect(meta.get(`${prefix}:description`), `${route}: ${prefix}:description`).toBe(descriptionByRoute.get(route));
      expect(new URL(meta.get(`${prefix}:image`) ?? "", "http://x").pathname, `${route}: ${prefix}:image`).toBe(sharingImage.path);
      expect(meta.get(`${prefix}:image:alt`), `${route}: ${prefix}:image:alt`).toBe(strings.sharing.imageAlt);
    }
    expect(documentTitle, `${route}: <title>`).toContain(title);
    expect(meta.get("og:url") && new URL(meta.get("og:url")!).pathname, `${route}: og:url`).toBe(route);
    expect(meta.get("og:site_name")).toBe(strings.siteName);
    expect(meta.get("twitter:card")).toBe("summary_large_image");
  }
  const image = await request.get(sharingImage.path);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  // A PNG's width and height are the two big-endian numbers after its 16-byte signature and IHDR header.
  const header = await image.body();
  expect([header.readUInt32BE(16), header.readUInt32BE(20)]).toEqual([sharingImage.width, sharingImage.height]);
});
