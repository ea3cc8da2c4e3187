import { expect, test } from "@playwright/test";
import { sweepFocus } from "./fixtures/keyboard-sweep";
import { findHeadingAndLandmarkProblems } from "./fixtures/page-rules";
import { findReflowProblems, textSpacingCss } from "./fixtures/reflow";
import { contentRoutes } from "./fixtures/routes";

for (const { route } of contentRoutes) {
  test.describe(route, () => {
    test("keyboard sweep: every stop visible, unobscured, ringed, in order, never stuck", { tag: ["@wcag-2.1.1", "@wcag-2.1.2", "@wcag-2.4.3", "@wcag-2.4.7", "@wcag-2.4.11", "@wcag-2.4.13"] }, async ({ page }) => {
      await page.goto(route);
      const sweep = await sweepFocus(page);
      expect(sweep.problems).toEqual([]);
      expect(sweep.forward.length).toBeGreaterThan(5);
    });

    test("reflows at 320 CSS px (400% zoom) and keeps all text under WCAG text spacing", { tag: ["@wcag-1.4.10", "@wcag-1.4.12"] }, async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 256 });
      await page.goto(route);
      expect(await findReflowProblems(page)).toEqual([]);
      await page.addStyleTag({ content: textSpacingCss });
      expect(await findReflowProblems(page)).toEqual([]);
    });

    test("one h1, no skipped heading level, all content in uniquely labelled landmarks", { tag: ["@wcag-1.3.1", "@wcag-2.4.1", "@wcag-2.4.6"] }, async ({ page }) => {
      await page.goto(route);
      expect(await findHeadingAndLandmarkProblems(page)).toEqual([]);
    });
  });
}
