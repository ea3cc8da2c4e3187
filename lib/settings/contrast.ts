/** WCAG 2.2 contrast, for the unit tests of the palettes and the browser tests of what is drawn. */

/** WCAG 1.4.6 Contrast (Enhanced), level AAA: text against its background. */
export const minimumTextContrast = 7;
/** WCAG 1.4.11 Non-text Contrast: focus indicators and control borders against what is next to them. */
export const minimumNonTextContrast = 3;

/** Channels 0–255 and alpha 0–1 of `#rrggbb`, or of `rgb()` / `rgba()` as getComputedStyle writes them. */
function parseColor(color: string): [number, number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16), 1];
  const rgb = /^rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)\s*(?:[,/]\s*([\d.]+)\s*)?\)$/.exec(color);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
  throw new Error(`Cannot read the colour "${color}": expected #rrggbb, rgb() or rgba()`);
}

/**
 * A translucent colour as it shows over an opaque backdrop, e.g. Chromium's emulated forced-colours
 * Highlight, rgba(5, 0, 73, 0.8).
 */
export function composite(color: string, backdrop: string) {
  const [red, green, blue, alpha] = parseColor(color);
  const below = parseColor(backdrop);
  if (below[3] !== 1) throw new Error(`The backdrop "${backdrop}" must be opaque`);
  const mix = (channel: number, under: number) => Math.round(channel * alpha + under * (1 - alpha));
  return `rgb(${mix(red, below[0])}, ${mix(green, below[1])}, ${mix(blue, below[2])})`;
}

/** https://www.w3.org/TR/WCAG22/#dfn-relative-luminance */
export function relativeLuminance(color: string) {
  const [red, green, blue, alpha] = parseColor(color);
  if (alpha !== 1) throw new Error(`Cannot measure the contrast of "${color}": it is translucent; composite() it over its backdrop first`);
  const [linearRed, linearGreen, linearBlue] = [red, green, blue].map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * linearRed + 0.7152 * linearGreen + 0.0722 * linearBlue;
}

/** https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio, from 1 (none) to 21 (black on white). */
export function contrastRatio(first: string, second: string) {
  const [lighter, darker] = [relativeLuminance(first), relativeLuminance(second)].sort((a, b) => b - a) as [number, number];
  return (lighter + 0.05) / (darker + 0.05);
}
