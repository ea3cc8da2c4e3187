"use client";

import { useRef, useState } from "react";
import type { Strings } from "@/content/schema";
import { useLazyComponent } from "@/components/lazy-loading/use-lazy-component";

/**
 * The dialog, with Radix Dialog and zod/mini, is fetched the first time a reader points at,
 * focuses or presses this button, so a page that never opens it does not pay for it (see
 * `npm run bench`).
 */
function loadDialog() {
  return import("./reading-settings-dialog").then((module) => module.ReadingSettingsDialog);
}

/**
 * Opens the reading settings. Rendered on the server, and hidden by CSS when scripting is off
 * (reading-settings.css), so no one meets a button that does nothing.
 */
export function ReadingSettingsButton({ strings }: { strings: Strings["settings"] }) {
  const buttonRef = useRef<HTMLButtonElement>(null);
  const { Component: SettingsDialog, preload, show } = useLazyComponent(loadDialog, strings.loadFailed);
  const [isOpen, setIsOpen] = useState(false);

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="reading-settings-button"
        aria-haspopup="dialog"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() => show(() => setIsOpen(true))}
      >
        {strings.openButton}
      </button>
      {SettingsDialog && <SettingsDialog isOpen={isOpen} onOpenChange={setIsOpen} returnFocusTo={buttonRef} strings={strings} />}
    </>
  );
}
