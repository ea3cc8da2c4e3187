import { describe, expect, it } from "vitest";
import { defaultReadingSettings, maxStoredSettingsLength, parseStoredSettings, readingSettingOptions, readingSettingsSchema } from "./reading-settings";

const everyChoiceChanged = {
  theme: "high-contrast-dark",
  textSize: 175,
  spacing: "wider",
  font: "atkinson-hyperlegible",
  motion: "reduce",
  linkUnderlines: "all",
} as const;

describe("the reading settings schema", () => {
  it("defaults to the first option of every setting: the site as it is without settings", () => {
    expect(defaultReadingSettings).toEqual({
      theme: "system",
      textSize: 100,
      spacing: "normal",
      font: "default",
      motion: "system",
      linkUnderlines: "text",
    });
  });

  it("accepts every option of every setting, and nothing else", () => {
    for (const [name, options] of Object.entries(readingSettingOptions)) {
      const shape = readingSettingsSchema.shape[name as keyof typeof readingSettingOptions];
      for (const option of options) expect(shape.safeParse(option).success, `${name}: ${option}`).toBe(true);
      expect(shape.safeParse("something-else").success, name).toBe(false);
    }
  });

  it("offers text sizes from 100% to 200%, in increasing steps", () => {
    const sizes = readingSettingOptions.textSize;
    expect(sizes[0]).toBe(100);
    expect(sizes.at(-1)).toBe(200);
    expect([...sizes].sort((a, b) => a - b)).toEqual(sizes);
  });
});

describe("parseStoredSettings", () => {
  it("reads back what was saved", () => {
    expect(parseStoredSettings(JSON.stringify(everyChoiceChanged))).toEqual(everyChoiceChanged);
  });

  it.each([
    ["nothing saved", null],
    ["an empty string", ""],
    ["invalid JSON", "{theme: dark"],
    ["JSON null", "null"],
    ["a number", "42"],
    ["a string", '"dark"'],
    ["an array", '["dark", 150]'],
    ["an empty object", "{}"],
  ])("gives the defaults for %s", (_case, stored) => {
    expect(parseStoredSettings(stored)).toEqual(defaultReadingSettings);
  });

  it("replaces each invalid field with its default and keeps the valid ones", () => {
    const stored = {
      theme: "sepia",
      textSize: 250,
      spacing: "wide",
      font: 1,
      motion: null,
      linkUnderlines: "all",
    };
    expect(parseStoredSettings(JSON.stringify(stored))).toEqual({
      ...defaultReadingSettings,
      spacing: "wide",
      linkUnderlines: "all",
    });
  });

  it.each([
    ["a size between steps", 110],
    ["a size below the range", 50],
    ["a size above the range", 400],
    ["a size written as a string", "150"],
    ["a size written as a percentage", "150%"],
  ])("falls back to 100%% for %s", (_case, textSize) => {
    expect(parseStoredSettings(JSON.stringify({ ...everyChoiceChanged, textSize })).textSize).toBe(100);
  });

  it("drops unknown keys, such as one a newer version of the site might write", () => {
    const settings = parseStoredSettings(JSON.stringify({ ...everyChoiceChanged, narrationVoice: "Daniel", version: 3 }));
    expect(settings).toEqual(everyChoiceChanged);
  });

  it("keeps what still exists from an older shape and defaults the rest", () => {
    // A shape with a renamed field (fontSize) and a since-removed theme value.
    const olderShape = { theme: "sepia", fontSize: "large", font: "atkinson-hyperlegible", underline: true };
    expect(parseStoredSettings(JSON.stringify(olderShape))).toEqual({ ...defaultReadingSettings, font: "atkinson-hyperlegible" });
  });

  it("does not read settings through the object prototype", () => {
    expect(parseStoredSettings('{"__proto__": {"theme": "dark"}}')).toEqual(defaultReadingSettings);
    expect(parseStoredSettings('{"__proto__": {"theme": "dark"}, "textSize": 150}')).toEqual({ ...defaultReadingSettings, textSize: 150 });
  });

  it("does not parse saved text over the length limit", () => {
    const saved = JSON.stringify({ theme: "dark", padding: "x".repeat(maxStoredSettingsLength) });
    expect(parseStoredSettings(saved)).toEqual(defaultReadingSettings);
    expect(parseStoredSettings(JSON.stringify({ theme: "dark" }))).toEqual({ ...defaultReadingSettings, theme: "dark" });
  });
});
