import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { contrastRatio, minimumNonTextContrast, minimumTextContrast } from "./contrast";
import { readingSettingOptions } from "./reading-settings";
import { palettes, themeStylesheet, type Palette } from "./themes";

const projectRoot = fileURLToPath(new URL("../..", import.meta.url));

type ColourName = Exclude<keyof Palette, "colorScheme">;

/** Every pair of colours the site draws next to each other, and the WCAG minimum it must reach. */
const pairs: [foreground: ColourName, background: ColourName, minimum: number][] = [
  ["text", "background", minimumTextContrast],
  ["text", "surface", minimumTextContrast],
  ["mutedText", "background", minimumTextContrast],
  ["mutedText", "surface", minimumTextContrast],
  ["link", "background", minimumTextContrast],
  ["link", "surface", minimumTextContrast],
  ["linkVisited", "background", minimumTextContrast],
  ["linkVisited", "surface", minimumTextContrast],
  ["focus", "background", minimumNonTextContrast],
  ["focus", "surface", minimumNonTextContrast],
  ["focus", "focusHalo", minimumNonTextContrast],
  ["border", "background", minimumNonTextContrast],
  ["border", "surface", minimumNonTextContrast],
];

describe.each(Object.entries(palettes))("the %s palette", (_theme, palette) => {
  it.each(pairs)("%s on %s reaches %i:1", (foreground, background, minimum) => {
    expect(contrastRatio(palette[foreground], palette[background])).toBeGreaterThanOrEqual(minimum);
  });
});

describe("themeStylesheet", () => {
  it("has a palette for every theme a reader can choose, besides following the system", () => {
    expect(Object.keys(palettes).sort()).toEqual(readingSettingOptions.theme.filter((theme) => theme !== "system").sort());
    for (const theme of Object.keys(palettes)) expect(themeStylesheet).toContain(`:root[data-theme="${theme}"]{`);
  });

  it("follows the system's colour scheme and contrast preference when no theme is chosen", () => {
    const followsSystem = `:root:not([data-theme]),:root[data-theme="system"]`;
    expect(themeStylesheet).toContain(`@media (prefers-color-scheme:dark){${followsSystem}{color-scheme:dark;--color-background:${palettes.dark.background};`);
    expect(themeStylesheet).toContain(
      `@media (prefers-contrast:more) and (prefers-color-scheme:dark){${followsSystem}{color-scheme:dark;--color-background:${palettes["high-contrast-dark"].background};`,
    );
  });

  it("defines, in every theme, each colour the site's stylesheets use", () => {
    const stylesheets = ["app", "components"].flatMap((directory) =>
      fs
        .readdirSync(path.join(projectRoot, directory), { recursive: true, encoding: "utf8" })
        .filter((file) => file.endsWith(".css"))
        .map((file) => path.join(projectRoot, directory, file)),
    );
    const used = new Set(stylesheets.flatMap((file) => fs.readFileSync(file, "utf8").match(/var\(--color-[a-z-]+/g) ?? []));
    expect(used.size).toBeGreaterThan(5);
    const themeBlocks = themeStylesheet.match(/\{color-scheme:[^}]*\}/g)!;
    // The default, three for following the system, then one per theme.
    expect(themeBlocks).toHaveLength(4 + Object.keys(palettes).length);
    for (const block of themeBlocks) {
      for (const usage of used) expect(block, usage).toContain(`${usage.slice("var(".length)}:#`);
    }
  });
});
