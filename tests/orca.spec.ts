import path from "node:path";
import type { Page } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { installFakeSpeech, waitForPlayerReady } from "./fixtures/fake-speech";
import { expectToMatchGoldenFile, maskTestResults } from "./fixtures/golden-file";
import { expect, test, type Orca } from "./fixtures/orca";

const { strings } = loadContent();
const { narration, settings } = strings;
const transcriptsDirectory = path.join(import.meta.dirname, "orca-transcripts");

/** One page of each kind the site builds. */
const templates = [
  { template: "home", route: "/", hasPlayer: true },
  { template: "content-page", route: "/series", hasPlayer: true },
  { template: "cast-page", route: "/cast/aria-mia-loberti", hasPlayer: true },
  { template: "conformance-report", route: "/accessibility/report", hasPlayer: true },
  { template: "not-found", route: "/no-such-page", hasPlayer: false },
];

/** What Orca 43 says when structural navigation goes past the last heading or landmark. */
const WRAPPING_TO_TOP = "Wrapping to top.";
const hasWrapped = (said: string[]) => said.includes(WRAPPING_TO_TOP);
/** Orca's role names, as it speaks them. */
const spokenAsButton = (name: string) => (line: string) => line === `${name} push button.` || line.startsWith(`${name} push button. `);

interface Section {
  readonly keys: string;
  readonly said: string[];
}

function formatTranscript(sections: Section[]) {
  return sections.map(({ keys, said }) => `## ${keys}\n\n${said.join("\n")}\n`).join("\n");
}

/** Headings and labelled landmarks as Chromium exposes them, from Playwright's ARIA snapshot. */
async function readOutline(page: Page) {
  const snapshot = await page.locator("body").ariaSnapshot();
  const headings = [...snapshot.matchAll(/- heading "(.+)" \[level=(\d)\]/g)].map(([, text, level]) => `${text} heading level ${level}.`);
  const landmarkNames = [...snapshot.matchAll(/- (?:banner|navigation|main|region|contentinfo|complementary|search|form) "(.+)"/g)].map(([, name]) => name!);
  return { headings, landmarkNames };
}

/**
 * The fixed route through a page: headings, landmarks, Tab through the header (and the player,
 * pressing Play), then Say All from the level 1 heading through the first section after the
 * player. Each step starts from the top of the page, where a user who lost their place would.
 */
async function readPage(orca: Orca, hasPlayer: boolean): Promise<Section[]> {
  const sections: Section[] = [];
  const record = async (keys: string, action: () => Promise<string[]>) => {
    sections.push({ keys, said: await test.step(keys, action) });
  };
  const fromTop = (action: () => Promise<string[]>) => async () => [...(await orca.press("ctrl+Home")), ...(await action())];

  await record("Orca starts", () => orca.start());
  await record(
    "Control+Home, then h until the headings wrap round",
    fromTop(() => orca.pressUntil("h", hasWrapped, 30)),
  );
  // Orca 43 never stops on a landmark that starts where the landmark around it starts (the
  // footer's navigation) when moving forward; moving back from the first landmark reaches it.
  await record(
    "Control+Home, then m until the landmarks wrap round, then Shift+M",
    fromTop(async () => [...(await orca.pressUntil("m", hasWrapped, 20)), ...(await orca.press("shift+m"))]),
  );
  if (hasPlayer) {
    await record(
      "Control+Home, then Tab to Play",
      fromTop(() => orca.pressUntil("Tab", (said) => said.some(spokenAsButton(narration.play)), 40)),
    );
    await record("Enter on Play", () => orca.press("Return"));
    await record("Tab through the rest of the player", () =>
      orca.pressUntil("Tab", (said) => said.some(spokenAsButton(narration.shortcutsButton)), 20),
    );
    // Tab onto a button puts Orca in focus mode, where letters go to the page; Orca+A goes back.
    await record("Orca+A (browse mode)", () => orca.press("Insert+a"));
  } else {
    await record(
      "Control+Home, then Tab to the link home",
      fromTop(() => orca.pressUntil("Tab", (said) => said.some((line) => line.startsWith(strings.notFound.homeLink)), 40)),
    );
  }
  // The level 1 heading, the player's heading, the first section's heading: Say All stops as
  // the fourth heading is announced, or at the end of a shorter page.
  const isFourthHeading = (read: string[]) => read.filter((line) => /^heading level \d$/.test(line)).length === 4;
  await record("1, then Say All (KP_Add) until a fourth heading starts, then Control", async () => [
    ...(await orca.press("1")),
    ...(await orca.sayAll(isFourthHeading, 150)),
  ]);
  return sections;
}

for (const { template, route, hasPlayer } of templates) {
  test(`Orca reads the ${template} template (${route}) by headings, landmarks, Tab and Say All`, { tag: ["@wcag-1.3.1", "@wcag-2.4.6", "@wcag-4.1.2"] }, async ({ page, orca }) => {
    await installFakeSpeech(page);
    await page.goto(route);
    if (hasPlayer) await waitForPlayerReady(page);
    await maskTestResults(page);
    const outline = await readOutline(page);

    const sections = await readPage(orca, hasPlayer);

    const said = (keys: string) => sections.find((section) => section.keys.includes(keys))!.said;
    for (const heading of outline.headings) {
      expect(said("h until"), `Orca names the heading "${heading}"`).toContain(heading);
    }
    for (const name of outline.landmarkNames) {
      expect(said("m until"), `Orca names the landmark "${name}"`).toContain(name);
    }
    if (hasPlayer) expect(said("Tab to Play").some(spokenAsButton(narration.play)), "Play is announced as a button").toBe(true);
    expectToMatchGoldenFile(path.join(transcriptsDirectory, `${template}.txt`), formatTranscript(sections));
  });
}

test("Orca announces the Reading settings dialog once, then the control focus lands on", { tag: ["@wcag-2.4.3", "@wcag-4.1.2"] }, async ({ page, orca }) => {
  await installFakeSpeech(page);
  await page.goto("/series");
  await waitForPlayerReady(page);
  await orca.start();
  await orca.press("ctrl+Home");
  const toButton = await orca.pressUntil("Tab", (said) => said.some(spokenAsButton(settings.openButton)), 10);

  const opening = [...(await orca.press("Return")), ...(await orca.waitToSay(/radio button/, 3_000))];

  expect(opening.length, "Orca says something when the dialog opens").toBeGreaterThan(0);
  const heard = opening.join("\n");
  const occurrences = (text: string, lines: string) => lines.split(text).length - 1;
  expect(opening.some((line) => /^dialog\b/.test(line)), "the dialog is announced as a dialog").toBe(true);
  expect(occurrences(settings.dialogDescription, heard), "the dialog's description, once").toBe(1);
  // Orca 43 leaves out a dialog's name when the button just spoken has the same one.
  const buttonAndOpening = [toButton.filter(spokenAsButton(settings.openButton)).at(-1) ?? "", heard].join("\n");
  expect(occurrences(settings.dialogTitle, buttonAndOpening), "the dialog's name, once from the button to the dialog").toBe(1);
  const groupNames = [settings.theme.legend, settings.textSize.label, settings.spacing.legend, settings.font.legend, settings.motion.legend, settings.linkUnderlines.legend];
  const runTogether = opening.filter((line) => groupNames.filter((name) => line.includes(name)).length > 1);
  expect(runTogether, "no utterance runs the dialog's settings together").toEqual([]);
  const firstChoice = settings.theme.options.system!;
  expect(heard, `focus lands on the checked "${firstChoice}" radio button`).toMatch(new RegExp(`${escapeForPattern(firstChoice)}\\.?\\n(?:selected )?radio button|${escapeForPattern(firstChoice)}.*selected radio button`));
  expect(heard, "the chosen option is not said to be unchosen").not.toMatch(/not selected radio button/);
});

test("Orca speaks the status message when Play is pressed with no voices", { tag: ["@wcag-4.1.3"] }, async ({ page, orca }) => {
  // The player gives up waiting for voices 10 seconds after the page loads (VOICE_WAIT in
  // lib/narration/page-narration.ts): the page's clock holds that off until Play is pressed, then
  // jumps past it. Orca reaches Play with B (next button) rather than a dozen Tabs.
  await orca.start();
  await installFakeSpeech(page, { voices: "none" });
  await page.clock.install();
  await page.goto("/series");
  await expect(page.getByRole("button", { name: narration.play, exact: true })).toBeEnabled();
  await orca.press("ctrl+Home");
  await orca.pressUntil("b", (said) => said.some(spokenAsButton(narration.play)), 5);

  const afterPlay = await orca.press("Return");
  expect.soft(afterPlay.some((line) => line.includes(narration.loadingVoices)), "the loading message, at once").toBe(true);
  const noVoices = new RegExp(`${escapeForPattern(narration.announcements.noVoices)}|${escapeForPattern(narration.noVoices)}`);
  await page.clock.fastForward(10_000);
  // Without a loading message, the no-voices one may be the first thing Orca says after Enter.
  const later = afterPlay.some((line) => noVoices.test(line)) ? [] : await orca.waitToSay(noVoices, 5_000);
  expect([...afterPlay, ...later].some((line) => noVoices.test(line)), "the no-voices message, once the player gives up").toBe(true);
});

function escapeForPattern(text: string) {
  return text.replace(/[.*+?^$()|[\]{}\\]/g, "\\$&");
}
