/**
 * What the player says and shows, decided from the narrator's state. The words themselves come
 * from content/strings.json; this module only chooses between them and fills in numbers.
 */
import type { NarrationStatus } from "./narrator";

/** Replaces each `{name}` with its value; unknown names are left as they are, so a typo shows. */
export function fillTemplate(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (placeholder, name: string) =>
    Object.hasOwn(values, name) ? String(values[name]) : placeholder,
  );
}

export interface DurationWords {
  readonly lessThanAMinute: string;
  readonly oneMinute: string;
  /** Contains `{count}`. */
  readonly minutes: string;
}

/** Whole minutes, because the estimate is rough (estimate-duration.ts) and seconds would suggest otherwise. */
export function describeDuration(milliseconds: number, words: DurationWords): string {
  const minutes = Math.round(milliseconds / 60_000);
  if (minutes < 1) return words.lessThanAMinute;
  if (minutes === 1) return words.oneMinute;
  return fillTemplate(words.minutes, { count: minutes });
}

/**
 * What the Play/Pause button does and says: it pauses only while speech is playing. While the
 * player waits for voices nothing is heard yet, so it still says Play, and a second press leaves
 * the wait as it is.
 */
export function playPauseAction(status: NarrationStatus): "play" | "pause" {
  return status === "playing" ? "pause" : "play";
}

export type Announcement = "playing" | "paused" | "stopped" | "finished" | "loadingVoices" | "noVoices" | "error";

/**
 * The one message a status change earns in the live region, or null. Moving between sentences
 * keeps the status, so it is never announced: the listener is hearing the sentence already.
 */
export function announcementFor(previous: NarrationStatus, next: NarrationStatus): Announcement | null {
  if (previous === next) return null;
  switch (next) {
    case "playing":
      return "playing";
    case "paused":
      return "paused";
    case "idle":
      return previous === "playing" || previous === "paused" || previous === "loading" ? "stopped" : null;
    case "finished":
      return "finished";
    // Waiting for voices can take seconds (VOICE_WAIT in page-narration.ts): without a word,
    // Play would seem to do nothing.
    case "loading":
      return "loadingVoices";
    case "no-voices":
      return "noVoices";
    case "error":
      return "error";
  }
}
