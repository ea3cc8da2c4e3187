// Each check of route-checks.spec.ts and states.spec.ts, run on a real page with one defect planted,
// must name that defect; the real pages pass the same checks. A defect planted by CSS is in the
// page from its first paint; one planted in the DOM is added once the page has settled.
import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { colourRules, findAxeViolations } from "./fixtures/axe";
import { findForcedColoursProblems, findThemeColourProblems } from "./fixtures/colours";
import { installFakeSpeech, waitForPlayerReady } from "./fixtures/fake-speech";
import { findFocusProblemsAtEveryStop, sweepFocus } from "./fixtures/keyboard-sweep";
import { findHeadingAndLandmarkProblems, findSkipLinkProblems } from "./fixtures/page-rules";
import { findNarrowScreenProblems, findReflowProblems } from "./fixtures/reflow";

const { strings } = loadContent();
const route = "/series";

async function openWithPlantedCss(page: Page, css = "", viewport = { width: 1280, height: 720 }) {
  await page.setViewportSize(viewport);
  await page.addInitScript((planted) => {
    document.addEventListener("DOMContentLoaded", () => document.head.append(Object.assign(document.createElement("style"), { textContent: planted })));
  }, css);
  await installFakeSpeech(page);
  await page.goto(route);
  await waitForPlayerReady(page);
}

test("contrast broken in one theme only: the theme colour check names that theme, and only it", async ({ page }) => {
  await openWithPlantedCss(page, ':root[data-theme="dark"] main p { color: #6a6a6a; }');
  expect(await findAxeViolations(page, { rules: colourRules }), "the default theme is untouched").toEqual([]);
  const problems = await findThemeColourProblems(page);
  expect(problems.length).toBeGreaterThan(0);
  for (const problem of problems) expect(problem).toMatch(/^dark theme: color-contrast/);
});

test("sideways scroll at 320 px only: the narrow-screen check names what sticks out", async ({ page }) => {
  const css = "@media (max-width: 400px) { main p:first-of-type { min-width: 420px; } }";
  await openWithPlantedCss(page, css);
  expect(await findReflowProblems(page), "nothing at desktop width").toEqual([]);
  await openWithPlantedCss(page, css, { width: 320, height: 256 });
  expect(await findNarrowScreenProblems(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^as it is: scrolls sideways: \d+px wide in 320px, past the edge: p /)]));
});

test("text clipped only under WCAG text spacing: the narrow-screen check names it under that stress", async ({ page }) => {
  await openWithPlantedCss(page, "", { width: 320, height: 256 });
  await page.locator("main article > p").first().evaluate((paragraph) => Object.assign((paragraph as HTMLElement).style, { height: `${(paragraph as HTMLElement).offsetHeight}px`, overflow: "hidden" }));
  const problems = await findNarrowScreenProblems(page);
  expect(problems.filter((problem) => problem.startsWith("as it is")), "it fits at normal spacing").toEqual([]);
  expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^with WCAG text spacing: p .*: content clipped/)]));
});

test("the focus ring removed: the keyboard sweep names each ringless stop", async ({ page }) => {
  await openWithPlantedCss(page, "main a:focus-visible { outline: none !important; box-shadow: none !important; }");
  const { problems } = await sweepFocus(page);
  expect(problems).toEqual(expect.arrayContaining([expect.stringMatching(/^a\[href="\/book"\] "about the novel and its prize": no focus ring \(outline-style none\)$/)]));
});

test("the focus ring removed in forced colours only: the forced-colours check names it", async ({ page }) => {
  await openWithPlantedCss(page, "@media (forced-colors: active) { button:focus-visible { outline: none !important; } }");
  expect((await sweepFocus(page)).problems, "rings are intact outside forced colours").toEqual([]);
  expect(await findForcedColoursProblems(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^forced colours, focus: button "Play": no focus ring \(outline-style none\)$/)]));
});

test("unreadable text in forced colours only: the forced-colours check names it", async ({ page }) => {
  await openWithPlantedCss(page, "@media (forced-colors: active) { main p { forced-color-adjust: none; color: #8a8a8a; background: #ffffff; } }");
  expect(await findThemeColourProblems(page), "every theme passes outside forced colours").toEqual([]);
  expect(await findForcedColoursProblems(page)).toEqual(expect.arrayContaining([expect.stringMatching(/^forced colours, text: p ".*": rgb\(138, 138, 138\) on rgb\(255, 255, 255\), 3\.\d\d:1, below 7:1$/)]));
});

test("focus hidden behind a bar at 320 px only: the narrow-screen focus check names what covers it", async ({ page }) => {
  await openWithPlantedCss(page, "@media (max-width: 400px) { .site-header { position: sticky; top: 0; z-index: 2; } }", { width: 320, height: 256 });
  expect(await findFocusProblemsAtEveryStop(page)).toEqual(expect.arrayContaining([expect.stringMatching(/: covered by (header|div|a|nav|p)/)]));
});

test("the playing bar without its scroll padding: the focus check names the bar over the focused element", async ({ page }) => {
  await openWithPlantedCss(page, "html { scroll-padding-bottom: 0 !important; }", { width: 390, height: 844 });
  await page.getByRole("button", { name: strings.narration.play, exact: true }).click();
  await expect(page.getByRole("button", { name: strings.narration.pause, exact: true })).toBeVisible();
  expect(await findFocusProblemsAtEveryStop(page)).toEqual(expect.arrayContaining([expect.stringMatching(/: covered by (div\.narration__bar|p\.narration__now|button)$/)]));
});

test("the skip link gone: the skip link check says the first stop is something else", async ({ page }) => {
  await openWithPlantedCss(page, ".skip-link { display: none; }");
  expect(await findSkipLinkProblems(page, strings.skipLink)).toEqual([`the first Tab stop is "Light Companion" (/), not the skip link "${strings.skipLink}" to #main`]);
});

test("the skip link pointing nowhere: the skip link check says focus does not reach main", async ({ page }) => {
  await openWithPlantedCss(page);
  await page.evaluate(() => document.querySelector("main")!.removeAttribute("tabindex"));
  await page.evaluate(() => document.querySelector("main")!.setAttribute("id", "content"));
  expect(await findSkipLinkProblems(page, strings.skipLink)).toEqual(expect.arrayContaining(["Enter on the skip link does not move focus to main"]));
});

test("an unnamed button: axe names it", async ({ page }) => {
  await openWithPlantedCss(page);
  await page.evaluate(() => {
    const icon = '<svg aria-hidden="true" width="24" height="24" viewBox="0 0 24 24"><circle cx="12" cy="12" r="10" /></svg>';
    document.querySelector(".narration__controls")!.insertAdjacentHTML("beforeend", `<button type="button">${icon}</button>`);
  });
  expect(await findAxeViolations(page)).toEqual([expect.stringMatching(/^button-name \(critical\)/)]);
});

test("a heading level skipped by a component: the heading rules name the heading and both levels", async ({ page }) => {
  await openWithPlantedCss(page);
  await page.evaluate(() => {
    const heading = document.querySelector(".narration__heading")!;
    heading.replaceWith(Object.assign(document.createElement("h4"), { id: heading.id, className: heading.className, textContent: heading.textContent }));
  });
  expect(await findHeadingAndLandmarkProblems(page)).toEqual([`heading "${strings.narration.heading}" is level 4 after level 1`]);
});

test("a keyboard trap: the sweep says where focus is stuck", async ({ page }) => {
  await openWithPlantedCss(page);
  await page.getByRole("button", { name: strings.narration.stop, exact: true }).evaluate((button) =>
    button.addEventListener("keydown", (event) => {
      if ((event as KeyboardEvent).key === "Tab") event.preventDefault();
    }),
  );
  expect((await sweepFocus(page)).problems).toEqual(expect.arrayContaining([`Tab: focus stuck on button "${strings.narration.stop}"`]));
});

test("focus sent round a loop of several controls: the sweep says it circles, and what Tab never reaches", async ({ page }) => {
  await openWithPlantedCss(page);
  await page.getByRole("button", { name: strings.narration.nextHeading, exact: true }).evaluate((button, play) =>
    button.addEventListener("keydown", (event) => {
      if ((event as KeyboardEvent).key !== "Tab" || (event as KeyboardEvent).shiftKey) return;
      event.preventDefault();
      [...document.querySelectorAll("button")].find((candidate) => candidate.textContent === play)!.focus();
    }), strings.narration.play);
  const { problems } = await sweepFocus(page);
  expect(problems).toEqual(expect.arrayContaining([`Tab: focus circles back to button "${strings.narration.play}" without reaching the end of the page`, 'a[href="/help"] "Help using this site" is in the Tab order but Tab never reaches it']));
});

test("two links that look alike are two stops, not a loop", async ({ page }) => {
  await openWithPlantedCss(page);
  await page.evaluate(() => {
    const link = document.querySelector('main p a[href="/book"]')!;
    link.after(" and ", link.cloneNode(true));
  });
  const { problems, forward } = await sweepFocus(page);
  expect(problems).toEqual([]);
  expect(forward.filter((stop) => stop.description === 'a[href="/book"] "about the novel and its prize"')).toHaveLength(2);
});
