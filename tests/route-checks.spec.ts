// Every check that can differ from one route to the next, run on every route, each where it can
// differ and nowhere else (the cuts, and the unit tests that keep them honest, are in
// tests/suite-assumptions.test.ts):
//   - names, roles, structure, headings, landmarks, skip link, keyboard order: once, at desktop width
//     in the default theme, since no theme or width changes them;
//   - reflow, text spacing, 200% text, targets and focus not obscured: at 320 CSS px (2.4.11 asks
//     that nothing the page draws hides the focused element: both sweeps look at what is drawn on
//     top of each stop, so a sticky or fixed bar is allowed wherever it covers no focus; the
//     player's bar while it plays is checked in tests/player-layout.spec.ts);
//   - contrast: axe's colour rules in each theme, and the painted colours in forced colours.
// Each check is proven to catch its breakage in tests/route-checks-catch-breakage.spec.ts.
import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { findAxeViolations, layoutRules } from "./fixtures/axe";
import { openWithVoices } from "./fixtures/fake-speech";
import { findForcedColoursProblems, findThemeColourProblems } from "./fixtures/colours";
import { findFocusProblemsAtEveryStop, sweepFocus } from "./fixtures/keyboard-sweep";
import { findHeadingAndLandmarkProblems, findSkipLinkProblems } from "./fixtures/page-rules";
import { findNarrowScreenProblems } from "./fixtures/reflow";
import { contentRoutes, unknownPaths } from "./fixtures/routes";

const { pages, cast, strings } = loadContent();
const descriptionByRoute = new Map([...pages, ...cast].map((entry) => [entry.route, entry.description]));
const routes = [...contentRoutes, { route: unknownPaths[0]!, title: strings.notFound.title }];

/** What WCAG's structural rules ask of any page; a 404 is held to them as much as any route. */
async function findStructureProblems(page: Page, title: string) {
  const problems = await findHeadingAndLandmarkProblems(page);
  const facts = await page.evaluate(() => ({
    lang: document.documentElement.lang,
    h1: document.querySelector("h1")?.textContent?.trim(),
    mainId: document.querySelector("main")?.id,
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.getAttribute("content"),
  }));
  if (facts.lang !== "en") problems.push(`<html lang="${facts.lang}">, not "en"`);
  if (facts.h1 !== title) problems.push(`the h1 is "${facts.h1}", not the title "${title}"`);
  if (facts.mainId !== "main") problems.push("main is not #main, the skip link's target");
  if (!facts.title.includes(title)) problems.push(`the document title "${facts.title}" does not name the page`);
  return { problems, description: facts.description };
}

for (const { route, title } of routes) {
  // One test per route, on one page load: the checks leave the page as they found it (theme,
  // forced colours) or come last (the narrow screen), so each sees the page a reader would.
  // Soft assertions let one run report every kind of problem a route has.
  test(
    `${route}: structure, axe, skip link and keyboard order; contrast in every theme and forced colours; reflow at 320 CSS px`,
    {
      tag: [
        ...["1.1.1", "1.3.1", "2.1.1", "2.1.2", "2.4.1", "2.4.2", "2.4.3", "2.4.6", "2.4.7", "2.4.11", "2.4.13", "3.1.1", "4.1.2"],
        ...["1.4.3", "1.4.6", "1.4.11"],
        ...["1.4.4", "1.4.10", "1.4.12", "2.5.8"],
      ].map((criterion) => `@wcag-${criterion}`),
    },
    async ({ page }) => {
      const response = await openWithVoices(page, route);
      expect(response?.status()).toBe(unknownPaths.includes(route) ? 404 : 200);

      await test.step("structure, axe, headings and landmarks, skip link and keyboard order, at desktop width in the default theme", async () => {
        const structure = await findStructureProblems(page, title);
        expect.soft(structure.problems, "structure").toEqual([]);
        if (descriptionByRoute.has(route)) expect.soft(structure.description).toBe(descriptionByRoute.get(route));
        expect.soft(await findAxeViolations(page), "axe").toEqual([]);
        expect.soft(await findSkipLinkProblems(page, strings.skipLink), "skip link").toEqual([]);
        const sweep = await sweepFocus(page);
        expect.soft(sweep.problems, "keyboard sweep").toEqual([]);
        expect.soft(sweep.forward.length, "the sweep reached the page's controls").toBeGreaterThan(5);
      });

      await test.step("contrast in every theme, and readable text and focus rings in forced colours", async () => {
        expect.soft(await findThemeColourProblems(page), "themes").toEqual([]);
        expect.soft(await findForcedColoursProblems(page), "forced colours").toEqual([]);
      });

      await test.step("at 320 CSS px: reflows under WCAG text spacing and at 200% text, targets big enough, focus never hidden", async () => {
        // 320 × 256 is 1280 × 1024 at 400% zoom, the size WCAG 1.4.10 names; zooming resizes the
        // page a reader already has open, as this does.
        await page.setViewportSize({ width: 320, height: 256 });
        expect.soft(await findNarrowScreenProblems(page), "reflow").toEqual([]);
        expect.soft(await findAxeViolations(page, { rules: layoutRules }), "axe's layout rules at 200% text").toEqual([]);
        expect.soft(await findFocusProblemsAtEveryStop(page), "focus at 200% text").toEqual([]);
      });
    },
  );
}
