// Every route in every reading setting that could break it: the theme that follows the system under
// axe, Windows high contrast (forced colours), and the largest text with the widest spacing on the
// narrowest screen. One test per route and check, each loading the route once and switching by reload.
import { expect, test, type Page } from "@playwright/test";
import { readingSettingOptions, type ReadingSettings } from "@/lib/settings/reading-settings";
import { composite, contrastRatio, minimumNonTextContrast } from "@/lib/settings/contrast";
import { expectNoAxeViolations } from "./fixtures/axe";
import { loadWithSettings, openSettingsDialog } from "./fixtures/reading-settings";
import { contentRoutes } from "./fixtures/routes";

/**
 * The "system" theme under each system preference it follows. The chosen themes are matrix.spec.ts's;
 * the default page (system, light) is also axe.spec.ts's.
 */
const systemPreferences = [
  { colorScheme: "light", contrast: "no-preference" },
  { colorScheme: "dark", contrast: "no-preference" },
  { colorScheme: "light", contrast: "more" },
  { colorScheme: "dark", contrast: "more" },
] as const;

const largestTextAndWidestSpacing: Partial<ReadingSettings> = {
  textSize: readingSettingOptions.textSize.at(-1),
  spacing: readingSettingOptions.spacing.at(-1),
};

/** Elements whose overflow hides content that does not fit, and the page's sideways scroll. */
function findClippedContent(page: Page, within = "body") {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector)!;
    const clipped = [...root.querySelectorAll("*")]
      .filter((element) => !element.closest(".visually-hidden"))
      .filter((element) => {
        const style = getComputedStyle(element);
        const hides = (overflow: string) => overflow === "hidden" || overflow === "clip";
        return (
          (hides(style.overflowX) && element.scrollWidth > element.clientWidth) ||
          (hides(style.overflowY) && element.scrollHeight > element.clientHeight)
        );
      })
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} "${element.textContent?.trim().slice(0, 40)}"`);
    const scroller = selector === "body" ? document.documentElement : root;
    // Innermost elements that stick out on the right, so a failure names what to fix.
    const right = scroller.getBoundingClientRect().left + scroller.clientWidth;
    const widest = [...root.querySelectorAll("*")]
      .filter((element) => element.getBoundingClientRect().right > right + 0.5 && !element.closest(".visually-hidden, .table-scroll"))
      .filter((element, _index, all) => !all.some((other) => other !== element && element.contains(other)))
      .map((element) => `${element.tagName.toLowerCase()}.${element.className} "${element.textContent?.trim().slice(0, 40)}"`);
    return { clipped, scrollsSideways: scroller.scrollWidth > scroller.clientWidth ? widest : false };
  }, within);
}

for (const { route } of contentRoutes) {
  test(`axe finds no violation on ${route} when the theme follows each system preference`, { tag: ["@wcag-1.4.3", "@wcag-1.4.6"] }, async ({ page }) => {
    await page.goto(route);
    for (const preference of systemPreferences) {
      await page.emulateMedia(preference);
      await loadWithSettings(page, { theme: "system" });
      await expectNoAxeViolations(page, `on ${route} following a ${preference.colorScheme} system with contrast ${preference.contrast}`);
    }
  });

  test(`${route} keeps a visible focus ring on every Tab stop in forced colours`, { tag: ["@wcag-2.4.7", "@wcag-1.4.11"] }, async ({ page }) => {
    await page.emulateMedia({ forcedColors: "active" });
    await page.goto(route);
    const stops = [];
    for (let press = 0; press < 300; press++) {
      await page.keyboard.press("Tab");
      const stop = await page.evaluate(() => {
        const element = document.activeElement!;
        if (element === document.body) return null;
        const style = getComputedStyle(element);
        let background = "rgba(0, 0, 0, 0)";
        for (let node: Element | null = element; node && /rgba\(.*, 0\)|transparent/.test(background); node = node.parentElement) {
          background = getComputedStyle(node).backgroundColor;
        }
        return {
          name: `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 40)}"`,
          outline: `${style.outlineStyle} ${parseFloat(style.outlineWidth) >= 2 ? "at least 2px" : style.outlineWidth}`,
          outlineColor: style.outlineColor,
          background: background,
          border: element.tagName === "BUTTON" ? `${style.borderTopStyle} ${parseFloat(style.borderTopWidth) >= 1 ? "visible" : "hidden"}` : null,
        };
      });
      if (!stop) break;
      stops.push(stop);
    }
    expect(stops.length, "the sweep reached the page's controls").toBeGreaterThan(3);
    for (const stop of stops) {
      expect(stop.outline, stop.name).toBe("solid at least 2px");
      const ring = composite(stop.outlineColor, stop.background);
      expect(contrastRatio(ring, stop.background), `${stop.name}: ring ${stop.outlineColor} on ${stop.background}`).toBeGreaterThanOrEqual(minimumNonTextContrast);
      if (stop.border) expect(stop.border, `${stop.name} keeps its border`).toBe("solid visible");
    }
  });

  test(`${route} reflows at 320px with 200% text and the widest spacing, hiding nothing`, { tag: ["@wcag-1.4.4", "@wcag-1.4.10", "@wcag-1.4.12"] }, async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto(route);
    await loadWithSettings(page, largestTextAndWidestSpacing);
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize), "the settings apply").toBe("32px");
    expect(await findClippedContent(page)).toEqual({ clipped: [], scrollsSideways: false });
  });
}

test("axe finds no violation with the reading settings dialog open, following each system preference", { tag: ["@wcag-1.4.6", "@wcag-4.1.2"] }, async ({ page }) => {
  await page.goto("/");
  for (const preference of systemPreferences) {
    await page.emulateMedia(preference);
    await loadWithSettings(page, { theme: "system" });
    await openSettingsDialog(page);
    await expectNoAxeViolations(page, `with the dialog open following a ${preference.colorScheme} system with contrast ${preference.contrast}`);
  }
});

test("the dialog fits a 320px screen at 200% text with the widest spacing, scrolling only up and down", { tag: ["@wcag-1.4.10"] }, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto("/");
  await loadWithSettings(page, largestTextAndWidestSpacing);
  const dialog = await openSettingsDialog(page);
  const box = (await dialog.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(320);
  expect(box.y + box.height).toBeLessThanOrEqual(640);
  expect(await findClippedContent(page, '[role="dialog"]')).toEqual({ clipped: [], scrollsSideways: false });
});

test("in forced colours the dialog keeps its edge and its controls", async ({ page }) => {
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
