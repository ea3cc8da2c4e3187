/**
 * Persisted narration preferences and per-page reading positions. Reading never throws: stored
 * data can be corrupt, from an older version, or edited by hand, and storage itself can throw.
 */
import { PITCH_RANGE, RATE_RANGE, type VoiceRange } from "./voice-ranges";

/** The part of `Storage` used here, so tests and the DOM adapter can pass any implementation. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const PREFERENCES_KEY = "light-companion:narration-preferences";
export const POSITIONS_KEY = "light-companion:narration-positions";

/** Enough for every page of the site; older entries are dropped so storage never fills up. */
export const MAX_SAVED_POSITIONS = 50;

/*
 * Length limits for what is read back. Stored data can be edited by hand or written by another
 * script on this origin, so a value is never trusted to be small: a longer text is not parsed,
 * and a longer path or voice id is dropped like any other invalid field.
 */
/** Fifty positions of the longest paths fit with room to spare. */
export const MAX_STORED_TEXT_LENGTH = 32 * 1024;
/** Routes are short; a path longer than this names no page of the site. */
export const MAX_PATH_LENGTH = 256;
/** Voice URIs are a name and a language tag, e.g. "Google UK English Female". */
export const MAX_VOICE_URI_LENGTH = 256;

/*
 * The shapes are checked by hand rather than with zod: this module runs in the player's client
 * bundle, where zod would add about 90 KiB gzip and zod/mini about 5 KiB, against a budget of
 * 12 KiB for the whole player (see `npm run bench`). The tests pin the same rules a schema would.
 */

export interface NarrationPreferences {
  readonly version: 1;
  /** Within `RATE_RANGE`. */
  readonly rate: number;
  /** Within `PITCH_RANGE`. */
  readonly pitch: number;
  /** Absent means the voice is chosen automatically for each passage. */
  readonly voiceURI?: string;
  readonly shortcutsEnabled: boolean;
  /** "device" once the listener chose the device's voice over the page's recording; absent means the recording. */
  readonly voiceSource?: "device";
}

/** How a voice choice is saved: the recording, the default, as no choice at all. */
export function voiceSourcePreference(voiceSource: "recorded" | "device"): NarrationPreferences["voiceSource"] {
  return voiceSource === "device" ? voiceSource : undefined;
}

export interface SavedPosition {
  readonly sentenceIndex: number;
  readonly savedAt: number;
}

export interface SavedPositions {
  readonly version: 1;
  readonly positions: Readonly<Record<string, SavedPosition>>;
}

/**
 * Single-key shortcuts start off: WCAG 2.1.4 (https://www.w3.org/WAI/WCAG22/Understanding/character-key-shortcuts)
 * requires they can be turned off, and they collide with speech input and screen-reader keys.
 */
export const defaultPreferences: NarrationPreferences = {
  version: 1,
  rate: RATE_RANGE.default,
  pitch: PITCH_RANGE.default,
  shortcutsEnabled: false,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isNumberWithin(value: unknown, range: VoiceRange): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= range.min && value <= range.max;
}

/** Exactly `{ sentenceIndex, savedAt }`: a whole, non-negative index and a finite time. */
function toSavedPosition(value: unknown): SavedPosition | undefined {
  if (!isRecord(value) || Object.keys(value).length !== 2) return undefined;
  const { sentenceIndex, savedAt } = value;
  if (!Number.isSafeInteger(sentenceIndex) || (sentenceIndex as number) < 0) return undefined;
  if (typeof savedAt !== "number" || !Number.isFinite(savedAt)) return undefined;
  return { sentenceIndex: sentenceIndex as number, savedAt };
}

/**
 * `getItem` throws when storage is blocked (a SecurityError with cookies disabled) and `setItem`
 * throws QuotaExceededError when full (https://developer.mozilla.org/en-US/docs/Web/API/Storage/setItem#exceptions),
 * always so in Safari's private browsing before Safari 11, whose quota was 0
 * (https://github.com/scottjehl/Device-Bugs/issues/63).
 */
function readJson(storage: StorageLike | null | undefined, key: string): unknown {
  try {
    const text = storage?.getItem(key);
    return text && text.length <= MAX_STORED_TEXT_LENGTH ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

function writeJson(storage: StorageLike | null | undefined, key: string, value: unknown): boolean {
  if (!storage) return false;
  try {
    storage.setItem(key, JSON.stringify(value));
    return true;
  } catch {
    return false;
  }
}

/** One bad field falls back alone, so a corrupt voice does not also reset the listener's rate. */
function normalizePreferences(value: unknown): NarrationPreferences {
  if (!isRecord(value) || value.version !== 1) return defaultPreferences;
  const { rate, pitch, voiceURI, shortcutsEnabled, voiceSource } = value;
  const preferences: NarrationPreferences = {
    version: 1,
    rate: isNumberWithin(rate, RATE_RANGE) ? rate : defaultPreferences.rate,
    pitch: isNumberWithin(pitch, PITCH_RANGE) ? pitch : defaultPreferences.pitch,
    shortcutsEnabled: typeof shortcutsEnabled === "boolean" ? shortcutsEnabled : defaultPreferences.shortcutsEnabled,
    ...(voiceSource === "device" ? { voiceSource } : {}),
  };
  return typeof voiceURI === "string" && voiceURI.length > 0 && voiceURI.length <= MAX_VOICE_URI_LENGTH ? { ...preferences, voiceURI } : preferences;
}

export function readPreferences(storage: StorageLike | null | undefined): NarrationPreferences {
  return normalizePreferences(readJson(storage, PREFERENCES_KEY));
}

/** Returns whether the preferences were saved. Out-of-range values are stored as defaults. */
export function writePreferences(storage: StorageLike | null | undefined, preferences: NarrationPreferences): boolean {
  return writeJson(storage, PREFERENCES_KEY, normalizePreferences(preferences));
}

export function readPositions(storage: StorageLike | null | undefined): SavedPositions {
  const stored = readJson(storage, POSITIONS_KEY);
  // No prototype: a stored path such as "__proto__" or "constructor" is an ordinary key here.
  const positions: Record<string, SavedPosition> = Object.create(null);
  if (isRecord(stored) && stored.version === 1 && isRecord(stored.positions)) {
    for (const [path, entry] of Object.entries(stored.positions)) {
      const position = toSavedPosition(entry);
      if (position && path.length <= MAX_PATH_LENGTH) positions[path] = position;
    }
  }
  return { version: 1, positions };
}

export function readPosition(storage: StorageLike | null | undefined, path: string): SavedPosition | undefined {
  const positions = readPositions(storage).positions;
  return Object.hasOwn(positions, path) ? positions[path] : undefined;
}

/** Returns whether the position was saved. `savedAt` is passed in so callers and tests own the clock. */
export function writePosition(
  storage: StorageLike | null | undefined,
  path: string,
  sentenceIndex: number,
  savedAt: number,
): boolean {
  const position = toSavedPosition({ sentenceIndex, savedAt });
  if (!position || path.length > MAX_PATH_LENGTH) return false;
  const entries = Object.entries(readPositions(storage).positions).filter(([saved]) => saved !== path);
  entries.push([path, position]);
  entries.sort(([, a], [, b]) => b.savedAt - a.savedAt);
  return writeJson(storage, POSITIONS_KEY, {
    version: 1,
    positions: Object.fromEntries(entries.slice(0, MAX_SAVED_POSITIONS)),
  } satisfies SavedPositions);
}

export function forgetPosition(storage: StorageLike | null | undefined, path: string): boolean {
  const { positions } = readPositions(storage);
  if (!Object.hasOwn(positions, path)) return true;
  const remaining = Object.fromEntries(Object.entries(positions).filter(([saved]) => saved !== path));
  return writeJson(storage, POSITIONS_KEY, { version: 1, positions: remaining } satisfies SavedPositions);
}
