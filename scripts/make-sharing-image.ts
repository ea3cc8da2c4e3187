// `npx tsx scripts/make-sharing-image.ts`: draws public/images/sharing-card.png, the picture link
// previews show for every page (Open Graph and Twitter cards), from the site's name and tagline in
// content/strings.json. Run it again after changing either, and update sharing.imageAlt to match.
import path from "node:path";
import { chromium } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { palettes } from "@/lib/settings/themes";
import { sharingImage } from "@/lib/sharing-metadata";
import { chromiumArgs, findChromium } from "./chromium.mjs";

const { siteName, siteTagline } = loadContent().strings;
const { background, text, link } = palettes.light;
const escape = (text: string) => text.replace(/[&<>"]/g, (character) => `&#${character.charCodeAt(0)};`);

const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
try {
  const page = await browser.newPage({ viewport: { width: sharingImage.width, height: sharingImage.height } });
  // The light theme's text and background colours, with room around the words for cropping.
  await page.setContent(`<!doctype html>
<html lang="en"><body style="margin:0;width:${sharingImage.width}px;height:${sharingImage.height}px;display:flex;flex-direction:column;justify-content:center;padding:0 96px;box-sizing:border-box;background:${background};color:${text};font-family:system-ui,sans-serif;border-bottom:24px solid ${link}">
<p style="margin:0;font-size:96px;font-weight:700">${escape(siteName)}</p>
<p style="margin:32px 0 0;font-size:48px;line-height:1.3">${escape(siteTagline)}</p>
</body></html>`);
  const file = path.join("public", sharingImage.path);
  await page.screenshot({ path: file });
  console.log(`Wrote ${file}`);
} finally {
  await browser.close();
}
