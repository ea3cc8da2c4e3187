import { useRef, useState } from "react";
import type { Strings } from "@/content/schema";
import { useLazyComponent } from "@/components/lazy-loading/use-lazy-component";

/**
 * The dialog brings Radix Dialog (about 14 KiB gzip), so it is fetched the first time a reader
 * points at, focuses or presses the button (or presses ?), as the reading settings dialog is.
 */
function loadDialog() {
  return import("./shortcuts-dialog").then((module) => module.ShortcutsDialog);
}

export function useShortcutsDialog(strings: Strings["narration"]["shortcutsDialog"]) {
  const { Component: ShortcutsDialog, preload, show } = useLazyComponent(loadDialog, strings.loadFailed);
  const [isOpen, setIsOpen] = useState(false);
  /** Whatever had focus when the dialog opened: the button, or the player control where ? was pressed. */
  const returnFocusTo = useRef<HTMLElement | null>(null);

  const open = () => {
    returnFocusTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    show(() => setIsOpen(true));
  };

  const dialog = ShortcutsDialog ? (
    <ShortcutsDialog isOpen={isOpen} onOpenChange={setIsOpen} returnFocusTo={returnFocusTo} strings={strings} />
  ) : null;

  return { open, preload, dialog };
}
