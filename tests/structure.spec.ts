import { expect, test } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { contentRoutes, unknownPaths } from "./fixtures/routes";

const { pages, strings } = loadContent();

// Each route's own structure (one h1, headings, landmarks, title, description, lang) is checked in
// route-checks.spec.ts; these are the rules across routes, and the 404.
test("every page has its own title", { tag: ["@wcag-2.4.2"] }, async ({ page }) => {
  const titles = [];
  for (const { route } of contentRoutes) {
    await page.goto(route);
    titles.push(await page.title());
  }
  expect(new Set(titles).size).toBe(titles.length);
});

test("the navigation marks the current page, and a cast page's section", { tag: ["@wcag-2.4.8"] }, async ({ page }) => {
  const navigation = page.getByRole("navigation", { name: strings.mainNavigationLabel });
  for (const navPage of pages.filter((candidate) => candidate.nav)) {
    await page.goto(navPage.route);
    await expect(navigation.locator('[aria-current="page"]')).toHaveText(navPage.nav!.label);
    await expect(navigation.locator("[aria-current]")).toHaveCount(1);
  }
  await page.goto(contentRoutes.find(({ route }) => route.startsWith("/cast/"))!.route);
  await expect(navigation.locator('[aria-current="true"]')).toHaveAttribute("href", "/cast");
});

test("the footer links to the accessibility statement", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: strings.footer.accessibilityLink }).click();
  await expect(page).toHaveURL(/\/accessibility$/);
});

for (const path of unknownPaths) {
  test(`${path} gets the accessible 404 page`, { tag: ["@static-export"] }, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(strings.notFound.title);
    expect(await page.title()).toContain(strings.notFound.title);
    await page.getByRole("link", { name: strings.notFound.homeLink }).click();
    await expect(page).toHaveURL(/\/$/);
  });
}

test("passages marked as another language render with lang", { tag: ["@wcag-3.1.2"] }, async ({ page }) => {
  await page.goto("/series");
  expect(await page.locator('main [lang="fr"]').count()).toBeGreaterThan(0);
  await page.goto("/pronunciation");
  await expect(page.getByRole("rowheader", { name: "Saint-Malo" })).toHaveAttribute("lang", "fr");
  await expect(page.getByRole("columnheader")).toHaveCount(3);
});

test("sitemap.xml lists every route and robots.txt points to it", { tag: ["@static-export"] }, async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  for (const { route } of contentRoutes) expect(sitemap).toContain(`<loc>${new URL(route, "http://localhost:3000").href}</loc>`);
  expect(sitemap.match(/<loc>/g)).toHaveLength(contentRoutes.length);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain("Sitemap: http://localhost:3000/sitemap.xml");
});

test("responses carry the security headers", { tag: ["@static-export"] }, async ({ request }) => {
  const headers = (await request.get("/")).headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["permissions-policy"]).toContain("microphone=()");
  expect(headers["permissions-policy"], "an obsolete feature name, which Chromium warns about").not.toContain("interest-cohort");
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["x-frame-options"]).toBe("DENY");
});
