// The states a reader can put a page in, each checked where it can differ: the player playing on
// one route of each template (its highlight sits over the template's own markup), and the two
// dialogs, which are the same on every page, once. Each state gets the full axe rules once, axe's
// colour rules in every theme, and the forced-colours checks.
import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { contrastRatio, minimumNonTextContrast } from "@/lib/settings/contrast";
import { findAxeViolations } from "./fixtures/axe";
import { findForcedColoursProblems, findThemeColourProblems } from "./fixtures/colours";
import { installFakeSpeech, waitForPlayerReady } from "./fixtures/fake-speech";
import { openSettingsDialog } from "./fixtures/reading-settings";
import { findReflowProblems, largestTextAndWidestSpacing, applySettingAttributes } from "./fixtures/reflow";
import { templateRoutes } from "./fixtures/routes";

const { narration } = loadContent().strings;

async function findStateProblems(page: Page) {
  return {
    axe: await findAxeViolations(page),
    themes: await findThemeColourProblems(page),
    forcedColours: await findForcedColoursProblems(page),
  };
}
const noProblems = { axe: [], themes: [], forcedColours: [] };

for (const route of templateRoutes) {
  test(`${route} while the player plays, highlight shown: axe, every theme, forced colours`, { tag: ["@wcag-1.4.3", "@wcag-1.4.6", "@wcag-1.4.11", "@wcag-4.1.2"] }, async ({ page }) => {
    await installFakeSpeech(page);
    await page.goto(route);
    await waitForPlayerReady(page);
    await page.getByRole("button", { name: narration.play, exact: true }).click();
    await expect(page.getByRole("button", { name: narration.pause, exact: true })).toBeVisible();
    expect(await page.evaluate(() => CSS.highlights.size), "the read-along highlight is drawn").toBeGreaterThan(0);
    expect(await findStateProblems(page)).toEqual(noProblems);
  });
}

test("with the Reading settings dialog open: axe, every theme, forced colours", { tag: ["@wcag-1.4.3", "@wcag-1.4.6", "@wcag-1.4.11", "@wcag-4.1.2"] }, async ({ page }) => {
  await page.goto("/");
  await openSettingsDialog(page);
  expect(await findStateProblems(page)).toEqual(noProblems);
});

test("with the keyboard shortcuts dialog open: axe, every theme, forced colours", { tag: ["@wcag-1.4.3", "@wcag-1.4.6", "@wcag-1.4.11", "@wcag-4.1.2"] }, async ({ page }) => {
  await installFakeSpeech(page);
  await page.goto("/");
  await page.getByRole("button", { name: narration.shortcutsButton }).click();
  const dialog = page.getByRole("dialog", { name: narration.shortcutsDialog.title });
  await expect(dialog).toBeVisible();
  await dialog.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
  expect(await findStateProblems(page)).toEqual(noProblems);
});

test("the Reading settings dialog fits a 320px screen at 200% text with the widest spacing, scrolling only up and down", { tag: ["@wcag-1.4.10"] }, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/");
  await applySettingAttributes(page, largestTextAndWidestSpacing);
  const dialog = await openSettingsDialog(page);
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  expect(box.y + box.height).toBeLessThanOrEqual(640);
  expect(await findReflowProblems(page, '[role="dialog"]')).toEqual([]);
});

test("in forced colours the Reading settings dialog keeps its edge and its controls", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active" });
  await page.goto("/");
  const dialog = await openSettingsDialog(page);
  const edge = await dialog.evaluate((element) => {
    const style = getComputedStyle(element);
    return { style: style.borderTopStyle, width: parseFloat(style.borderTopWidth), colour: style.borderTopColor, background: style.backgroundColor };
  });
  expect(edge.style).toBe("solid");
  expect(edge.width).toBeGreaterThanOrEqual(2);
  expect(contrastRatio(edge.colour, edge.background)).toBeGreaterThanOrEqual(minimumNonTextContrast);
  for (const radio of await dialog.getByRole("radio").all()) await expect(radio).toBeVisible();
  await expect(dialog.getByRole("slider")).toBeVisible();
});
