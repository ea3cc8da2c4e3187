import { describe, expect, it } from "vitest";
import {
  MAX_PATH_LENGTH,
  MAX_SAVED_POSITIONS,
  MAX_STORED_TEXT_LENGTH,
  MAX_VOICE_URI_LENGTH,
  POSITIONS_KEY,
  PREFERENCES_KEY,
  defaultPreferences,
  forgetPosition,
  readPosition,
  readPositions,
  readPreferences,
  voiceSourcePreference,
  writePosition,
  writePreferences,
} from "./narration-storage";
import type { StorageLike } from "./narration-storage";

class MemoryStorage implements StorageLike {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
}

const throwingStorage: StorageLike = {
  getItem: () => {
    throw new DOMException("The operation is insecure.", "SecurityError");
  },
  setItem: () => {
    throw new DOMException("The quota has been exceeded.", "QuotaExceededError");
  },
};

function storageWith(key: string, value: string): MemoryStorage {
  const storage = new MemoryStorage();
  storage.setItem(key, value);
  return storage;
}

describe("preferences", () => {
  it("round-trips valid preferences", () => {
    const storage = new MemoryStorage();
    const preferences = { version: 1 as const, rate: 1.25, pitch: 0.9, voiceURI: "fake:fr-FR:amelie", shortcutsEnabled: true };
    expect(writePreferences(storage, preferences)).toBe(true);
    expect(readPreferences(storage)).toEqual(preferences);
  });

  it("falls back to defaults for missing storage, missing, corrupt or non-object data and old versions", () => {
    expect(readPreferences(null)).toEqual(defaultPreferences);
    expect(readPreferences(new MemoryStorage())).toEqual(defaultPreferences);
    for (const corrupt of ["{not json", "null", "42", '"text"', "[]", '{"version":0,"rate":1.5}', '{"rate":1.5}']) {
      expect(readPreferences(storageWith(PREFERENCES_KEY, corrupt))).toEqual(defaultPreferences);
    }
  });

  it("falls back field by field for wrong types and out-of-range values", () => {
    const storage = storageWith(
      PREFERENCES_KEY,
      JSON.stringify({ version: 1, rate: 7, pitch: "high", voiceURI: 12, shortcutsEnabled: true, extra: "ignored" }),
    );
    expect(readPreferences(storage)).toEqual({ version: 1, rate: 1, pitch: 1, shortcutsEnabled: true });
    expect(readPreferences(storageWith(PREFERENCES_KEY, '{"version":1,"rate":1.5}'))).toEqual({ ...defaultPreferences, rate: 1.5 });
  });

  it("drops a voice id over the length limit but keeps the other preferences", () => {
    const saved = { version: 1, rate: 1.5, pitch: 0.5, voiceURI: "v".repeat(MAX_VOICE_URI_LENGTH + 1), shortcutsEnabled: true };
    expect(readPreferences(storageWith(PREFERENCES_KEY, JSON.stringify(saved)))).toEqual({ version: 1, rate: 1.5, pitch: 0.5, shortcutsEnabled: true });
    const longest = { ...saved, voiceURI: "v".repeat(MAX_VOICE_URI_LENGTH) };
    expect(readPreferences(storageWith(PREFERENCES_KEY, JSON.stringify(longest)))).toEqual(longest);
  });

  it("does not parse an oversized entry, and falls back to the defaults", () => {
    const saved = { version: 1, rate: 1.5, pitch: 1, shortcutsEnabled: true, padding: "x".repeat(MAX_STORED_TEXT_LENGTH) };
    expect(readPreferences(storageWith(PREFERENCES_KEY, JSON.stringify(saved)))).toEqual(defaultPreferences);
  });

  it("tolerates storage that throws on read and on write", () => {
    expect(readPreferences(throwingStorage)).toEqual(defaultPreferences);
    expect(writePreferences(throwingStorage, defaultPreferences)).toBe(false);
    expect(writePreferences(undefined, defaultPreferences)).toBe(false);
  });

  it("stores out-of-range values as defaults instead of throwing", () => {
    const storage = new MemoryStorage();
    expect(writePreferences(storage, { ...defaultPreferences, rate: 10 })).toBe(true);
    expect(JSON.parse(storage.getItem(PREFERENCES_KEY) ?? "")).toEqual(defaultPreferences);
  });
});

describe("positions", () => {
  it("saves, reads, replaces and forgets a page's position", () => {
    const storage = new MemoryStorage();
    expect(writePosition(storage, "/cast/loberti", 4, 1000)).toBe(true);
    expect(writePosition(storage, "/", 2, 2000)).toBe(true);
    expect(writePosition(storage, "/cast/loberti", 9, 3000)).toBe(true);
    expect(readPosition(storage, "/cast/loberti")).toEqual({ sentenceIndex: 9, savedAt: 3000 });
    expect(readPosition(storage, "/")).toEqual({ sentenceIndex: 2, savedAt: 2000 });
    expect(readPosition(storage, "/missing")).toBeUndefined();
    expect(readPosition(storage, "toString")).toBeUndefined();
    expect(forgetPosition(storage, "/")).toBe(true);
    expect(readPositions(storage)).toEqual({ version: 1, positions: { "/cast/loberti": { sentenceIndex: 9, savedAt: 3000 } } });
  });

  it("keeps only the most recent positions", () => {
    const storage = new MemoryStorage();
    for (let page = 0; page < MAX_SAVED_POSITIONS + 5; page += 1) writePosition(storage, `/page-${page}`, page, page);
    const paths = Object.keys(readPositions(storage).positions);
    expect(paths).toHaveLength(MAX_SAVED_POSITIONS);
    expect(paths).not.toContain("/page-4");
    expect(paths).toContain("/page-5");
    expect(paths).toContain(`/page-${MAX_SAVED_POSITIONS + 4}`);
  });

  it("drops invalid entries but keeps valid ones, and ignores corrupt data or old versions", () => {
    const storage = storageWith(
      POSITIONS_KEY,
      JSON.stringify({
        version: 1,
        positions: { "/good": { sentenceIndex: 3, savedAt: 5 }, "/negative": { sentenceIndex: -1, savedAt: 5 }, "/text": "x", "/float": { sentenceIndex: 1.5, savedAt: 1 }, "/extra": { sentenceIndex: 1, savedAt: 1, page: 2 } },
      }),
    );
    expect(readPositions(storage)).toEqual({ version: 1, positions: { "/good": { sentenceIndex: 3, savedAt: 5 } } });
    expect(readPositions(storageWith(POSITIONS_KEY, "{{"))).toEqual({ version: 1, positions: {} });
    expect(readPositions(storageWith(POSITIONS_KEY, '{"version":2,"positions":{"/":{"sentenceIndex":1,"savedAt":1}}}'))).toEqual({
      version: 1,
      positions: {},
    });
  });

  it("reads hostile paths such as __proto__ as plain keys of a map with no prototype", () => {
    const position = { sentenceIndex: 2, savedAt: 7 };
    const stored = `{"version":1,"positions":{"__proto__":${JSON.stringify(position)},"constructor":${JSON.stringify(position)},"/book":${JSON.stringify(position)}}}`;
    const { positions } = readPositions(storageWith(POSITIONS_KEY, stored));
    expect(Object.getPrototypeOf(positions)).toBeNull();
    expect(Object.keys(positions).sort()).toEqual(["/book", "__proto__", "constructor"]);
    expect(readPosition(storageWith(POSITIONS_KEY, stored), "__proto__")).toEqual(position);
    expect(readPosition(storageWith(POSITIONS_KEY, stored), "toString")).toBeUndefined();
    expect(({} as Record<string, unknown>).sentenceIndex, "Object.prototype is untouched").toBeUndefined();
  });

  it("drops a path over the length limit, reads nothing from an oversized entry, and refuses to save a long path", () => {
    const longPath = `/${"a".repeat(MAX_PATH_LENGTH)}`;
    const position = { sentenceIndex: 1, savedAt: 1 };
    const stored = JSON.stringify({ version: 1, positions: { [longPath]: position, "/book": position } });
    expect(readPositions(storageWith(POSITIONS_KEY, stored)).positions).toEqual({ "/book": position });
    const oversized = JSON.stringify({ version: 1, positions: { "/book": position }, padding: "x".repeat(MAX_STORED_TEXT_LENGTH) });
    expect(readPositions(storageWith(POSITIONS_KEY, oversized)).positions).toEqual({});
    const storage = new MemoryStorage();
    expect(writePosition(storage, longPath, 1, 1)).toBe(false);
    expect(storage.items.size).toBe(0);
  });

  it("refuses invalid positions and tolerates storage that throws", () => {
    const storage = new MemoryStorage();
    expect(writePosition(storage, "/", -1, 1)).toBe(false);
    expect(writePosition(storage, "/", Number.NaN, 1)).toBe(false);
    expect(storage.items.size).toBe(0);
    expect(readPositions(throwingStorage)).toEqual({ version: 1, positions: {} });
    expect(writePosition(throwingStorage, "/", 1, 1)).toBe(false);
    expect(readPosition(null, "/")).toBeUndefined();
  });
});

describe("voiceSourcePreference", () => {
  it("saves the device's voice as a choice and the recording, the default, as none", () => {
    expect(voiceSourcePreference("device")).toBe("device");
    expect(voiceSourcePreference("recorded")).toBeUndefined();
  });
});
