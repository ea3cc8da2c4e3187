/**
 * The player's keyboard shortcuts, as data the help dialog lists and a matcher the player calls
 * on every keydown. WCAG 2.1.4 (https://www.w3.org/WAI/WCAG22/Understanding/character-key-shortcuts)
 * allows single-character shortcuts only if they can be turned off or work only while their
 * component has focus: here they do both, and the shortcuts that work anywhere on the page need
 * Alt and Shift.
 */

export type NarrationAction =
  | "playPause"
  | "stop"
  | "previousSentence"
  | "nextSentence"
  | "previousParagraph"
  | "nextParagraph"
  | "previousHeading"
  | "nextHeading"
  | "help";

export interface Shortcut {
  readonly action: NarrationAction;
  /** The keys as the help dialog shows them. */
  readonly keys: string;
}

/**
 * Letters, matched on `event.key` so they follow the reader's keyboard layout, in either case so
 * Caps Lock does not switch them off; Shift reverses or widens the step. Letters rather than
 * punctuation because screen readers often leave punctuation unsaid when reading the help list.
 */
const playerKeys: readonly (Shortcut & { readonly key: string; readonly shift?: boolean })[] = [
  { action: "playPause", key: "p", shift: false, keys: "P" },
  { action: "stop", key: "s", shift: false, keys: "S" },
  { action: "nextSentence", key: "n", shift: false, keys: "N" },
  { action: "previousSentence", key: "b", shift: false, keys: "B" },
  { action: "nextParagraph", key: "n", shift: true, keys: "Shift + N" },
  { action: "previousParagraph", key: "b", shift: true, keys: "Shift + B" },
  { action: "nextHeading", key: "h", shift: false, keys: "H" },
  { action: "previousHeading", key: "h", shift: true, keys: "Shift + H" },
  { action: "help", key: "?", keys: "?" },
];

/**
 * Matched on `event.code` (the physical key), because on macOS Option with Shift turns P into
 * "∏" in `event.key`. Chrome's own Alt + Shift shortcuts (I, T and A:
 * https://support.google.com/chrome/answer/157179) are left alone.
 */
const pageKeys: readonly (Shortcut & { readonly code: string })[] = [
  { action: "playPause", code: "KeyP", keys: "Alt + Shift + P" },
  { action: "stop", code: "KeyS", keys: "Alt + Shift + S" },
  { action: "previousSentence", code: "KeyB", keys: "Alt + Shift + B" },
  { action: "nextSentence", code: "KeyN", keys: "Alt + Shift + N" },
];

export const playerShortcuts: readonly Shortcut[] = playerKeys.map(({ action, keys }) => ({ action, keys }));
export const pageShortcuts: readonly Shortcut[] = pageKeys.map(({ action, keys }) => ({ action, keys }));

export interface KeyLike {
  readonly key: string;
  readonly code: string;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  /** True while an input method is composing a character (https://w3c.github.io/uievents/#dom-keyboardevent-iscomposing). */
  readonly isComposing?: boolean;
}

export interface ShortcutContext {
  readonly isEnabled: boolean;
  /** Focus is inside the player. */
  readonly isInPlayer: boolean;
  /** Focus is in a text field, select, textarea or editable region, which own every key. */
  readonly isInFormField: boolean;
}

/** Where every key belongs to the field: typing, choosing an option, ticking a box. */
const FORM_FIELDS = 'input, select, textarea, [contenteditable]:not([contenteditable="false"])';

/** Where a key was pressed, from its event's target: inside the player or not, in a form field or not. */
export function locateKeyPress(target: EventTarget | null, player: Element | null): Pick<ShortcutContext, "isInPlayer" | "isInFormField"> {
  const element = target instanceof Element ? target : null;
  return {
    isInPlayer: element !== null && player?.contains(element) === true,
    isInFormField: element?.closest(FORM_FIELDS) != null,
  };
}

export function findShortcut(event: KeyLike, context: ShortcutContext): NarrationAction | null {
  if (!context.isEnabled || context.isInFormField || event.isComposing || event.ctrlKey || event.metaKey) return null;
  if (event.altKey) {
    if (!event.shiftKey) return null;
    return pageKeys.find((shortcut) => shortcut.code === event.code)?.action ?? null;
  }
  if (!context.isInPlayer) return null;
  const key = event.key.toLowerCase();
  const match = playerKeys.find((shortcut) => shortcut.key === key && (shortcut.shift === undefined || shortcut.shift === event.shiftKey));
  return match?.action ?? null;
}
