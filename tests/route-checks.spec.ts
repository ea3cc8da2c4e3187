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
import { installFakeSpeech, waitForPlayerReady } from "./fixtures/fake-speech";
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

/**
 * Opens the route as a reader finds it once the player has its voices: the fake engine's arrive at
 * once, where a real engine's may arrive, or time out and redraw the player, mid-check.
 */
async function open(page: Page, route: string) {
  await installFakeSpeech(page);
  const response = await page.goto(route);
  if (!unknownPaths.includes(route)) await waitForPlayerReady(page);
  return response;
}

for (const { route, title } of routes) {
  test.describe(route, () => {
    test(
      "structure, axe, headings and landmarks, skip link and keyboard order",
      { tag: ["@wcag-1.1.1", "@wcag-1.3.1", "@wcag-2.1.1", "@wcag-2.1.2", "@wcag-2.4.1", "@wcag-2.4.2", "@wcag-2.4.3", "@wcag-2.4.6", "@wcag-2.4.7", "@wcag-2.4.11", "@wcag-2.4.13", "@wcag-3.1.1", "@wcag-4.1.2"] },
      async ({ page }) => {
        const response = await open(page, route);
        expect(response?.status()).toBe(unknownPaths.includes(route) ? 404 : 200);
        const structure = await findStructureProblems(page, title);
        expect(structure.problems, "structure").toEqual([]);
        if (descriptionByRoute.has(route)) expect(structure.description).toBe(descriptionByRoute.get(route));
        expect(await findAxeViolations(page), "axe").toEqual([]);
        expect(await findSkipLinkProblems(page, strings.skipLink), "skip link").toEqual([]);
        const sweep = await sweepFocus(page);
        expect(sweep.problems, "keyboard sweep").toEqual([]);
        expect(sweep.forward.length, "the sweep reached the page's controls").toBeGreaterThan(5);
      },
    );

    test(
      "at 320 CSS px: reflows under WCAG text spacing and at 200% text, targets big enough, focus never hidden",
      { tag: ["@wcag-1.4.4", "@wcag-1.4.10", "@wcag-1.4.12", "@wcag-2.4.11", "@wcag-2.5.8"] },
      async ({ page }) => {
        // 320 × 256 is 1280 × 1024 at 400% zoom, the size WCAG 1.4.10 names.
        await page.setViewportSize({ width: 320, height: 256 });
        await open(page, route);
        expect(await findNarrowScreenProblems(page), "reflow").toEqual([]);
        expect(await findAxeViolations(page, { rules: layoutRules }), "axe's layout rules at 200% text").toEqual([]);
        expect(await findFocusProblemsAtEveryStop(page), "focus at 200% text").toEqual([]);
      },
    );

    test(
      "contrast in every theme, and readable text and focus rings in forced colours",
      { tag: ["@wcag-1.4.3", "@wcag-1.4.6", "@wcag-1.4.11", "@wcag-2.4.7"] },
      async ({ page }) => {
        await open(page, route);
        expect(await findThemeColourProblems(page), "themes").toEqual([]);
        expect(await findForcedColoursProblems(page), "forced colours").toEqual([]);
      },
    );
  });
}
