/**
 * The inline script that applies saved reading settings before the first paint.
 *
 * Why an inline script and not a cookie read on the server: every page is statically generated,
 * and reading a cookie would make every page render on each request. Settings live in
 * localStorage instead, and this script, placed in <head> before any content, copies them onto
 * <html> as data attributes while the page is still being parsed, so the first frame already has
 * the reader's theme and text size: no flash of the defaults.
 *
 * The script cannot load zod, so it checks each value against an allow-list built from the same
 * options the zod schema is built from; anything else is left off, which means the default.
 */
import {
  maxStoredSettingsLength,
  readingSettingAttributes,
  readingSettingNames,
  readingSettingOptions,
  readingSettingsStorageKey,
} from "./reading-settings";

type AllowList = [setting: string, attribute: string, allowedValues: readonly (string | number)[]][];

/**
 * Serialised with toString() into the page, so it must use nothing from outside its own body,
 * and only syntax every browser the site supports can run. Any failure (storage blocked by the
 * browser, corrupt JSON) leaves the defaults in place.
 */
function applySavedSettings(storageKey: string, maxLength: number, allowList: AllowList) {
  try {
    const stored = localStorage.getItem(storageKey) || "null";
    if (stored.length > maxLength) return;
    const saved = JSON.parse(stored);
    if (!saved || typeof saved !== "object") return;
    for (const [setting, attribute, allowedValues] of allowList) {
      if (!Object.prototype.hasOwnProperty.call(saved, setting)) continue;
      if (allowedValues.indexOf(saved[setting]) !== -1) document.documentElement.setAttribute(attribute, String(saved[setting]));
    }
  } catch {
    // Storage blocked or unreadable: the defaults stay.
  }
}

const allowList: AllowList = readingSettingNames.map((name) => [name, readingSettingAttributes[name], readingSettingOptions[name]]);

export const applySavedSettingsScript = `(${applySavedSettings.toString()})(${JSON.stringify(readingSettingsStorageKey)},${maxStoredSettingsLength},${JSON.stringify(allowList)})`;
