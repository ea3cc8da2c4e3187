import path from "node:path";
import { expect, test } from "@playwright/test";
import { installFakeSpeech, waitForPlayerReady } from "./fixtures/fake-speech";
import { expectToMatchGoldenFile, goldenNameFor, maskTestResults } from "./fixtures/golden-file";
import { contentRoutes, unknownPaths } from "./fixtures/routes";
import { findTranscriptProblems, formatTranscript, recordTranscript } from "./fixtures/screen-reader";

const transcriptsDirectory = path.join(import.meta.dirname, "transcripts");

for (const route of [...contentRoutes.map(({ route }) => route), unknownPaths[0]!]) {
  test(`screen reader transcript of ${route}`, { tag: ["@wcag-1.3.1", "@wcag-2.4.6", "@wcag-4.1.2"] }, async ({ page }) => {
    // The fake engine's voices arrive at once, so the player is always recorded ready to play.
    await installFakeSpeech(page);
    await page.goto(route);
    if (!unknownPaths.includes(route)) await waitForPlayerReady(page);
    await maskTestResults(page);
    const transcript = await recordTranscript(page);
    expect(findTranscriptProblems(transcript)).toEqual([]);
    const name = unknownPaths.includes(route) ? "not-found" : goldenNameFor(route);
    expectToMatchGoldenFile(path.join(transcriptsDirectory, `${name}.txt`), formatTranscript(transcript));
  });
}
