import { useSyncExternalStore } from "react";
import type { PageNarration } from "@/lib/narration/page-narration";
import { Subscribers } from "@/lib/snapshot-store";

/*
 * The page's narration, shared between the player and the "Listen from here" buttons the
 * Markdown body renders after each section heading: separate client islands in one React tree.
 */
let active: PageNarration | null = null;
const subscribers = new Subscribers();

export function setActiveNarration(narration: PageNarration | null): void {
  if (active === narration) return;
  active = narration;
  subscribers.notify();
}

/** Null on the server, while hydrating, and until the player has read the page. */
export function useActiveNarration(): PageNarration | null {
  return useSyncExternalStore(
    subscribers.subscribe,
    () => active,
    () => null,
  );
}
