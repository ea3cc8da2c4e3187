import { describe, expect, it } from "vitest";
import { findShortcut, pageShortcuts, playerShortcuts } from "./keyboard-shortcuts";
import type { KeyLike, ShortcutContext } from "./keyboard-shortcuts";

function press(key: string, init: Partial<KeyLike> = {}): KeyLike {
  const code = /^[a-z]$/i.test(key) ? `Key${key.toUpperCase()}` : key;
  return { key, code, altKey: false, shiftKey: false, ctrlKey: false, metaKey: false, ...init };
}

const inPlayer: ShortcutContext = { isEnabled: true, isInPlayer: true, isInFormField: false };
const elsewhere: ShortcutContext = { ...inPlayer, isInPlayer: false };

describe("findShortcut", () => {
  it("maps single letters while focus is in the player, in either letter case", () => {
    expect(findShortcut(press("p"), inPlayer)).toBe("playPause");
    expect(findShortcut(press("P"), inPlayer)).toBe("playPause");
    expect(findShortcut(press("s"), inPlayer)).toBe("stop");
    expect(findShortcut(press("n"), inPlayer)).toBe("nextSentence");
    expect(findShortcut(press("b"), inPlayer)).toBe("previousSentence");
    expect(findShortcut(press("h"), inPlayer)).toBe("nextHeading");
    expect(findShortcut(press("?", { shiftKey: true }), inPlayer)).toBe("help");
  });

  it("reads Shift, not the letter's case, to widen or reverse the step", () => {
    expect(findShortcut(press("N", { shiftKey: true }), inPlayer)).toBe("nextParagraph");
    expect(findShortcut(press("B", { shiftKey: true }), inPlayer)).toBe("previousParagraph");
    expect(findShortcut(press("H", { shiftKey: true }), inPlayer)).toBe("previousHeading");
    // Caps Lock gives capitals without Shift.
    expect(findShortcut(press("H"), inPlayer)).toBe("nextHeading");
    expect(findShortcut(press("N"), inPlayer)).toBe("nextSentence");
    expect(findShortcut(press("P", { shiftKey: true }), inPlayer)).toBeNull();
  });

  it("never binds a plain key outside the player", () => {
    for (const key of ["p", "s", "n", "b", "h", "?"]) expect(findShortcut(press(key), elsewhere)).toBeNull();
  });

  it("maps Alt + Shift shortcuts anywhere on the page by physical key", () => {
    expect(findShortcut(press("∏", { code: "KeyP", altKey: true, shiftKey: true }), elsewhere)).toBe("playPause");
    expect(findShortcut(press("S", { altKey: true, shiftKey: true }), elsewhere)).toBe("stop");
    expect(findShortcut(press("N", { altKey: true, shiftKey: true }), inPlayer)).toBe("nextSentence");
    expect(findShortcut(press("B", { altKey: true, shiftKey: true }), elsewhere)).toBe("previousSentence");
    expect(findShortcut(press("p", { altKey: true }), elsewhere)).toBeNull();
    expect(findShortcut(press("I", { altKey: true, shiftKey: true }), elsewhere)).toBeNull();
  });

  it("leaves every key alone in form fields, with Ctrl or Meta, while composing, or when turned off", () => {
    expect(findShortcut(press("p"), { ...inPlayer, isInFormField: true })).toBeNull();
    expect(findShortcut(press("P", { altKey: true, shiftKey: true }), { ...elsewhere, isInFormField: true })).toBeNull();
    expect(findShortcut(press("p", { ctrlKey: true }), inPlayer)).toBeNull();
    expect(findShortcut(press("p", { metaKey: true }), inPlayer)).toBeNull();
    expect(findShortcut(press("p", { isComposing: true }), inPlayer)).toBeNull();
    expect(findShortcut(press("p"), { ...inPlayer, isEnabled: false })).toBeNull();
    expect(findShortcut(press("P", { altKey: true, shiftKey: true }), { ...elsewhere, isEnabled: false })).toBeNull();
  });

  it("lists each shortcut once for the help dialog, with distinct keys", () => {
    const keys = [...playerShortcuts, ...pageShortcuts].map((shortcut) => shortcut.keys);
    expect(new Set(keys).size).toBe(keys.length);
    expect(playerShortcuts.map((shortcut) => shortcut.action)).toContain("help");
  });
});
