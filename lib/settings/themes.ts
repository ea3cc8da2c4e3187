/**
 * The site's colours: one palette per theme, and the stylesheet built from them.
 *
 * The palettes are data so that one definition serves both the page and the unit test that
 * measures every pair's contrast (themes.test.ts); the root layout puts `themeStylesheet` in
 * <head>, and app/globals.css and the components use only the custom properties it defines.
 */
import type { Theme } from "./reading-settings";

export interface Palette {
  /** Tells the browser which native controls and scrollbars to draw. */
  colorScheme: "light" | "dark";
  background: string;
  /** Header, footer and hover backgrounds. */
  surface: string;
  text: string;
  mutedText: string;
  link: string;
  linkVisited: string;
  /** Control borders and rules between sections. */
  border: string;
  /** The focus ring. */
  focus: string;
  /** Drawn between the focused element and its ring, so the ring stands out on any background. */
  focusHalo: string;
}

export const palettes = {
  light: {
    colorScheme: "light",
    background: "#ffffff",
    surface: "#f3f2f1",
    text: "#0b0c0c",
    mutedText: "#383838",
    link: "#1a3e8c",
    linkVisited: "#5a2a82",
    border: "#505a5f",
    focus: "#0b0c0c",
    focusHalo: "#ffdd00",
  },
  dark: {
    colorScheme: "dark",
    background: "#121212",
    surface: "#1e1e1e",
    text: "#f2f2f2",
    mutedText: "#d6d6d6",
    link: "#a8c8ff",
    linkVisited: "#d7b8ff",
    border: "#bdbdbd",
    focus: "#ffdd00",
    focusHalo: "#121212",
  },
  "high-contrast-light": {
    colorScheme: "light",
    background: "#ffffff",
    surface: "#ffffff",
    text: "#000000",
    mutedText: "#000000",
    link: "#0000b8",
    linkVisited: "#5c0090",
    border: "#000000",
    focus: "#000000",
    focusHalo: "#ffdd00",
  },
  "high-contrast-dark": {
    colorScheme: "dark",
    background: "#000000",
    surface: "#000000",
    text: "#ffffff",
    mutedText: "#ffffff",
    link: "#ffff00",
    linkVisited: "#ffb8ff",
    border: "#ffffff",
    focus: "#00ffff",
    focusHalo: "#000000",
  },
} as const satisfies Record<Exclude<Theme, "system">, Palette>;

/** `mutedText` → `--color-muted-text`, the names the stylesheets use. */
function customProperties(palette: Palette) {
  const { colorScheme, ...colors } = palette;
  const properties = Object.entries(colors).map(([name, value]) => `--color-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}:${value}`);
  return `color-scheme:${colorScheme};${properties.join(";")}`;
}

/** With no choice saved, or with JavaScript off, the theme follows the system. */
const followsSystem = `:root:not([data-theme]),:root[data-theme="system"]`;

export const themeStylesheet = [
  `:root{${customProperties(palettes.light)}}`,
  `@media (prefers-color-scheme:dark){${followsSystem}{${customProperties(palettes.dark)}}}`,
  `@media (prefers-contrast:more){${followsSystem}{${customProperties(palettes["high-contrast-light"])}}}`,
  `@media (prefers-contrast:more) and (prefers-color-scheme:dark){${followsSystem}{${customProperties(palettes["high-contrast-dark"])}}}`,
  ...Object.entries(palettes).map(([theme, palette]) => `:root[data-theme="${theme}"]{${customProperties(palette)}}`),
].join("\n");
