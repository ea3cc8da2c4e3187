import { test } from "@playwright/test";
import { expectNoAxeViolations } from "./fixtures/axe";
import { contentRoutes, unknownPaths } from "./fixtures/routes";

for (const { route } of contentRoutes) {
  test(`axe finds no violation on ${route}`, { tag: ["@wcag-1.1.1", "@wcag-1.3.1", "@wcag-1.4.3", "@wcag-1.4.6", "@wcag-4.1.2"] }, async ({ page }) => {
    await page.goto(route);
    await expectNoAxeViolations(page, route);
  });
}

for (const path of unknownPaths) {
  test(`axe finds no violation on the 404 page at ${path}`, { tag: ["@wcag-1.1.1", "@wcag-1.3.1", "@wcag-1.4.3", "@wcag-1.4.6", "@wcag-4.1.2"] }, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page, path);
  });
}
