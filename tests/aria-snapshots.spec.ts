import { expect, test } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { installFakeSpeech, waitForPlayerReady } from "./fixtures/fake-speech";
import { expectToMatchAriaSnapshotFile, goldenNameFor, maskTestResults } from "./fixtures/golden-file";
import { contentRoutes } from "./fixtures/routes";

const { strings } = loadContent();
const { narration } = strings;

// The header and footer are the same on every page but for the current link: one snapshot each.
test("the header, main navigation and footer keep their names and roles", { tag: ["@wcag-4.1.2", "@wcag-2.4.8"] }, async ({ page }) => {
  await page.goto("/");
  await expectToMatchAriaSnapshotFile(page.getByRole("banner"), "banner.aria.yml");
  await expectToMatchAriaSnapshotFile(page.getByRole("navigation", { name: strings.mainNavigationLabel }), "main-navigation.aria.yml");
  await expectToMatchAriaSnapshotFile(page.getByRole("contentinfo"), "footer.aria.yml");
});

for (const { route } of contentRoutes) {
  test(`the main content of ${route} keeps its outline, names and roles`, { tag: ["@wcag-1.3.1", "@wcag-4.1.2"] }, async ({ page }) => {
    await installFakeSpeech(page);
    await page.goto(route);
    await waitForPlayerReady(page);
    await maskTestResults(page);
    await expectToMatchAriaSnapshotFile(page.getByRole("main"), `main--${goldenNameFor(route)}.aria.yml`);
  });
}

test("the player names every control and shows its state, idle and playing", { tag: ["@wcag-4.1.2"] }, async ({ page }) => {
  await installFakeSpeech(page);
  await page.goto("/book");
  const player = page.getByRole("region", { name: narration.heading });
  await waitForPlayerReady(page);
  await expectToMatchAriaSnapshotFile(player, "player--idle.aria.yml");
  await player.getByRole("button", { name: narration.play, exact: true }).click();
  await expect(player.getByRole("button", { name: narration.pause, exact: true })).toBeVisible();
  await expectToMatchAriaSnapshotFile(player, "player--playing.aria.yml");
});
