// The player stays out of the way (issue 11, item 6): the server renders it at its final size, so
// no page moves as it loads, and on a phone the first paragraph starts on the first screen.
import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { installFakeSpeech, waitForPlayerReady } from "./fixtures/fake-speech";
import { findFocusProblemsAtEveryStop } from "./fixtures/keyboard-sweep";
import { contentRoutes } from "./fixtures/routes";

const { narration } = loadContent().strings;
const phone = { width: 390, height: 844 };
const desktop = { width: 1280, height: 720 };

/** The page's cumulative layout shift so far, from the browser's own buffered entries. */
function measureLayoutShift(page: Page) {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        let total = 0;
        const add = (entries: PerformanceEntryList) => {
          for (const entry of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!entry.hadRecentInput) total += entry.value;
        };
        const observer = new PerformanceObserver((list) => add(list.getEntries()));
        observer.observe({ type: "layout-shift", buffered: true });
        // Buffered entries arrive in a task of their own; two frames later every one has come.
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            add(observer.takeRecords());
            observer.disconnect();
            resolve(total);
          }),
        );
      }),
  );
}

/** How far down the first screen the page's own first paragraph starts, after the player. */
function firstParagraphTop(page: Page) {
  return page.evaluate(() => {
    const paragraph = [...document.querySelectorAll("main article p")].find((candidate) => !candidate.closest(".narration"));
    return paragraph ? paragraph.getBoundingClientRect().top : null;
  });
}

test("no page moves as it loads, on a phone or a desktop, and on a phone each page's first paragraph starts on the first screen", async ({ page }) => {
  test.slow();
  await installFakeSpeech(page);
  const problems: string[] = [];
  for (const viewport of [phone, desktop]) {
    await page.setViewportSize(viewport);
    for (const { route } of contentRoutes) {
      await page.goto(route);
      await waitForPlayerReady(page);
      const shift = await measureLayoutShift(page);
      if (shift > 0) problems.push(`${route} at ${viewport.width}px: layout shift ${shift.toFixed(4)}`);
      if (viewport === phone) {
        const top = await firstParagraphTop(page);
        if (top === null || top >= viewport.height) problems.push(`${route} at ${viewport.width} × ${viewport.height}: the first paragraph starts at ${top}px`);
      }
    }
  }
  expect(problems).toEqual([]);
});

test(
  "on a phone, while narration plays, Pause, Stop and the sentence stay in a bar at the bottom that covers neither focus nor the highlighted sentence",
  { tag: ["@wcag-2.4.11"] },
  async ({ page }) => {
    await page.emulateMedia({ reducedMotion: "reduce" });
    await page.setViewportSize(phone);
    await installFakeSpeech(page);
    await page.goto("/casting");
    await waitForPlayerReady(page);
    const play = page.getByRole("button", { name: narration.play, exact: true });
    await play.focus();
    await page.keyboard.press("Enter");
    // The button pressed stays where it is, focused, and becomes Pause: a screen reader keeps its place.
    const pause = page.getByRole("button", { name: narration.pause, exact: true });
    await expect(pause).toBeFocused();
    expect(await pause.evaluate((element) => getComputedStyle(element.parentElement!).position)).toBe("static");
    const bar = page.locator(".narration__bar");
    await expect(bar, "no bar while the player's own controls are in view").toBeHidden();

    // Scrolled away from the player, the bar offers Pause and Stop with the sentence.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect(bar.getByRole("button", { name: narration.stop, exact: true })).toBeVisible();
    // Its Pause and Stop repeat the player's, so it is named: a screen reader says "Now playing" on the way in.
    await expect(page.getByRole("group", { name: narration.nowPlaying, exact: true }).getByRole("button", { name: narration.pause, exact: true })).toBeVisible();
    const sentence = await page.evaluate(() => CSS.highlights.get("narration-sentence")?.values().next().value?.toString().replace(/\s+/g, " ").trim());
    await expect(bar.locator(".narration__now")).toHaveText(sentence!);
    expect(await bar.evaluate((element) => getComputedStyle(element).animationDuration), "no movement when motion is reduced").toBe("0s");
    const isAtTheBottom = () => bar.evaluate((element) => Math.abs(element.getBoundingClientRect().bottom - document.documentElement.clientHeight) < 1);
    expect(await isAtTheBottom(), "in view at the end of the page").toBe(true);
    await expect(bar.getByRole("button", { name: narration.pause, exact: true })).toBeInViewport();

    // Stop pressed in the bar: the bar goes, and focus moves to the player's own Stop, not to the top of the page.
    await bar.getByRole("button", { name: narration.stop, exact: true }).focus();
    await page.keyboard.press("Enter");
    await expect(bar).toBeHidden();
    await expect(page.getByRole("button", { name: narration.stop, exact: true })).toBeFocused();
    await page.keyboard.press("Shift+Tab");
    await expect(play).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(pause).toBeFocused();

    expect(await findFocusProblemsAtEveryStop(page), "focus is never covered (2.4.11)").toEqual([]);

    // Move the reading down the page: each highlighted sentence is scrolled clear of the bar.
    await page.getByRole("button", { name: narration.moreControls }).click();
    for (let step = 0; step < 12; step++) {
      await page.getByRole("button", { name: narration.nextParagraph, exact: true }).click();
      const overlap = await page.evaluate(() => {
        const range = CSS.highlights.get("narration-sentence")?.values().next().value as Range | undefined;
        // Clicking a button in the player can bring it back into view, and the bar goes.
        const barTop = document.querySelector(".narration__bar")?.getBoundingClientRect().top ?? document.documentElement.clientHeight;
        return range ? range.getBoundingClientRect().bottom - barTop : null;
      });
      expect(overlap, `paragraph ${step + 1}: the highlighted sentence ends above the bar`).toBeLessThanOrEqual(0);
    }
  },
);
