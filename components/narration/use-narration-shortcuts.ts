import { useEffect, useEffectEvent, type RefObject } from "react";
import { findShortcut, locateKeyPress } from "@/lib/narration/keyboard-shortcuts";
import type { PageNarration } from "@/lib/narration/page-narration";

/**
 * One keydown listener on the document: Alt + Shift shortcuts work anywhere, single letters
 * only inside the player. Screen readers in browse mode keep letter keys for themselves and
 * never deliver them to the page, and no letter is bound outside the player, so nothing a
 * screen reader user presses while reading is taken.
 */
export function useNarrationShortcuts(
  narration: PageNarration | null,
  regionRef: RefObject<HTMLElement | null>,
  { isEnabled, onHelp }: { isEnabled: boolean; onHelp: () => void },
) {
  const showHelp = useEffectEvent(onHelp);

  useEffect(() => {
    if (!narration || !isEnabled) return;
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = findShortcut(event, { isEnabled: true, ...locateKeyPress(event.target, regionRef.current) });
      if (!action) return;
      event.preventDefault();
      if (action === "help") showHelp();
      else narration.perform(action);
    };
    document.addEventListener("keydown", handleKeyDown);
    return () => document.removeEventListener("keydown", handleKeyDown);
  }, [narration, isEnabled, regionRef]);
}
