import { useSyncExternalStore } from "react";
import type { PageNarration } from "@/lib/narration/page-narration";
import { Subscribers } from "@/lib/snapshot-store";

/**
 * The page's player, shared between the player itself and the "Listen from here" buttons the
 * Markdown body renders after each section heading: separate client islands in one React tree.
 */
export interface ActivePlayer {
  /** Null until the narration engine has loaded and read the page. */
  readonly narration: PageNarration | null;
  /**
   * Runs `action` on the narration, at once if it is there, else once it has loaded. Where the
   * action starts sound, sound is unlocked inside the reader's tap first (gesture-unlock.ts).
   */
  readonly withNarration: (action: (narration: PageNarration) => void, startsSound: boolean) => void;
  /** Whether Play will make a sound, as far as is known before the narration has loaded. */
  readonly canPlay: boolean;
}

let active: ActivePlayer | null = null;
const subscribers = new Subscribers();

export function setActivePlayer(player: ActivePlayer | null): void {
  if (active === player) return;
  active = player;
  subscribers.notify();
}

/** Null on the server, while hydrating, and where the browser cannot narrate the page. */
export function useActivePlayer(): ActivePlayer | null {
  return useSyncExternalStore(
    subscribers.subscribe,
    () => active,
    () => null,
  );
}
