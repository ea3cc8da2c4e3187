import { expect, test } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { goldenNameFor } from "./fixtures/golden-file";
import { contentRoutes } from "./fixtures/routes";

const { strings } = loadContent();

// The header and footer are the same on every page but for the current link: one snapshot each.
test("the header, main navigation and footer keep their names and roles", { tag: ["@wcag-4.1.2", "@wcag-2.4.8"] }, async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("banner")).toMatchAriaSnapshot({ name: "banner.aria.yml" });
  await expect(page.getByRole("navigation", { name: strings.mainNavigationLabel })).toMatchAriaSnapshot({ name: "main-navigation.aria.yml" });
  await expect(page.getByRole("contentinfo")).toMatchAriaSnapshot({ name: "footer.aria.yml" });
});

for (const { route } of contentRoutes) {
  test(`the main content of ${route} keeps its outline, names and roles`, { tag: ["@wcag-1.3.1", "@wcag-4.1.2"] }, async ({ page }) => {
    await page.goto(route);
    await expect(page.getByRole("main")).toMatchAriaSnapshot({ name: `main--${goldenNameFor(route)}.aria.yml` });
  });
}
