/**
 * Persisted narration preferences and per-page reading positions. Reading never throws: stored
 * data can be corrupt, from an older version, or edited by hand, and storage itself can throw.
 */
import { z } from "zod";

/** The part of `Storage` used here, so tests and the DOM adapter can pass any implementation. */
export interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

export const PREFERENCES_KEY = "light-companion:narration-preferences";
export const POSITIONS_KEY = "light-companion:narration-positions";

/** Enough for every page of the site; older entries are dropped so storage never fills up. */
export const MAX_SAVED_POSITIONS = 50;

export const preferencesSchema = z.strictObject({
  version: z.literal(1),
  rate: z.number().min(0.5).max(2),
  pitch: z.number().min(0).max(2),
  voiceURI: z.string().min(1).optional(),
  shortcutsEnabled: z.boolean(),
});

export type NarrationPreferences = z.infer<typeof preferencesSchema>;

/**
 * Single-key shortcuts start off: WCAG 2.1.4 (https://www.w3.org/WAI/WCAG22/Understanding/character-key-shortcuts)
 * requires they can be turned off, and they collide with speech input and screen-reader keys.
 */
export const defaultPreferences: NarrationPreferences = {
  version: 1,
  rate: 1,
  pitch: 1,
  shortcutsEnabled: false,
};

/** One bad field falls back alone, so a corrupt voice does not also reset the listener's rate. */
const lenientPreferencesSchema = z.object({
  version: z.literal(1),
  rate: preferencesSchema.shape.rate.catch(defaultPreferences.rate),
  pitch: preferencesSchema.shape.pitch.catch(defaultPreferences.pitch),
  voiceURI: preferencesSchema.shape.voiceURI.catch(undefined),
  shortcutsEnabled: preferencesSchema.shape.shortcutsEnabled.catch(defaultPreferences.shortcutsEnabled),
});

export const savedPositionSchema = z.strictObject({
  sentenceIndex: z.number().int().min(0),
  savedAt: z.number(),
});

export type SavedPosition = z.infer<typeof savedPositionSchema>;

export const positionsSchema = z.strictObject({
  version: z.literal(1),
  positions: z.record(z.string(), savedPositionSchema),
});

export type SavedPositions = z.infer<typeof positionsSchema>;

const lenientPositionsSchema = z.object({
  version: z.literal(1),
  positions: z.record(z.string(), z.unknown()),
});

/**
 * `getItem` throws when storage is blocked (a SecurityError with cookies disabled) and `setItem`
 * throws QuotaExceededError when full (https://developer.mozilla.org/en-US/docs/Web/API/Storage/setItem#exceptions),
 * always so in Safari's private browsing before Safari 11, whose quota was 0
 * (https://github.com/scottjehl/Device-Bugs/issues/63).
 */
function readJson(storage: StorageLike | null | undefined, key: string): unknown {
  try {
    const text = storage?.getItem(key);
    return text ? JSON.parse(text) : undefined;
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

function normalizePreferences(value: unknown): NarrationPreferences {
  const parsed = lenientPreferencesSchema.safeParse(value);
  if (!parsed.success) return defaultPreferences;
  const { voiceURI, ...rest } = parsed.data;
  return voiceURI === undefined ? rest : { ...rest, voiceURI };
}

export function readPreferences(storage: StorageLike | null | undefined): NarrationPreferences {
  return normalizePreferences(readJson(storage, PREFERENCES_KEY));
}

/** Returns whether the preferences were saved. Out-of-range values are stored as defaults. */
export function writePreferences(storage: StorageLike | null | undefined, preferences: NarrationPreferences): boolean {
  return writeJson(storage, PREFERENCES_KEY, normalizePreferences(preferences));
}

export function readPositions(storage: StorageLike | null | undefined): SavedPositions {
  const parsed = lenientPositionsSchema.safeParse(readJson(storage, POSITIONS_KEY));
  const positions: Record<string, SavedPosition> = {};
  if (parsed.success) {
    for (const [path, entry] of Object.entries(parsed.data.positions)) {
      const position = savedPositionSchema.safeParse(entry);
      if (position.success) positions[path] = position.data;
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
  const position = savedPositionSchema.safeParse({ sentenceIndex, savedAt });
  if (!position.success) return false;
  const entries = Object.entries(readPositions(storage).positions).filter(([saved]) => saved !== path);
  entries.push([path, position.data]);
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
