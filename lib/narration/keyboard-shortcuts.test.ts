// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from "vitest";
import { findShortcut, locateKeyPress, pageShortcuts, playerShortcuts } from "./keyboard-shortcuts";
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

describe("locateKeyPress", () => {
  afterEach(() => {
    document.body.replaceChildren();
  });

  function renderPage() {
    document.body.innerHTML = `
      <main>
        <p id="text">Some text.</p>
        <section id="player">
          <button id="play" type="button">Play</button>
          <label><input id="shortcuts" type="checkbox"> Keyboard shortcuts</label>
          <select id="rate"><option>1×</option></select>
        </section>
        <input id="search" type="text">
        <textarea id="notes"></textarea>
        <div contenteditable="true"><p><span id="editable">Editable</span></p></div>
        <div contenteditable="false"><span id="not-editable">Fixed</span></div>
      </main>`;
    return document.getElementById("player");
  }

  /** A real keydown on an element, handled as the player's document listener handles it. */
  function pressOn(id: string, key: string, init: KeyboardEventInit = {}) {
    const player = renderPage();
    let action: ReturnType<typeof findShortcut> = null;
    const listener = (event: KeyboardEvent) => {
      action = findShortcut(event, { isEnabled: true, ...locateKeyPress(event.target, player) });
    };
    document.addEventListener("keydown", listener);
    document.getElementById(id)!.dispatchEvent(new KeyboardEvent("keydown", { key, code: `Key${key.toUpperCase()}`, bubbles: true, ...init }));
    document.removeEventListener("keydown", listener);
    return action;
  }

  it("knows a key pressed on a control inside the player from one pressed elsewhere", () => {
    const player = renderPage();
    expect(locateKeyPress(document.getElementById("play"), player)).toEqual({ isInPlayer: true, isInFormField: false });
    expect(locateKeyPress(document.getElementById("text"), player)).toEqual({ isInPlayer: false, isInFormField: false });
    expect(pressOn("play", "p")).toBe("playPause");
    expect(pressOn("text", "p")).toBeNull();
    expect(pressOn("text", "p", { altKey: true, shiftKey: true })).toBe("playPause");
  });

  it("leaves every key to text fields, selects, check boxes and editable regions, in the player or not", () => {
    const player = renderPage();
    for (const id of ["shortcuts", "rate", "search", "notes", "editable"]) {
      expect(locateKeyPress(document.getElementById(id), player).isInFormField, id).toBe(true);
      expect(pressOn(id, "p", { altKey: true, shiftKey: true }), id).toBeNull();
    }
    expect(pressOn("shortcuts", "p")).toBeNull();
  });

  it("does not count a region marked not editable as a field", () => {
    const player = renderPage();
    expect(locateKeyPress(document.getElementById("not-editable"), player).isInFormField).toBe(false);
    expect(pressOn("not-editable", "s", { altKey: true, shiftKey: true })).toBe("stop");
  });

  it("treats a target that is not an element, or a page without a player, as outside the player and any field", () => {
    const player = renderPage();
    expect(locateKeyPress(document, player)).toEqual({ isInPlayer: false, isInFormField: false });
    expect(locateKeyPress(null, player)).toEqual({ isInPlayer: false, isInFormField: false });
    expect(locateKeyPress(document.getElementById("play"), null)).toEqual({ isInPlayer: false, isInFormField: false });
  });
});
