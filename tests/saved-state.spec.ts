import { expect, test, type Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { MAX_VOICE_URI_LENGTH, POSITIONS_KEY, PREFERENCES_KEY } from "@/lib/narration/narration-storage";
import { fillTemplate } from "@/lib/narration/player-messages";
import { readingSettingsStorageKey } from "@/lib/settings/reading-settings";
import { installFakeSpeech } from "./fixtures/fake-speech";

const { narration } = loadContent().strings;

async function loadWithStorage(page: Page, entries: Record<string, string>) {
  await page.evaluate((stored) => {
    for (const [key, value] of Object.entries(stored)) localStorage.setItem(key, value);
  }, entries);
  await page.reload();
}

const spoken = (page: Page) => page.evaluate(() => window.__fakeSpeech!.speech.spoken.map(({ rate, voiceURI }) => ({ rate, voiceURI })));

test("hostile saved state falls back to the defaults field by field, keeps what is valid, and raises no error", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // Chromium asks every site for /favicon.ico; this site has none, and that 404 is not ours to judge here.
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) errors.push(message.text());
  });
  await installFakeSpeech(page);
  await page.goto("/book");
  const player = page.getByRole("region", { name: narration.heading });
  const html = page.locator("html");

  // __proto__ keys, wrong types and a voice id over its limit, beside valid values.
  const position = { sentenceIndex: 2, savedAt: 1 };
  await loadWithStorage(page, {
    [readingSettingsStorageKey]: '{"__proto__": {"textSize": 200}, "theme": "dark", "spacing": ["wide"], "font": {"toString": 1}}',
    [PREFERENCES_KEY]: JSON.stringify({ version: 1, rate: 1.5, pitch: 1, voiceURI: "v".repeat(MAX_VOICE_URI_LENGTH + 1), shortcutsEnabled: "yes", voiceSource: "device" }),
    [POSITIONS_KEY]: `{"version": 1, "positions": {"__proto__": ${JSON.stringify(position)}, "/book": ${JSON.stringify(position)}}}`,
  });
  await expect(html).toHaveAttribute("data-theme", "dark");
  for (const attribute of ["data-text-size", "data-spacing", "data-font"]) await expect(html).not.toHaveAttribute(attribute, /.*/);
  await player.getByRole("button", { name: fillTemplate(narration.continueFrom, { sentence: position.sentenceIndex + 1 }) }).click();
  // The press also fetches the narration engine, so the speech follows it by a moment.
  await expect(player.getByRole("button", { name: narration.pause, exact: true }).first()).toBeVisible();
  const [first] = await spoken(page);
  expect(first?.rate, "the valid rate is kept").toBe(1.5);
  expect(first?.voiceURI, "the overlong voice id is dropped for an automatically chosen English voice").toMatch(/^fake:en-/);
  // The playing bar repeats Stop once the player has scrolled away; the player's own comes first.
  await player.getByRole("button", { name: narration.stop, exact: true }).first().click();

  // Huge values and invalid JSON: each entry falls back to its defaults on its own.
  await loadWithStorage(page, {
    [readingSettingsStorageKey]: JSON.stringify({ theme: "dark", padding: "x".repeat(1_000_000) }),
    [PREFERENCES_KEY]: "{not json",
    [POSITIONS_KEY]: JSON.stringify({ version: 1, positions: { "/book": position }, padding: "x".repeat(1_000_000) }),
  });
  await expect(html).not.toHaveAttribute("data-theme", /.*/);
  await expect(player.getByRole("button", { name: narration.play, exact: true })).toBeEnabled();
  await expect(player.getByRole("button", { name: fillTemplate(narration.continueFrom, { sentence: position.sentenceIndex + 1 }) })).toHaveCount(0);
  const voiceChoice = player.getByLabel(narration.recording.voiceSourceLabel, { exact: true });
  await expect(voiceChoice, "the default voice").toHaveValue("recorded");
  await voiceChoice.selectOption("device");
  await player.getByRole("button", { name: narration.play, exact: true }).click();
  await expect(player.getByRole("button", { name: narration.pause, exact: true }).first()).toBeVisible();
  expect((await spoken(page)).at(-1)?.rate, "the default rate").toBe(1);
  expect(errors).toEqual([]);
});
