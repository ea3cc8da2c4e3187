import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { contrastRatio, minimumNonTextContrast } from "@/lib/settings/contrast";
import { contentRoutes } from "./fixtures/routes";

const { strings } = loadContent();
const documentTitleOf = (route: string) => `${contentRoutes.find((entry) => entry.route === route)!.title} – ${strings.siteName}`;

/** Describes the focused element so failures say what had focus. */
async function describeFocus(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return "body";
    return `${element.tagName.toLowerCase()}${element.id ? `#${element.id}` : ""} "${element.textContent?.trim().slice(0, 40)}"`;
  });
}

test("Tab reaches every header, navigation and footer link and button in visual order, each visibly focused", { tag: ["@wcag-2.1.1", "@wcag-2.4.3", "@wcag-2.4.7"] }, async ({ page }) => {
  await page.goto("/book");
  // A link is named by its href, a button by its text (the header's Reading settings button).
  const chromeControls = page.locator("header a, header button, footer a");
  const expectedOrder = await chromeControls.evaluateAll((controls) =>
    controls.map((control) => control.getAttribute("href") ?? `button ${control.textContent}`),
  );
  const expectedVisualOrder = await chromeControls.evaluateAll((controls) =>
    controls
      .map((control) => ({ href: control.getAttribute("href") ?? `button ${control.textContent}`, box: control.getBoundingClientRect() }))
      .sort((a, b) => a.box.top - b.box.top || a.box.left - b.box.left)
      .map(({ href }) => href),
  );
  expect(expectedOrder, "the header has the reading settings button").toContain("button Reading settings");
  expect(expectedOrder, "DOM order matches visual order").toEqual(expectedVisualOrder);

  const reached: string[] = [];
  const focusStyles: { href: string; focused: string; unfocused: string }[] = [];
  for (let stop = 0; stop < 200; stop++) {
    await page.keyboard.press("Tab");
    const focus = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement;
      if (!element.closest("header, footer") || !["A", "BUTTON"].includes(element.tagName)) return { href: null, done: element === document.body };
      const style = (node: Element) => {
        const computed = getComputedStyle(node);
        return `${computed.outlineStyle} ${computed.outlineWidth} ${computed.outlineColor} | ${computed.boxShadow}`;
      };
      const focused = style(element);
      element.blur();
      const unfocused = style(element);
      element.focus();
      return { href: element.getAttribute("href") ?? `button ${element.textContent}`, focused, unfocused, done: false };
    });
    if (focus.done) break;
    if (focus.href !== null && "focused" in focus) {
      reached.push(focus.href);
      focusStyles.push({ href: focus.href, focused: focus.focused!, unfocused: focus.unfocused! });
    }
  }
  expect(reached).toEqual(expectedOrder);
  for (const style of focusStyles) {
    expect(style.focused, `focus on ${style.href} changes its outline or shadow`).not.toEqual(style.unfocused);
  }
});

test("the focus indicator meets WCAG 2.4.13: at least 2px thick and 3:1 against the page", { tag: ["@wcag-1.4.11", "@wcag-2.4.13"] }, async ({ page }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Tab");
    const indicator = await page.evaluate(() => {
      const element = document.activeElement!;
      const outline = getComputedStyle(element);
      let background = "rgba(0, 0, 0, 0)";
      for (let node: Element | null = element.parentElement; node && /rgba\(.*, 0\)|transparent/.test(background); node = node.parentElement) {
        background = getComputedStyle(node).backgroundColor;
      }
      return { width: parseFloat(outline.outlineWidth), colour: outline.outlineColor, background, style: outline.outlineStyle };
    });
    const contrast = contrastRatio(indicator.colour, indicator.background);
    expect(indicator.style, colorScheme).toBe("solid");
    expect(indicator.width, colorScheme).toBeGreaterThanOrEqual(2);
    expect(contrast, colorScheme).toBeGreaterThanOrEqual(minimumNonTextContrast);
  }
});

test("following a navigation link with Enter moves focus to the new h1 and announces the title", { tag: ["@wcag-2.4.3", "@wcag-4.1.3", "@static-export"] }, async ({ page }) => {
  await page.goto("/");
  const navigation = page.getByRole("navigation", { name: "Main" });
  await navigation.getByRole("link", { name: "Cast" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/cast$/);
  const heading = page.getByRole("heading", { level: 1 });
  await expect(heading).toBeFocused();
  await expect(page).toHaveTitle(documentTitleOf("/cast"));
  await expect(page.getByRole("status")).toHaveText(documentTitleOf("/cast"));
  await expect(navigation.getByRole("link", { name: "Cast" })).toHaveAttribute("aria-current", "page");
});

test("the first load does not move focus", async ({ page }) => {
  await page.goto("/casting");
  await page.waitForLoadState("networkidle");
  expect(await describeFocus(page)).toBe("body");
  await expect(page.getByRole("status")).toHaveText("");
});

test("the title is announced once: Next's own route announcer is silenced", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "The book" }).click();
  await expect(page.getByRole("status")).toHaveText(documentTitleOf("/book"));
  const liveRegions = await page.evaluate(() => {
    const visible = (element: Element) => getComputedStyle(element).display !== "none";
    const regions = [...document.querySelectorAll("[aria-live]")].filter(visible);
    const nextAnnouncer = document.querySelector("next-route-announcer");
    return { count: regions.length, isNextAnnouncerHidden: !nextAnnouncer || !visible(nextAnnouncer) };
  });
  expect(liveRegions).toEqual({ count: 1, isNextAnnouncerHidden: true });
});
