/**
 * What a reader can choose in the reading settings, and how a saved choice is read back.
 *
 * This module is the one source of truth for the choices: the zod schema, the defaults, the
 * labels' keys in content/strings.json and the allow-list of the script that applies saved
 * settings before the first paint are all built from `readingSettingOptions`.
 *
 * It uses zod/mini, not the zod of content/schema.ts, because it runs in the browser: a bundler
 * can trim zod/mini to the few validators used, while the whole of zod is about 90 KiB gzip
 * (measured with esbuild). It is loaded only with the dialog (see `npm run bench`).
 */
import * as z from "zod/mini";

/** Every value each setting can take, in the order the dialog offers them; the first is the default. */
export const readingSettingOptions = {
  theme: ["system", "light", "dark", "high-contrast-light", "high-contrast-dark"],
  textSize: [100, 125, 150, 175, 200],
  spacing: ["normal", "wide", "wider"],
  font: ["default", "atkinson-hyperlegible"],
  motion: ["system", "reduce"],
  linkUnderlines: ["text", "all"],
} as const;

export const readingSettingsSchema = z.object({
  theme: z.enum(readingSettingOptions.theme),
  /** A percentage of the browser's own text size, so a reader's browser setting still counts. */
  textSize: z.literal(readingSettingOptions.textSize),
  spacing: z.enum(readingSettingOptions.spacing),
  font: z.enum(readingSettingOptions.font),
  motion: z.enum(readingSettingOptions.motion),
  linkUnderlines: z.enum(readingSettingOptions.linkUnderlines),
});

export type ReadingSettings = z.infer<typeof readingSettingsSchema>;
export type ReadingSettingName = keyof ReadingSettings;
export type Theme = ReadingSettings["theme"];

export const readingSettingNames = Object.keys(readingSettingOptions) as ReadingSettingName[];

export const defaultReadingSettings: ReadingSettings = readingSettingsSchema.parse(
  Object.fromEntries(readingSettingNames.map((name) => [name, readingSettingOptions[name][0]])),
);

/**
 * The attribute on <html> that carries each setting; the stylesheets key their rules on these
 * (e.g. `html[data-theme="dark"]`), and no attribute means the default.
 */
export const readingSettingAttributes = {
  theme: "data-theme",
  textSize: "data-text-size",
  spacing: "data-spacing",
  font: "data-font",
  motion: "data-motion",
  linkUnderlines: "data-link-underlines",
} as const satisfies Record<ReadingSettingName, `data-${string}`>;

export const readingSettingsStorageKey = "light-companion:reading-settings";

/**
 * The saved settings are about 130 characters; anything much longer was not written by this
 * site, and is not parsed (nor by the pre-paint script, which must stay quick).
 */
export const maxStoredSettingsLength = 1024;

/**
 * Reads settings saved as JSON. Each field is checked on its own, so a value written by an
 * older or newer version of the site, or edited by hand, keeps every choice that still exists
 * and falls back to the default for the rest. Nothing here throws: a reader whose storage is
 * corrupt gets the defaults, not an error.
 */
export function parseStoredSettings(stored: string | null): ReadingSettings {
  if (stored === null || stored.length > maxStoredSettingsLength) return defaultReadingSettings;
  let value: unknown;
  try {
    value = JSON.parse(stored);
  } catch {
    return defaultReadingSettings;
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return defaultReadingSettings;
  // Only the object's own fields count, never one it inherits.
  const fieldOf = (name: ReadingSettingName) => (Object.hasOwn(value, name) ? (value as Record<string, unknown>)[name] : undefined);
  return readingSettingsSchema.parse(
    Object.fromEntries(
      readingSettingNames.map((name) => {
        const field = fieldOf(name);
        return [name, readingSettingsSchema.shape[name].safeParse(field).success ? field : defaultReadingSettings[name]];
      }),
    ),
  );
}
