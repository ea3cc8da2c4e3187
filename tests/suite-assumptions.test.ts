// The end-to-end suite runs each check only where its result can differ (route-checks.spec.ts,
// states.spec.ts). Each cut rests on a fact about the code; these tests fail the moment one of
// those facts stops holding, so the cut is revisited instead of silently missing a defect.
import fs from "node:fs";
import path from "node:path";
import postcss, { type AtRule, type Declaration, type Root } from "postcss";
import { describe, expect, it } from "vitest";
import { palettes, themeStylesheet } from "@/lib/settings/themes";

const projectRoot = path.join(import.meta.dirname, "..");

function filesUnder(directories: string[], extension: string) {
  return directories.flatMap((directory) =>
    fs
      .readdirSync(path.join(projectRoot, directory), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(extension))
      .map((file) => path.join(directory, file)),
  );
}

const stylesheets: [string, Root][] = [
  ...filesUnder(["app", "components"], ".css").map((file) => [file, postcss.parse(fs.readFileSync(path.join(projectRoot, file), "utf8"))] as [string, Root]),
  ["lib/settings/themes.ts (themeStylesheet)", postcss.parse(themeStylesheet)],
];
const components = filesUnder(["app", "components"], ".tsx").map((file) => [file, fs.readFileSync(path.join(projectRoot, file), "utf8")] as const);

/** A declaration that can change a colour the reader sees. */
const isColourDeclaration = ({ prop }: Declaration) =>
  /^(--color-|color$|background|border(-\w+)*-color$|border$|border-(top|right|bottom|left)$|outline(-color)?$|box-shadow$|text-decoration(-color)?$|text-shadow$|fill$|stroke$|caret-color$|accent-color$|opacity$|filter$|color-scheme$|forced-color-adjust$)/.test(prop);

/** Every declaration in the stylesheets, with the at-rule conditions around it. */
function everyDeclaration(sheets: [string, Root][]) {
  return sheets.flatMap(([file, root]) => {
    const found: { file: string; declaration: Declaration; conditions: string[]; selector: string }[] = [];
    root.walkDecls((declaration) => {
      const conditions: string[] = [];
      let selector = "";
      for (let node = declaration.parent; node && node.type !== "root"; node = node.parent as typeof node) {
        if (node.type === "atrule") conditions.push(`@${(node as AtRule).name} ${(node as AtRule).params}`);
        if (node.type === "rule" && !selector) selector = (node as unknown as { selector: string }).selector;
      }
      found.push({ file, declaration, conditions, selector });
    });
    return found;
  });
}

/** Forced colours look the same in every theme only while nothing opts out of them. */
const findForcedColourOptOuts = (sheets: [string, Root][]) =>
  everyDeclaration(sheets)
    .filter(({ declaration }) => declaration.prop === "forced-color-adjust" && declaration.value !== "auto")
    .map(({ file, selector, declaration }) => `${file}: ${selector} { ${declaration} }`);

/** Colours are the same at every width only while no colour sits inside a size query. */
const findSizeDependentColours = (sheets: [string, Root][]) =>
  everyDeclaration(sheets)
    .filter(({ declaration }) => isColourDeclaration(declaration))
    .filter(({ conditions }) => conditions.some((condition) => /^@(media|container)\b.*\b(width|height|aspect-ratio|orientation|resolution)\b/.test(condition)))
    .map(({ file, selector, declaration, conditions }) => `${file}: ${conditions.join(" ")} ${selector} { ${declaration} }`);

/** A theme can break only colour rules while everything keyed on a theme or colour preference is a colour. */
const findThemedLayout = (sheets: [string, Root][]) =>
  everyDeclaration(sheets)
    .filter(({ selector, conditions }) => /data-theme|prefers-color-scheme|prefers-contrast/.test(`${selector} ${conditions.join(" ")}`))
    .filter(({ declaration }) => !isColourDeclaration(declaration))
    .map(({ file, selector, declaration }) => `${file}: ${selector} { ${declaration} }`);

const planted = (css: string): [string, Root][] => [["planted.css", postcss.parse(css)]];

describe("what the end-to-end suite's cuts rest on", () => {
  it("reads the stylesheets it judges", () => {
    expect(stylesheets.length).toBeGreaterThan(3);
    expect(everyDeclaration(stylesheets).filter(({ declaration }) => isColourDeclaration(declaration)).length).toBeGreaterThan(20);
  });

  it("nothing opts out of forced colours, so forced colours look the same in every theme and are checked in one", () => {
    const inComponents = components.filter(([, source]) => /forcedColorAdjust|forced-color-adjust/.test(source)).map(([file]) => file);
    expect([...findForcedColourOptOuts(stylesheets), ...inComponents]).toEqual([]);
    expect(findForcedColourOptOuts(planted(".badge { forced-color-adjust: none; color: #777 }"))).toEqual(["planted.css: .badge { forced-color-adjust: none }"]);
  });

  it("no colour depends on the screen's size, so colours are checked at one width", () => {
    expect(findSizeDependentColours(stylesheets)).toEqual([]);
    expect(findSizeDependentColours(planted("@media (max-width: 30em) { .nav a { color: #777; padding: 0 } }"))).toEqual([
      "planted.css: @media (max-width: 30em) .nav a { color: #777 }",
    ]);
  });

  it("a theme changes colours only, so only axe's colour rules are run again in each theme", () => {
    expect(findThemedLayout(stylesheets)).toEqual([]);
    expect(findThemedLayout(planted(':root[data-theme="dark"] .player { font-size: 0.6rem; color: #fff }'))).toEqual([
      'planted.css: :root[data-theme="dark"] .player { font-size: 0.6rem }',
    ]);
  });

  it("following the system gives exactly one of the chosen themes, so the system theme needs no checks of its own", () => {
    const blocks = new Map<string, Record<string, string>>();
    postcss.parse(themeStylesheet).walkRules((rule) => {
      const at = rule.parent?.type === "atrule" ? `@media ${(rule.parent as AtRule).params} ` : "";
      const properties: Record<string, string> = {};
      rule.walkDecls((declaration) => {
        properties[declaration.prop] = declaration.value;
      });
      blocks.set(`${at}${rule.selector}`, properties);
    });
    const followsSystem = `:root:not([data-theme]),:root[data-theme="system"]`;
    const chosen = (theme: keyof typeof palettes) => blocks.get(`:root[data-theme="${theme}"]`);
    expect(blocks.get(":root")).toEqual(chosen("light"));
    expect(blocks.get(`@media (prefers-color-scheme:dark) ${followsSystem}`)).toEqual(chosen("dark"));
    expect(blocks.get(`@media (prefers-contrast:more) ${followsSystem}`)).toEqual(chosen("high-contrast-light"));
    expect(blocks.get(`@media (prefers-contrast:more) and (prefers-color-scheme:dark) ${followsSystem}`)).toEqual(chosen("high-contrast-dark"));
    expect(blocks.size).toBe(4 + Object.keys(palettes).length);
  });

  it("the player is one component drawn in one place, so its playing state is checked once per template", () => {
    const renderers = components.filter(([, source]) => /<NarrationPlayer\s/.test(source)).map(([file]) => file);
    expect(renderers).toEqual(["components/content/content-page.tsx"]);
    const [, contentPage] = components.find(([file]) => file === "components/content/content-page.tsx")!;
    // Its props come from the site's shared content; the route only picks which recording it
    // plays, or why it has none (lib/recordings/recorded-routes.ts), and tests/recordings.spec.ts
    // checks every recorded route has one.
    expect(contentPage).toMatch(
      /<NarrationPlayer\s+strings=\{strings\.narration\}\s+lexicon=\{createLexicon\(pronunciations, "en"\)\}\s+siteName=\{strings\.siteName\}\s+recording=\{isRecorded \? findPageRecording\(route\) : null\}\s+noRecordingReason=\{isRecorded \? undefined : strings\.narration\.recording\.notRecorded\}\s+downloadName=\{downloadName\(route, strings\.siteName\)\}\s+\/>/,
    );
  });

  it("the dialogs are opened from the site's header and the player, the same on every page, so each is checked once", () => {
    const settingsRenderers = components.filter(([, source]) => /<ReadingSettings\s*\/>/.test(source)).map(([file]) => file);
    expect(settingsRenderers).toEqual(["components/layout/site-header.tsx"]);
    const shortcutsRenderers = components.filter(([, source]) => /<ShortcutsDialog\s/.test(source)).map(([file]) => file);
    expect(shortcutsRenderers).toEqual(["components/narration/use-shortcuts-dialog.tsx"]);
  });
});
