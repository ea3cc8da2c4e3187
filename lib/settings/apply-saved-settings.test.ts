import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { applySavedSettingsScript } from "./apply-saved-settings";
import { maxStoredSettingsLength, readingSettingAttributes, readingSettingOptions, readingSettingsStorageKey } from "./reading-settings";

/** Runs the exact script the page gets, against a stand-in for localStorage and <html>. */
function runScript(stored: string | null | (() => never), before = "") {
  const attributes: Record<string, string> = {};
  const sandbox = {
    localStorage: {
      getItem: (key: string) => {
        if (typeof stored === "function") return stored();
        return key === readingSettingsStorageKey ? stored : null;
      },
    },
    document: { documentElement: { setAttribute: (name: string, value: string) => (attributes[name] = value) } },
  };
  vm.runInNewContext(before + applySavedSettingsScript, sandbox);
  return attributes;
}

describe("the script that applies saved settings before the first paint", () => {
  it("puts every saved setting on <html>", () => {
    const saved = { theme: "dark", textSize: 150, spacing: "wide", font: "atkinson-hyperlegible", motion: "reduce", linkUnderlines: "all" };
    expect(runScript(JSON.stringify(saved))).toEqual({
      "data-theme": "dark",
      "data-text-size": "150",
      "data-spacing": "wide",
      "data-font": "atkinson-hyperlegible",
      "data-motion": "reduce",
      "data-link-underlines": "all",
    });
  });

  it("allows exactly the schema's options, so it and the dialog agree", () => {
    for (const [name, options] of Object.entries(readingSettingOptions)) {
      const attribute = readingSettingAttributes[name as keyof typeof readingSettingOptions];
      for (const option of options) expect(runScript(JSON.stringify({ [name]: option }))).toEqual({ [attribute]: String(option) });
    }
  });

  it("leaves out values that are not allowed, such as markup or an unknown theme", () => {
    const saved = { theme: '"><script>alert(1)</script>', textSize: "150", spacing: "wide", font: null };
    expect(runScript(JSON.stringify(saved))).toEqual({ "data-spacing": "wide" });
  });

  it.each([
    ["nothing saved", null],
    ["invalid JSON", "{theme"],
    ["a number", "7"],
    ["a string", '"dark"'],
  ])("does nothing, and throws nothing, for %s", (_case, stored) => {
    expect(runScript(stored)).toEqual({});
  });

  it("reads only the saved object's own fields, never its prototype's", () => {
    expect(runScript('{"__proto__": {"theme": "dark"}, "spacing": "wide"}')).toEqual({ "data-spacing": "wide" });
    expect(runScript("{}", "Object.prototype.theme = 'dark';")).toEqual({});
  });

  it("does nothing for saved text over the length limit", () => {
    expect(runScript(JSON.stringify({ theme: "dark", padding: "x".repeat(maxStoredSettingsLength) }))).toEqual({});
  });

  it("does nothing when the browser blocks storage", () => {
    expect(
      runScript(() => {
        throw new Error("SecurityError: The operation is insecure.");
      }),
    ).toEqual({});
  });
});
