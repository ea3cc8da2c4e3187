"use client";

import type { RefObject } from "react";
import type { Strings } from "@/content/schema";
import { Dialog } from "@/components/dialog/dialog";
import { pageShortcuts, playerShortcuts, type Shortcut } from "@/lib/narration/keyboard-shortcuts";

type DialogStrings = Strings["narration"]["shortcutsDialog"];

/** Lists the player's shortcuts. Loaded on demand by useShortcutsDialog. */
export function ShortcutsDialog({
  isOpen,
  onOpenChange,
  returnFocusTo,
  strings,
}: {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  returnFocusTo: RefObject<HTMLElement | null>;
  strings: DialogStrings;
}) {
  return (
    <Dialog
      isOpen={isOpen}
      onOpenChange={onOpenChange}
      returnFocusTo={returnFocusTo}
      title={strings.title}
      description={strings.description}
      closeLabel={strings.close}
    >
      <ShortcutTable caption={strings.playerCaption} shortcuts={playerShortcuts} strings={strings} />
      <ShortcutTable caption={strings.pageCaption} shortcuts={pageShortcuts} strings={strings} />
    </Dialog>
  );
}

function ShortcutTable({ caption, shortcuts, strings }: { caption: string; shortcuts: readonly Shortcut[]; strings: DialogStrings }) {
  return (
    <table className="shortcut-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{strings.keysHeader}</th>
          <th scope="col">{strings.actionHeader}</th>
        </tr>
      </thead>
      <tbody>
        {shortcuts.map((shortcut) => (
          <tr key={shortcut.keys}>
            <th scope="row">
              <kbd>{shortcut.keys}</kbd>
            </th>
            <td>{strings.actions[shortcut.action]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
