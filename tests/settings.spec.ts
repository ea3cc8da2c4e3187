import { expect, test, type Locator, type Page } from "@playwright/test";
import { contrastRatio, minimumNonTextContrast, minimumTextContrast } from "@/lib/settings/contrast";
import { defaultReadingSettings, readingSettingAttributes, readingSettingOptions, readingSettingsStorageKey, type ReadingSettings } from "@/lib/settings/reading-settings";
import { palettes } from "@/lib/settings/themes";
import { recordAnnouncements } from "./fixtures/live-region";
import { loadWithSettings, openSettingsDialog, settingRadio, settingsStrings, toRgb } from "./fixtures/reading-settings";

const strings = settingsStrings;
type ChoiceName = Exclude<keyof ReadingSettings, "textSize">;

/** Names the focused element, and says whether it is inside the dialog. */
function describeFocus(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLInputElement;
    const group = element.closest("fieldset")?.querySelector("legend")?.textContent;
    const name = `${group ? `${group}: ` : ""}${element.labels?.[0]?.textContent ?? element.textContent}`;
    return { name: `${element.tagName.toLowerCase()} ${element.type ?? ""} ${name}`, isInDialog: Boolean(element.closest('[role="dialog"]')) };
  });
}

function htmlAttribute(page: Page, name: keyof ReadingSettings) {
  return page.locator("html").getAttribute(readingSettingAttributes[name]);
}

test(
  "the Reading settings button opens a labelled dialog from the keyboard; focus stays inside until Escape returns it",
  { tag: ["@wcag-2.1.1", "@wcag-2.1.2", "@wcag-2.4.3", "@wcag-4.1.2"] },
  async ({ page }) => {
    await page.goto("/book");
    const button = page.getByRole("button", { name: strings.openButton });
    await expect(button).toHaveAttribute("aria-haspopup", "dialog");
    for (let stop = 0; stop < 10 && !(await button.evaluate((element) => element === document.activeElement)); stop++) {
      await page.keyboard.press("Tab");
    }
    await expect(button).toBeFocused();

    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog");
    await expect(dialog).toBeVisible();
    await expect(dialog).toHaveAccessibleName(strings.dialogTitle);
    await expect(dialog).toHaveAccessibleDescription(strings.dialogDescription);
    // On a control inside the dialog, a screen reader says the dialog's name and description once,
    // then the control; Orca read a focused dialog box as one run-together string.
    await expect(
      settingRadio(dialog, "theme", defaultReadingSettings.theme),
      "focus starts on the first setting's chosen option, where a reader starts changing things",
    ).toBeFocused();
    const start = await describeFocus(page);
    // Hidden two frames after focus moves in, so that Orca 43 announces the move (dialog.tsx);
    // getByRole leaves out what is hidden from assistive technology.
    await expect(page.getByRole("banner"), "the page behind the dialog is hidden from screen readers").toHaveCount(0);

    // One Tab stop per radio group, plus Close, the text size slider and Reset.
    const stops = (await dialog.locator("fieldset").count()) + 3;
    const forward = [];
    for (let press = 0; press < stops * 2; press++) {
      await page.keyboard.press("Tab");
      forward.push(await describeFocus(page));
    }
    expect(forward.filter((focus) => !focus.isInDialog), "Tab never leaves the dialog").toEqual([]);
    const cycle = forward.slice(0, stops).map((focus) => focus.name);
    expect(cycle.at(-1), "a full cycle comes back to the first setting").toBe(start.name);
    expect(cycle.at(-2), "from the last control, Tab wraps to Close at the top").toBe(`button button ${strings.closeButton}`);
    expect(new Set(cycle).size, `each stop is reached once per cycle: ${cycle.join(", ")}`).toBe(stops);
    expect(forward.slice(stops).map((focus) => focus.name), "Tab wraps from the last stop to the first").toEqual(cycle);

    const backward = [];
    for (let press = 0; press < stops; press++) {
      await page.keyboard.press("Shift+Tab");
      backward.push(await describeFocus(page));
    }
    expect(backward.filter((focus) => !focus.isInDialog), "Shift+Tab never leaves the dialog").toEqual([]);
    expect(backward.map((focus) => focus.name)).toEqual([...cycle.slice(0, -1).reverse(), cycle.at(-1)]);

    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect(button, "Escape returns focus to the button").toBeFocused();
    await expect(page.getByRole("banner"), "the page is shown to screen readers again").toHaveCount(1);

    await page.keyboard.press("Enter");
    await dialog.getByRole("button", { name: strings.closeButton }).press("Enter");
    await expect(dialog).toBeHidden();
    await expect(button, "Close returns focus to the button").toBeFocused();
  },
);

test(
  "opening the dialog shows its title and the focused option where both fit, and always the focused option",
  { tag: ["@wcag-2.4.11", "@wcag-1.4.10"] },
  async ({ page }) => {
    // The first and the last colour option: the last is the furthest down the dialog.
    const themes = [readingSettingOptions.theme[0], readingSettingOptions.theme.at(-1)!];
    for (const [viewport, textSize, titleFits] of [[{ width: 1280, height: 720 }, 100, true], [{ width: 320, height: 640 }, 200, false]] as const) {
      await page.setViewportSize(viewport);
      await page.goto("/");
      for (const theme of themes) {
        const context = `${viewport.width}px, ${textSize}% text, ${theme}`;
        await loadWithSettings(page, { textSize, theme });
        await page.getByRole("button", { name: strings.openButton }).scrollIntoViewIfNeeded();
        const pageScroll = await page.evaluate(() => window.scrollY);
        const dialog = await openSettingsDialog(page);
        const option = settingRadio(dialog, "theme", theme);
        await expect(option, context).toBeFocused();
        await expect(option, `${context}: the focused option is in view`).toBeInViewport({ ratio: 0.95 });
        if (titleFits) await expect(dialog.getByRole("heading", { name: strings.dialogTitle }), `${context}: the title is in view`).toBeInViewport({ ratio: 1 });
        expect(await page.evaluate(() => window.scrollY), `${context}: the page behind does not move`).toBe(pageScroll);
        await page.keyboard.press("Escape");
        await expect(dialog).toBeHidden();
      }
    }
  },
);

/** For each radio group: what its choice visibly changes on the page, measured in the browser. */
const effects: Record<ChoiceName, (page: Page) => Promise<unknown>> = {
  theme: (page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor),
  spacing: (page) =>
    page.locator("main p").first().evaluate((paragraph) => {
      const style = getComputedStyle(paragraph);
      const size = parseFloat(style.fontSize);
      const ratio = (value: string) => Math.round(((parseFloat(value) || 0) / size) * 100) / 100;
      return { line: ratio(style.lineHeight), paragraph: ratio(style.marginBottom), letter: ratio(style.letterSpacing), word: ratio(style.wordSpacing) };
    }),
  font: (page) => page.evaluate(() => getComputedStyle(document.body).fontFamily.split(",")[0]!.replaceAll('"', "").trim()),
  motion: (page) =>
    page.evaluate(() => {
      const dialog = document.querySelector('[role="dialog"]');
      return { scrolling: getComputedStyle(document.documentElement).scrollBehavior, fade: dialog && getComputedStyle(dialog).animationDuration };
    }),
  linkUnderlines: (page) =>
    page.evaluate(() => ({
      navigation: getComputedStyle(document.querySelector("nav a:not([aria-current])")!).textDecorationLine,
      text: getComputedStyle(document.querySelector("main p a")!).textDecorationLine,
    })),
};

const expectedEffects: { [Name in ChoiceName]: Record<ReadingSettings[Name], (effect: never) => void> } = {
  theme: {
    system: (background: string) => expect(background).toBe(toRgb(palettes.light.background)),
    light: (background: string) => expect(background).toBe(toRgb(palettes.light.background)),
    dark: (background: string) => expect(background).toBe(toRgb(palettes.dark.background)),
    "high-contrast-light": (background: string) => expect(background).toBe(toRgb(palettes["high-contrast-light"].background)),
    "high-contrast-dark": (background: string) => expect(background).toBe(toRgb(palettes["high-contrast-dark"].background)),
  },
  spacing: {
    normal: (spacing: Record<string, number>) => expect(spacing.letter).toBe(0),
    // WCAG 1.4.12's minimums.
    wide: (spacing: Record<string, number>) => {
      expect(spacing.line).toBeGreaterThanOrEqual(1.5);
      expect(spacing.paragraph).toBeGreaterThanOrEqual(2);
      expect(spacing.letter).toBeGreaterThanOrEqual(0.12);
      expect(spacing.word).toBeGreaterThanOrEqual(0.16);
    },
    wider: (spacing: Record<string, number>) => {
      expect(spacing.line).toBeGreaterThan(1.8);
      expect(spacing.paragraph).toBeGreaterThan(2);
      expect(spacing.letter).toBeGreaterThan(0.12);
      expect(spacing.word).toBeGreaterThan(0.16);
    },
  },
  font: {
    default: (family: string) => expect(family).toBe("system-ui"),
    "atkinson-hyperlegible": (family: string) => expect(family).toBe("Atkinson Hyperlegible"),
  },
  motion: {
    // The test asks for no motion preference, so following the system means smooth scrolling.
    system: (motion: { scrolling: string; fade: string | null }) => {
      expect(motion.scrolling).toBe("smooth");
      if (motion.fade !== null) expect(motion.fade).toBe("0.15s");
    },
    reduce: (motion: { scrolling: string; fade: string | null }) => {
      expect(motion.scrolling).toBe("auto");
      if (motion.fade !== null) expect(motion.fade).toBe("0s");
    },
  },
  linkUnderlines: {
    text: (underlines: Record<string, string>) => expect(underlines).toEqual({ navigation: "none", text: "underline" }),
    all: (underlines: Record<string, string>) => expect(underlines).toEqual({ navigation: "underline", text: "underline" }),
  },
};

for (const name of Object.keys(effects) as ChoiceName[]) {
  test(
    `every ${name} choice is a labelled radio button that applies at once, is announced once and survives a reload`,
    { tag: ["@wcag-1.3.1", "@wcag-4.1.2", "@wcag-4.1.3"] },
    async ({ page }) => {
      await page.emulateMedia({ colorScheme: "light", reducedMotion: "no-preference" });
      await page.goto("/series");
      const announcements = await recordAnnouncements(page);
      const dialog = await openSettingsDialog(page);
      const group = dialog.getByRole("group", { name: strings[name].legend });
      const options = readingSettingOptions[name] as readonly ReadingSettings[ChoiceName][];
      const labels = strings[name].options as Record<string, string>;
      await expect(group.getByRole("radio")).toHaveCount(options.length);
      if ("hint" in strings[name]) await expect(group).toHaveAccessibleDescription(strings[name].hint!);
      await expect(group.getByRole("radio", { name: labels[defaultReadingSettings[name]], exact: true })).toBeChecked();

      // Every option after the default, then round to the default again, with the arrow keys as a
      // keyboard user would: a radio group wraps from its last button to its first.
      expect(options[0]).toBe(defaultReadingSettings[name]);
      await group.getByRole("radio", { checked: true }).focus();
      for (const option of [...options.slice(1), options[0]!]) {
        await page.keyboard.press("ArrowDown");
        const radio = group.getByRole("radio", { name: labels[option], exact: true });
        await expect(radio).toBeChecked();
        await expect(radio).toBeFocused();
        expect(await htmlAttribute(page, name)).toBe(String(option));
        (expectedEffects[name] as Record<string, (effect: unknown) => void>)[option]!(await effects[name](page));
        await announcements.expectOnce(strings[name].announcement.replace("{option}", labels[option]!));
      }

      const lastOption = options.at(-1)!;
      await group.getByRole("radio", { name: labels[lastOption], exact: true }).check();
      await page.keyboard.press("Escape");
      await page.reload();
      expect(await htmlAttribute(page, name)).toBe(String(lastOption));
      (expectedEffects[name] as Record<string, (effect: unknown) => void>)[lastOption]!(await effects[name](page));
      const reopened = await openSettingsDialog(page);
      await expect(reopened.getByRole("group", { name: strings[name].legend }).getByRole("radio", { name: labels[lastOption], exact: true })).toBeChecked();
    },
  );
}

test(
  "the text size slider goes from 100% to 200% by rem, announcing each size once, and survives a reload",
  { tag: ["@wcag-1.4.4", "@wcag-4.1.2", "@wcag-4.1.3"] },
  async ({ page }) => {
    await page.goto("/cast");
    const announcements = await recordAnnouncements(page);
    const dialog = await openSettingsDialog(page);
    const slider = dialog.getByRole("slider", { name: strings.textSize.label });
    const percent = (size: number) => strings.textSize.value.replace("{percent}", String(size));
    await expect(slider).toHaveAttribute("aria-valuetext", percent(100));
    const sizes = () =>
      page.evaluate(() => ({
        root: parseFloat(getComputedStyle(document.documentElement).fontSize),
        heading: parseFloat(getComputedStyle(document.querySelector("h1")!).fontSize),
      }));
    const initial = await sizes();

    await slider.focus();
    for (const size of readingSettingOptions.textSize.slice(1)) {
      await page.keyboard.press("ArrowRight");
      await expect(slider).toHaveAttribute("aria-valuetext", percent(size));
      expect(await htmlAttribute(page, "textSize")).toBe(String(size));
      // rem-based: the root size, and with it every heading, grows by the same factor.
      expect(await sizes()).toEqual({ root: (initial.root * size) / 100, heading: (initial.heading * size) / 100 });
      await announcements.expectOnce(strings.textSize.announcement.replace("{percent}", String(size)));
    }
    await page.keyboard.press("ArrowRight");
    await expect(slider, "200% is the largest size").toHaveAttribute("aria-valuetext", percent(200));

    await page.keyboard.press("Escape");
    await page.reload();
    expect(await htmlAttribute(page, "textSize")).toBe("200");
    expect((await sizes()).root).toBe(initial.root * 2);
  },
);

test("Reset to defaults clears every setting, says so once, and keeps focus on the button", { tag: ["@wcag-4.1.3"] }, async ({ page }) => {
  await page.goto("/");
  await loadWithSettings(page, { theme: "high-contrast-dark", textSize: 150, spacing: "wider", font: "atkinson-hyperlegible", motion: "reduce", linkUnderlines: "all" });
  const announcements = await recordAnnouncements(page);
  const dialog = await openSettingsDialog(page);
  const reset = dialog.getByRole("button", { name: strings.resetButton });
  await reset.focus();
  await page.keyboard.press("Enter");
  await announcements.expectOnce(strings.resetAnnouncement);
  await expect(reset).toBeFocused();
  for (const name of Object.keys(readingSettingAttributes) as (keyof ReadingSettings)[]) {
    expect(await htmlAttribute(page, name), name).toBe(String(defaultReadingSettings[name]));
  }
  for (const name of ["theme", "spacing", "font", "motion", "linkUnderlines"] as const) {
    await expect(settingRadio(dialog, name, defaultReadingSettings[name])).toBeChecked();
  }
  await expect(dialog.getByRole("slider")).toHaveAttribute("aria-valuetext", "100%");
  expect(await page.evaluate((key) => localStorage.getItem(key), readingSettingsStorageKey)).toBeNull();
});

test("corrupt stored settings fall back to the defaults without an error", async ({ page }) => {
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => {
    // Chromium asks every site for /favicon.ico; this site has none, and that 404 is not ours to judge here.
    if (message.type() === "error" && !message.location().url.endsWith("/favicon.ico")) errors.push(message.text());
  });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");

  for (const stored of ["{not json", "42", "[]", '{"theme":"sepia","textSize":"huge","spacing":7,"font":null}']) {
    await loadWithSettings(page, stored);
    for (const name of Object.keys(readingSettingAttributes) as (keyof ReadingSettings)[]) {
      expect(await htmlAttribute(page, name), `${stored}: ${name}`).toBeNull();
    }
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(toRgb(palettes.light.background));
    const dialog = await openSettingsDialog(page);
    await expect(settingRadio(dialog, "theme", "system")).toBeChecked();
    await expect(settingRadio(dialog, "spacing", "normal")).toBeChecked();
    await expect(dialog.getByRole("slider")).toHaveAttribute("aria-valuetext", "100%");
  }

  // Valid fields survive next to invalid ones.
  await loadWithSettings(page, '{"theme":"dark","textSize":1000,"unknown":true}');
  expect(await htmlAttribute(page, "theme")).toBe("dark");
  expect(await htmlAttribute(page, "textSize")).toBeNull();
  const dialog = await openSettingsDialog(page);
  await expect(settingRadio(dialog, "theme", "dark")).toBeChecked();
  expect(errors).toEqual([]);
});

test("the saved theme is in place before the page body is parsed, and without the site's JavaScript", { tag: ["@static-export"] }, async ({ page }) => {
  await page.addInitScript(() => {
    // Runs before the page's own scripts: note the theme at the moment <body> appears, before any paint.
    const observer = new MutationObserver(() => {
      if (!document.body) return;
      observer.disconnect();
      Object.assign(window, {
        atFirstBody: {
          theme: document.documentElement.getAttribute("data-theme"),
          background: getComputedStyle(document.documentElement).getPropertyValue("--color-background").trim(),
        },
      });
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/book");
  await loadWithSettings(page, { theme: "dark" });
  expect(await page.evaluate(() => (window as unknown as { atFirstBody: unknown }).atFirstBody)).toEqual({ theme: "dark", background: palettes.dark.background });

  // With every script of the site's bundle blocked, only the inline script in <head> can apply it.
  const blockedScripts: string[] = [];
  await page.route(/\/_next\/static\/.*\.js/, (route) => {
    blockedScripts.push(route.request().url());
    return route.abort();
  });
  await page.reload();
  expect(blockedScripts.length).toBeGreaterThan(0);
  expect(await htmlAttribute(page, "theme")).toBe("dark");
  expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(toRgb(palettes.dark.background));
});

test("Atkinson Hyperlegible is fetched from this site, and only once a reader chooses it", async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on("request", (request) => requests.push(request.url()));
  const fontRequests = () => requests.filter((url) => /\.(woff2?|ttf|otf)(\?|$)/.test(url) || /atkinson/i.test(url));

  await page.goto("/series");
  const dialog = await openSettingsDialog(page);
  await settingRadio(dialog, "theme", "dark").check();
  await settingRadio(dialog, "spacing", "wide").check();
  await page.waitForLoadState("networkidle");
  expect(fontRequests(), "no font file before the font is chosen").toEqual([]);

  const fontFile = page.waitForRequest((request) => /atkinson-hyperlegible.*\.woff2$/.test(request.url()));
  await settingRadio(dialog, "font", "atkinson-hyperlegible").check();
  expect(new URL((await fontFile).url()).origin).toBe(new URL(baseURL!).origin);
  expect(await page.evaluate(async () => (await document.fonts.ready).check('1rem "Atkinson Hyperlegible"'))).toBe(true);
  expect(requests.filter((url) => new URL(url).origin !== new URL(baseURL!).origin), "no request leaves the site").toEqual([]);
});

test(
  "with no choice saved, the theme follows the system's colour scheme and contrast preference",
  { tag: ["@wcag-1.4.3", "@wcag-1.4.6"] },
  async ({ page }) => {
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.goto("/");
    const cases = [
      [{ colorScheme: "light", contrast: "no-preference" }, palettes.light],
      [{ colorScheme: "dark", contrast: "no-preference" }, palettes.dark],
      [{ colorScheme: "light", contrast: "more" }, palettes["high-contrast-light"]],
      [{ colorScheme: "dark", contrast: "more" }, palettes["high-contrast-dark"]],
    ] as const;
    for (const [media, palette] of cases) {
      await page.emulateMedia(media);
      expect(await background(), JSON.stringify(media)).toBe(toRgb(palette.background));
    }
    await loadWithSettings(page, { theme: "light" });
    expect(await background(), "a chosen theme wins over the system").toBe(toRgb(palettes.light.background));
  },
);

/** Colours as drawn, read from the elements themselves rather than from the palette. */
async function drawnColours(page: Page, focusedLink: Locator) {
  await focusedLink.focus();
  return page.evaluate(() => {
    const style = (selector: string) => getComputedStyle(document.querySelector(selector)!);
    const focused = getComputedStyle(document.activeElement!);
    return {
      background: style("body").backgroundColor,
      surface: style(".site-header").backgroundColor,
      text: style("main p").color,
      mutedText: style(".site-header__tagline").color,
      footerText: style(".site-footer p").color,
      link: style("main p a").color,
      navigationLink: style(".site-nav a:not([aria-current])").color,
      rule: style(".site-header").borderBottomColor,
      buttonBorder: style(".reading-settings-button").borderTopColor,
      focusRing: focused.outlineColor,
      focusRingStyle: `${focused.outlineStyle} ${focused.outlineWidth}`,
    };
  });
}

for (const theme of readingSettingOptions.theme.filter((option) => option !== "system")) {
  test(`the ${theme} theme as drawn: text reaches 7:1, focus ring and borders 3:1`, { tag: ["@wcag-1.4.6", "@wcag-1.4.11"] }, async ({ page }) => {
    await page.goto("/series");
    await loadWithSettings(page, { theme });
    const colours = await drawnColours(page, page.locator("main p a").first());
    expect(colours.background).toBe(toRgb(palettes[theme].background));
    const pairs: [string, string, string, number][] = [
      ["text on the page", colours.text, colours.background, minimumTextContrast],
      ["links on the page", colours.link, colours.background, minimumTextContrast],
      ["muted text in the header", colours.mutedText, colours.surface, minimumTextContrast],
      ["muted text in the footer", colours.footerText, colours.surface, minimumTextContrast],
      ["navigation links", colours.navigationLink, colours.surface, minimumTextContrast],
      ["the focus ring", colours.focusRing, colours.background, minimumNonTextContrast],
      ["the header's rule", colours.rule, colours.background, minimumNonTextContrast],
      ["the button's border", colours.buttonBorder, colours.surface, minimumNonTextContrast],
    ];
    for (const [what, foreground, background, minimum] of pairs) {
      expect(contrastRatio(foreground, background), `${what}: ${foreground} on ${background}`).toBeGreaterThanOrEqual(minimum);
    }
    expect(colours.focusRingStyle).toBe("solid 3px");
  });
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("there is no Reading settings button to press, and pages follow the system's colours and motion", async ({ page }) => {
    await page.goto("/help");
    await expect(page.locator(".reading-settings-button"), "rendered, but hidden while scripting is off").toHaveCount(1);
    await expect(page.getByRole("button", { name: strings.openButton })).toHaveCount(0);

    for (const [colorScheme, palette] of [["light", palettes.light], ["dark", palettes.dark]] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor), colorScheme).toBe(toRgb(palette.background));
    }
    for (const [reducedMotion, behavior] of [["no-preference", "smooth"], ["reduce", "auto"]] as const) {
      await page.emulateMedia({ reducedMotion });
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior), reducedMotion).toBe(behavior);
    }
  });
});
