import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { defaultReadingSettings, readingSettingsStorageKey, type ReadingSettings } from "./reading-settings";
import { readSettings, resetSettings, saveSettings, subscribeToSettings } from "./settings-store";

const darkAndLarge: ReadingSettings = { ...defaultReadingSettings, theme: "dark", textSize: 200 };

let storage: Map<string, string>;
let attributes: Map<string, string>;
let isStorageBlocked: boolean;

beforeEach(() => {
  storage = new Map();
  attributes = new Map();
  isStorageBlocked = false;
  const blockable = <Result>(operation: () => Result) => {
    if (isStorageBlocked) throw new Error("SecurityError");
    return operation();
  };
  vi.stubGlobal("localStorage", {
    getItem: (key: string) => blockable(() => storage.get(key) ?? null),
    setItem: (key: string, value: string) => blockable(() => storage.set(key, value)),
    removeItem: (key: string) => blockable(() => storage.delete(key)),
  });
  vi.stubGlobal("document", { documentElement: { setAttribute: (name: string, value: string) => attributes.set(name, value) } });
});

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the settings store", () => {
  it("saves, applies to <html> and tells subscribers, once per change", () => {
    const listener = vi.fn();
    const unsubscribe = subscribeToSettings(listener);
    saveSettings(darkAndLarge);
    unsubscribe();
    saveSettings(defaultReadingSettings);

    expect(listener).toHaveBeenCalledTimes(1);
    expect(JSON.parse(storage.get(readingSettingsStorageKey)!)).toEqual(defaultReadingSettings);
    expect(attributes.get("data-theme")).toBe("system");
  });

  it("applies every setting as an attribute", () => {
    saveSettings(darkAndLarge);
    expect(Object.fromEntries(attributes)).toEqual({
      "data-theme": "dark",
      "data-text-size": "200",
      "data-spacing": "normal",
      "data-font": "default",
      "data-motion": "system",
      "data-link-underlines": "text",
    });
  });

  it("returns the same object while storage is unchanged, as useSyncExternalStore requires", () => {
    saveSettings(darkAndLarge);
    expect(readSettings()).toBe(readSettings());
    expect(readSettings()).toEqual(darkAndLarge);
  });

  it("reads corrupt storage as the defaults", () => {
    storage.set(readingSettingsStorageKey, "{not json");
    expect(readSettings()).toEqual(defaultReadingSettings);
  });

  it("forgets the saved settings on reset", () => {
    saveSettings(darkAndLarge);
    resetSettings();
    expect(storage.has(readingSettingsStorageKey)).toBe(false);
    expect(readSettings()).toEqual(defaultReadingSettings);
    expect(attributes.get("data-text-size")).toBe("100");
  });

  it("still applies and shows a change when storage is blocked", () => {
    isStorageBlocked = true;
    expect(() => saveSettings(darkAndLarge)).not.toThrow();
    expect(attributes.get("data-theme")).toBe("dark");
    expect(readSettings()).toEqual(darkAndLarge);
  });
});
