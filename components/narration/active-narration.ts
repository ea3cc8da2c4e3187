import { useSyncExternalStore } from "react";
import type { PageNarration } from "@/lib/narration/page-narration";

/*
 * The page's narration, shared between the player and the "Listen from here" buttons the
 * Markdown body renders after each section heading: separate client islands in one React tree.
 */
let active: PageNarration | null = null;
const listeners = new Set<() => void>();

export function setActiveNarration(narration: PageNarration | null): void {
  if (active === narration) return;
  active = narration;
  for (const listener of [...listeners]) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

/** Null on the server, while hydrating, and until the player has read the page. */
export function useActiveNarration(): PageNarration | null {
  return useSyncExternalStore(
    subscribe,
    () => active,
    () => null,
  );
}
