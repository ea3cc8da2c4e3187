import { useEffect, useEffectEvent, type RefObject } from "react";
import { findShortcut, locateKeyPress, type NarrationAction } from "@/lib/narration/keyboard-shortcuts";

/**
 * One keydown listener on the document: Alt + Shift shortcuts work anywhere, single letters
 * only inside the player. Screen readers in browse mode keep letter keys for themselves and
 * never deliver them to the page, and no letter is bound outside the player, so nothing a
 * screen reader user presses while reading is taken.
 */
export function useNarrationShortcuts(
  regionRef: RefObject<HTMLElement | null>,
  { isEnabled, onAction }: { isEnabled: boolean; onAction: (action: NarrationAction) => void },
) {
  const perform = useEffectEvent(onAction);

  useEffect(() => {
    if (!isEnabled) return;
    const handleKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const action = findShortcut(event, { isEnabled: true, ...locateKeyPress(event.target, regionRef.current) });
      if (!action) return;
      event.preventDefault();
      perform(action);
    };
    document.addEventListener("keydown", handleKeyDown);
    return () => document.removeEventListener("keydown", handleKeyDown);
  }, [isEnabled, regionRef]);
}
