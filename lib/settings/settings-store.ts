/**
 * The browser's side of the reading settings: the one place that touches their localStorage
 * entry and the attributes on <html>. React reads it through useSyncExternalStore.
 */
import {
  defaultReadingSettings,
  parseStoredSettings,
  readingSettingAttributes,
  readingSettingNames,
  readingSettingsStorageKey,
  type ReadingSettings,
} from "./reading-settings";
import { Subscribers } from "@/lib/snapshot-store";

const subscribers = new Subscribers();
/** The last stored text and what it parsed to, so an unchanged store gives the same object. */
let snapshot: { stored: string | null; settings: ReadingSettings } | undefined;

/** localStorage throws when the browser blocks storage (e.g. all site data blocked); treat it as empty. */
function readStoredText() {
  try {
    return localStorage.getItem(readingSettingsStorageKey);
  } catch {
    return null;
  }
}

export function readSettings(): ReadingSettings {
  const stored = readStoredText();
  if (snapshot?.stored !== stored) snapshot = { stored, settings: parseStoredSettings(stored) };
  return snapshot.settings;
}

export const subscribeToSettings = subscribers.subscribe;

/** Applies the settings to the page at once and saves them for the next visit. */
export function saveSettings(settings: ReadingSettings) {
  update(settings, () => localStorage.setItem(readingSettingsStorageKey, JSON.stringify(settings)));
}

export function resetSettings() {
  update(defaultReadingSettings, () => localStorage.removeItem(readingSettingsStorageKey));
}

function update(settings: ReadingSettings, writeToStorage: () => void) {
  for (const name of readingSettingNames) document.documentElement.setAttribute(readingSettingAttributes[name], String(settings[name]));
  try {
    writeToStorage();
  } catch {
    // Storage is blocked or full: the change still applies to this page, and the form shows it.
    snapshot = { stored: readStoredText(), settings };
  }
  subscribers.notify();
}
