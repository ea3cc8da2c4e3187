import fs from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, runAxe } from "./fixtures/axe";
import { findForcedColoursProblems } from "./fixtures/colours";
import { installFakeSpeech, waitForPlayerReady } from "./fixtures/fake-speech";
import { expectToMatchAriaSnapshotFile } from "./fixtures/golden-file";
import { sweepFocus } from "./fixtures/keyboard-sweep";
import { recordAnnouncements } from "./fixtures/live-region";
import { findHeadingAndLandmarkProblems } from "./fixtures/page-rules";
import { findReflowProblems } from "./fixtures/reflow";
import { findTranscriptProblems, recordTranscript } from "./fixtures/screen-reader";

/**
 * Every accessibility check in this suite passes on the real site; these tests prove each one
 * can fail, by running it on a page broken on purpose and expecting it to name the defect.
 */
const brokenPage = fs.readFileSync(new URL("./fixtures/broken-page.html", import.meta.url), "utf8");

async function openBrokenPage(page: Page) {
  await page.route("**/broken-on-purpose", (route) => route.fulfill({ contentType: "text/html", body: brokenPage }));
  await page.goto("/broken-on-purpose");
}

test("axe reports the broken page's violations, AAA contrast included", async ({ page }) => {
  await openBrokenPage(page);
  const results = await runAxe(page);
  const ruleIds = results.violations.map((violation) => violation.id);
  expect(ruleIds).toEqual(
    expect.arrayContaining(["image-alt", "link-name", "button-name", "color-contrast-enhanced", "heading-order", "region", "landmark-unique"]),
  );
  expect(ruleIds, "the pale text passes AA, so only the AAA rule can catch it").not.toContain("color-contrast");
  await expect(expectNoAxeViolations(page)).rejects.toThrow(/image-alt/);
});

test("in forced colours, text that opts out of the system's colours into low contrast is caught", async ({ page }) => {
  await page.emulateMedia({ forcedColors: "active" });
  await openBrokenPage(page);
  expect(await findForcedColoursProblems(page)).toEqual(
    expect.arrayContaining([expect.stringMatching(/^forced colours, text: p "Text that keeps its own colours.*rgb\(111, 111, 111\) on rgb\(255, 255, 255\), 5\.02:1, below 7:1$/)]),
  );
});

test("the keyboard sweep finds a missing ring, a covered stop and a focus trap", async ({ page }) => {
  await openBrokenPage(page);
  const { problems } = await sweepFocus(page);
  expect(problems).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/Ringless link.*no focus ring/),
      expect.stringMatching(/Ringless link.*covered by div\.cover/),
      expect.stringMatching(/Tab: focus stuck on a#trap/),
    ]),
  );
});

test("the reflow check finds sideways scrolling and clipped text", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 256 });
  await openBrokenPage(page);
  const problems = await findReflowProblems(page);
  expect(problems).toEqual(
    expect.arrayContaining([expect.stringMatching(/scrolls sideways/), expect.stringMatching(/^p\.clipped ".*": content clipped/)]),
  );
});

test("the heading and landmark rules find two h1s, a skipped level, loose text and twin landmarks", async ({ page }) => {
  await openBrokenPage(page);
  expect(await findHeadingAndLandmarkProblems(page)).toEqual([
    "2 level 1 headings; expected 1",
    'heading "Skipped a level" is level 4 after level 2',
    '"Text outside every landmark." is outside every landmark',
    '"A fixed bar over the top of the page" is outside every landmark',
    '2 landmarks are navigation ""; each needs its own label',
  ]);
});

test("the transcript review finds unnamed controls and a doubled heading level 1", async ({ page }) => {
  await openBrokenPage(page);
  const problems = findTranscriptProblems(await recordTranscript(page));
  expect(problems).toEqual(
    expect.arrayContaining(['"link": a control with no name', '"button": a control with no name', "not exactly one level 1 heading"]),
  );
});

test("the live region check catches a message announced twice, and passes one announced once", async ({ page }) => {
  const announcesTwice = fs.readFileSync(new URL("./fixtures/announces-twice.html", import.meta.url), "utf8");
  await page.route("**/announces-twice", (route) => route.fulfill({ contentType: "text/html", body: announcesTwice }));
  await page.goto("/announces-twice");
  const announcements = await recordAnnouncements(page);
  await page.getByRole("button", { name: "Light" }).click();
  await announcements.expectOnce("Colours: Light");
  await page.getByRole("button", { name: "Dark" }).click();
  await expect(announcements.expectOnce("Colours: Dark")).rejects.toThrow(/"Colours: Dark" is announced once/);
});

test("an aria snapshot fails when an element is added to the page, at the top of main or deeper", async ({ page }) => {
  const committedSnapshot = fs.readFileSync(new URL("./golden-files.spec.ts-snapshots/main--home.aria.yml", import.meta.url), "utf8");
  await installFakeSpeech(page);
  await page.goto("/");
  await waitForPlayerReady(page);
  const main = page.getByRole("main");
  await expect(main, "the untouched page matches, so only the added button can fail it").toMatchAriaSnapshot(committedSnapshot);

  // Directly in main, and one level down in its article: strict matching holds at every depth.
  for (const parent of ["main", "main > article"]) {
    await page.evaluate((selector) => {
      const button = document.createElement("button");
      button.textContent = "Added on purpose";
      document.querySelector(selector)!.append(button);
    }, parent);
    await expect(expect(main).toMatchAriaSnapshot(committedSnapshot, { timeout: 1_000 })).rejects.toThrow(/button "Added on purpose"/);
    await main.getByRole("button", { name: "Added on purpose" }).evaluate((button) => button.remove());
  }
});

test("an aria snapshot that was never committed fails, and is not written", async ({ page }, testInfo) => {
  await page.goto("/");
  await expect(expectToMatchAriaSnapshotFile(page.getByRole("main"), "never-committed.aria.yml")).rejects.toThrow(/never-committed\.aria\.yml is missing/);
  expect(fs.existsSync(testInfo.snapshotPath("never-committed.aria.yml", { kind: "aria" }))).toBe(false);
});
