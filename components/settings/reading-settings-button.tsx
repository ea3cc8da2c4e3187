"use client";

import { useRef, useState } from "react";
import type { Strings } from "@/content/schema";
import { useAnnounce } from "@/components/layout/live-announcer";

type ReadingSettingsDialog = (typeof import("./reading-settings-dialog"))["ReadingSettingsDialog"];

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
  const [SettingsDialog, setSettingsDialog] = useState<ReadingSettingsDialog>();
  const [isOpen, setIsOpen] = useState(false);
  const announce = useAnnounce();

  const preload = () => {
    // A failure here is reported when the reader presses the button.
    loadDialog().catch(() => {});
  };

  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className="reading-settings-button"
        aria-haspopup="dialog"
        onPointerEnter={preload}
        onFocus={preload}
        onClick={() =>
          loadDialog().then(
            (component) => {
              setSettingsDialog(() => component);
              setIsOpen(true);
            },
            () => announce(strings.loadFailed),
          )
        }
      >
        {strings.openButton}
      </button>
      {SettingsDialog && <SettingsDialog isOpen={isOpen} onOpenChange={setIsOpen} returnFocusTo={buttonRef} strings={strings} />}
    </>
  );
}
