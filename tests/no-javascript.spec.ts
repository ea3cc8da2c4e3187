import { expect, test } from "@playwright/test";
import { toString } from "mdast-util-to-string";
import { loadContent } from "@/lib/content/load-content";

test.use({ javaScriptEnabled: false });

const { pages, cast } = loadContent();

for (const entry of [...pages, ...cast]) {
  const title = "actor" in entry ? entry.actor : entry.title;
  test(`${entry.route} reads fully without JavaScript`, async ({ page }) => {
    await page.goto(entry.route);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
    const mainText = (await page.locator("main").innerText()).replace(/\s+/g, " ");
    // Every paragraph of the content file is on the page, not only the first; an image's text
    // alternative is in its alt attribute, not in the text.
    for (const block of entry.body.children.filter((node) => node.type === "paragraph")) {
      expect(mainText).toContain(toString(block, { includeImageAlt: false }).replace(/\s+/g, " ").trim());
    }
  });
}
