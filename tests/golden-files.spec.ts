// What each page gives assistive technology, kept in golden files that change only on purpose:
// the aria snapshot of its main content (Playwright's, from Chromium's accessibility tree) and
// the transcript of a screen reader reading it (Guidepup's virtual screen reader), both from one
// load of the page.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { installFakeSpeech, openWithVoices, waitForPlayerReady } from "./fixtures/fake-speech";
import { expectToMatchAriaSnapshotFile, expectToMatchGoldenFile, goldenNameFor, maskTestResults } from "./fixtures/golden-file";
import { contentRoutes, unknownPaths } from "./fixtures/routes";
import { findTranscriptProblems, formatTranscript, recordTranscript } from "./fixtures/screen-reader";

const { strings } = loadContent();
const { narration } = strings;
const transcriptsDirectory = path.join(import.meta.dirname, "transcripts");

// The header and footer are the same on every page but for the current link: one snapshot each.
test("the header, main navigation and footer keep their names and roles", { tag: ["@wcag-4.1.2", "@wcag-2.4.8"] }, async ({ page }) => {
  await page.goto("/");
  await expectToMatchAriaSnapshotFile(page.getByRole("banner"), "banner.aria.yml");
  await expectToMatchAriaSnapshotFile(page.getByRole("navigation", { name: strings.mainNavigationLabel }), "main-navigation.aria.yml");
  await expectToMatchAriaSnapshotFile(page.getByRole("contentinfo"), "footer.aria.yml");
});

for (const route of [...contentRoutes.map(({ route }) => route), unknownPaths[0]!]) {
  const isNotFound = unknownPaths.includes(route);
  test(
    `${route}: its main content keeps its outline, names and roles, and a screen reader's transcript of it is unchanged`,
    { tag: ["@wcag-1.3.1", "@wcag-2.4.6", "@wcag-4.1.2"] },
    async ({ page }) => {
      // The fake engine's voices arrive at once, so the player is always recorded ready to play.
      await openWithVoices(page, route);
      await maskTestResults(page);
      if (!isNotFound) await expectToMatchAriaSnapshotFile(page.getByRole("main"), `main--${goldenNameFor(route)}.aria.yml`);
      const transcript = await recordTranscript(page);
      expect(findTranscriptProblems(transcript)).toEqual([]);
      expectToMatchGoldenFile(path.join(transcriptsDirectory, `${isNotFound ? "not-found" : goldenNameFor(route)}.txt`), formatTranscript(transcript));
    },
  );
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
