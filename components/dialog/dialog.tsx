"use client";

import * as RadixDialog from "@radix-ui/react-dialog";
import { useRef, type ReactNode, type RefObject } from "react";
import "./dialog.css";

/**
 * The site's one modal dialog, wrapping Radix Dialog with our rules: it always has a title and a
 * description (the dialog's accessible name and description), a Close button with visible text,
 * Escape and a click outside close it, focus is trapped inside while it is open and returns to
 * the button that opened it (WCAG 2.4.3).
 *
 * The opening button stays with the caller, outside this module, so a caller can fetch the
 * dialog's code only when a reader first asks for it.
 */
export function Dialog({
  isOpen,
  onOpenChange,
  returnFocusTo,
  title,
  description,
  closeLabel,
  children,
}: {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** The button that opened the dialog. */
  returnFocusTo: RefObject<HTMLElement | null>;
  title: string;
  description: string;
  closeLabel: string;
  children: ReactNode;
}) {
  const dialogRef = useRef<HTMLDivElement>(null);
  return (
    <RadixDialog.Root open={isOpen} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          ref={dialogRef}
          className="dialog"
          // Focus the dialog itself rather than its first control (Radix's default, here the Close
          // button), so a screen reader reads the title and description before any control.
          onOpenAutoFocus={(event) => {
            event.preventDefault();
            dialogRef.current?.focus();
          }}
          // Radix returns focus only to its own Trigger, which this wrapper leaves to the caller.
          onCloseAutoFocus={(event) => {
            event.preventDefault();
            returnFocusTo.current?.focus();
          }}
        >
          <div className="dialog__header">
            <RadixDialog.Title className="dialog__title">{title}</RadixDialog.Title>
            <RadixDialog.Close>{closeLabel}</RadixDialog.Close>
          </div>
          <RadixDialog.Description>{description}</RadixDialog.Description>
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  );
}
