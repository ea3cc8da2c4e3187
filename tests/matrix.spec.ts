import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { readingSettingAttributes, type Theme } from "@/lib/settings/reading-settings";
import { expectNoAxeViolations } from "./fixtures/axe";
import { installFakeSpeech } from "./fixtures/fake-speech";
import { openSettingsDialog } from "./fixtures/reading-settings";
import { contentRoutes } from "./fixtures/routes";

/**
 * Every route × theme × viewport × colour mode × interface state through the shared axe
 * fixture. One test per route and viewport loads the page once and walks the other three
 * dimensions in place, which keeps 1,000+ axe runs inside CI's time on two cores.
 */
const themes: Theme[] = ["light", "dark", "high-contrast-light", "high-contrast-dark"];
const viewports = [
  { width: 320, height: 640 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];
const colourModes = ["none", "active"] as const;

const { narration } = loadContent().strings;

/** Each interface state: how to enter it from the idle page, and how to leave it again. */
const states: { name: string; enter: (page: Page) => Promise<void>; leave: (page: Page) => Promise<void> }[] = [
  { name: "player idle", enter: async () => {}, leave: async () => {} },
  {
    name: "player playing",
    enter: async (page) => {
      await page.getByRole("button", { name: narration.play, exact: true }).click();
      await expect(page.getByRole("button", { name: narration.pause, exact: true })).toBeVisible();
    },
    leave: async (page) => {
      await page.getByRole("button", { name: narration.stop, exact: true }).click();
    },
  },
  {
    name: "settings dialog open",
    enter: async (page) => {
      await openSettingsDialog(page);
    },
    leave: async (page) => {
      await page.keyboard.press("Escape");
      await expect(page.getByRole("dialog")).toHaveCount(0);
    },
  },
  {
    name: "shortcuts dialog open",
    enter: async (page) => {
      await page.getByRole("button", { name: narration.shortcutsButton }).click();
      const dialog = page.getByRole("dialog", { name: narration.shortcutsDialog.title });
      await expect(dialog).toBeVisible();
      await dialog.evaluate((element) => Promise.all(element.getAnimations().map((animation) => animation.finished)));
    },
    leave: async (page) => {
      await page.keyboard.press("Escape");
      await expect(page.getByRole("dialog")).toHaveCount(0);
    },
  },
];

// 32 axe runs per test: up to 1.8 minutes each on the slowest two-core machine seen.
test.describe.configure({ timeout: 600_000 });

for (const { route } of contentRoutes) {
  for (const viewport of viewports) {
    test(`axe on ${route} at ${viewport.width}×${viewport.height} in every theme, colour mode and state`, { tag: ["@wcag-1.4.3", "@wcag-1.4.6", "@wcag-1.4.11", "@wcag-4.1.2"] }, async ({ page }) => {
      await installFakeSpeech(page);
      await page.setViewportSize(viewport);
      await page.goto(route);
      await expect(page.getByRole("button", { name: narration.play, exact: true })).toBeEnabled();
      let runs = 0;
      for (const state of states) {
        await state.enter(page);
        for (const theme of themes) {
          // The same attribute the pre-paint script sets from saved settings (lib/settings).
          await page.evaluate(([attribute, value]) => document.documentElement.setAttribute(attribute, value), [readingSettingAttributes.theme, theme] as const);
          for (const forcedColors of colourModes) {
            await page.emulateMedia({ forcedColors });
            await expectNoAxeViolations(page, `${route} ${viewport.width}px, ${theme}, forced colours ${forcedColors}, ${state.name}`);
            runs++;
          }
        }
        await page.emulateMedia({ forcedColors: "none" });
        await state.leave(page);
      }
      expect(runs).toBe(states.length * themes.length * colourModes.length);
    });
  }
}
