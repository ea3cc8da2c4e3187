"use client";

import * as RadixDialog from "@radix-ui/react-dialog";
import type { ReactNode, RefObject } from "react";
import "./dialog.css";

/**
 * The site's one modal dialog, wrapping Radix Dialog with our rules: it always has a title and a
 * description (the dialog's accessible name and description), a Close button with visible text,
 * Escape and a click outside close it, focus is trapped inside while it is open and returns to
 * the button that opened it (WCAG 2.4.3).
 *
 * On opening, focus goes to the control the caller names in `initialFocus`, or else to the first
 * control (Radix's default). Never to the dialog box itself: Orca 43 then read the whole dialog as
 * one run-together string. Focus on a control inside it, screen readers say the dialog's name and
 * description once, then the control, which is where a listener can start.
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
  initialFocus,
  children,
}: {
  isOpen: boolean;
  onOpenChange: (isOpen: boolean) => void;
  /** The button that opened the dialog. */
  returnFocusTo: RefObject<HTMLElement | null>;
  title: string;
  description: string;
  closeLabel: string;
  /** The control to focus first; without one, the first control in the dialog. */
  initialFocus?: RefObject<HTMLElement | null>;
  children: ReactNode;
}) {
  return (
    <RadixDialog.Root open={isOpen} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog-overlay" />
        <RadixDialog.Content
          className="dialog"
          onOpenAutoFocus={(event) => {
            showPageToAssistiveTechnologyUntilFocusIsAnnounced();
            const control = initialFocus?.current;
            if (!control) return;
            event.preventDefault();
            // focus() would scroll the control to the middle and hide the title wherever both fit;
            // scrolling only as far as needed keeps the title in view on any screen where it can
            // be, and the focused control always (WCAG 2.4.11).
            control.focus({ preventScroll: true });
            control.scrollIntoView({ block: "nearest" });
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

/** The attribute with which Radix's `hideOthers` (the aria-hidden package) marks what it hid. */
const HIDDEN_BY_DIALOG = "data-aria-hidden";

/**
 * Radix hides the rest of the page with aria-hidden in the same frame as it moves focus into the
 * dialog. Orca 43 then finds the control it last spoke (the opening button) already gone from the
 * accessibility tree, takes the focus move for a change of document, and says nothing at all
 * (orca/scripts/web/script.py, onFocusedChanged). Leaving the page exposed for two more frames
 * lets Chromium report the focus move first; the focus trap and the overlay keep the page out of
 * reach meanwhile. Runs before Radix hides the page, so it waits for the end of that work.
 */
function showPageToAssistiveTechnologyUntilFocusIsAnnounced() {
  queueMicrotask(() => {
    const hidden = [...document.querySelectorAll(`[${HIDDEN_BY_DIALOG}][aria-hidden="true"]`)];
    for (const element of hidden) element.removeAttribute("aria-hidden");
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        // A dialog closed meanwhile has removed its marks, and the page must stay shown.
        for (const element of hidden) if (element.hasAttribute(HIDDEN_BY_DIALOG)) element.setAttribute("aria-hidden", "true");
      }),
    );
  });
}
