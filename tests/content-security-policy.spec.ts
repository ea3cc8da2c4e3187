import { expect, test, type Page, type Response } from "@playwright/test";
import { loadContent } from "@/lib/content/load-content";
import { installFakeSpeech } from "./fixtures/fake-speech";
import { openSettingsDialog, settingRadio, settingsStrings } from "./fixtures/reading-settings";
import { contentRoutes, unknownPaths } from "./fixtures/routes";

/*
 * The script policy (lib/security/): every page names each script it may run. Runs against
 * `next start` and, in the static-export project, against out/ served with its _headers file.
 */

const { narration } = loadContent().strings;

/**
 * Every Content-Security-Policy violation the page reports, from before its first script, and
 * every console error about one, each as a line that says what was blocked where.
 */
async function watchForViolations(page: Page) {
  const violations: string[] = [];
  await page.exposeFunction("reportPolicyViolation", (line: string) => violations.push(line));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      const report = (window as unknown as { reportPolicyViolation: (line: string) => void }).reportPolicyViolation;
      // blockedURI is "inline" for an inline script or style, "eval" for eval().
      report(`${location.pathname}: ${event.effectiveDirective} blocked ${event.blockedURI}`);
    });
  });
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy/i.test(message.text())) violations.push(`console: ${message.text()}`);
  });
  return violations;
}

/** The policies a page is under: each in its headers (a host may join two with a comma), and a <meta> one. */
async function policiesOf(page: Page, response: Response | null) {
  const header = (await response?.allHeaders())?.["content-security-policy"] ?? "";
  const metas = await page.locator('meta[http-equiv="Content-Security-Policy"]').evaluateAll((elements) => elements.map((element) => element.getAttribute("content") ?? ""));
  return [...header.split(/,\s*/), ...metas].filter(Boolean);
}

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((part) => part.trim())
    .find((part) => part.startsWith(`${name} `));

test("every page runs under a policy that names each script, and its scripts all run", { tag: ["@static-export"] }, async ({ page }) => {
  const violations = await watchForViolations(page);
  for (const path of [...contentRoutes.map(({ route }) => route), ...unknownPaths]) {
    const response = await page.goto(path);
    const policies = await policiesOf(page, response);
    const scriptSources = policies.map((policy) => directive(policy, "script-src") ?? directive(policy, "default-src")).filter(Boolean);
    expect(scriptSources.length, `${path} has a script-src`).toBeGreaterThan(0);
    for (const sources of scriptSources) {
      expect(sources, path).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
    }
    for (const policy of policies) expect(policy, path).not.toMatch(/unsafe-eval/);
    for (const required of ["object-src 'none'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'"]) {
      expect(policies.some((policy) => policy.includes(required)), `${path}: ${required}`).toBe(true);
    }
    // The settings button is drawn by the page's scripts, so it shows they ran.
    await expect(page.getByRole("button", { name: settingsStrings.openButton })).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test("narration, reading settings and client-side navigation run without a violation", { tag: ["@static-export"] }, async ({ page }) => {
  const violations = await watchForViolations(page);
  await installFakeSpeech(page);
  await page.goto("/book");
  const player = page.getByRole("region", { name: narration.heading });
  await player.getByRole("button", { name: narration.play, exact: true }).click();
  await expect(player.getByRole("button", { name: narration.pause, exact: true })).toBeVisible();
  await player.getByRole("button", { name: narration.stop, exact: true }).click();
  await player.getByRole("button", { name: narration.shortcutsButton }).click();
  await expect(page.getByRole("dialog")).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog")).toBeHidden();

  const dialog = await openSettingsDialog(page);
  await settingRadio(dialog, "theme", "dark").check();
  await settingRadio(dialog, "font", "atkinson-hyperlegible").check();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Cast" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await page.getByRole("link", { name: loadContent().cast[0]!.actor }).first().click();
  await expect(page).toHaveURL(loadContent().cast[0]!.route);
  await expect(page.getByRole("heading", { level: 1 })).toBeFocused();
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  expect(violations).toEqual([]);
});

test("a script injected into a page is blocked and reported, so the checks above can fail", async ({ page }) => {
  const violations = await watchForViolations(page);
  await page.goto("/book");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "window.injectedScriptRan = true";
    document.head.append(script);
  });
  await expect.poll(() => violations).toContainEqual(expect.stringMatching(/^\/book: script-src-elem blocked inline$/));
  expect(await page.evaluate(() => "injectedScriptRan" in window)).toBe(false);
});
