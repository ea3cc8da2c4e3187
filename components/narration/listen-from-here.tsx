"use client";

import { useRef, useSyncExternalStore } from "react";
import { SKIP_ATTRIBUTE } from "@/lib/narration/page-text";
import { subscribeToNothing } from "@/lib/snapshot-store";
import { useActiveNarration } from "./active-narration";

/**
 * "Listen from here", after each section heading (h2). A screen reader user who has jumped to a
 * heading finds it next; a keyboard user meets one extra Tab stop per section rather than one
 * per paragraph. The server draws it, so the page does not move when it arrives, but it is
 * hidden (and out of the Tab order) until the player can speak, so there is never a dead button.
 */
export function ListenFromHere({ label, heading }: { label: string; heading: string }) {
  const ref = useRef<HTMLButtonElement>(null);
  const narration = useActiveNarration();
  const voices = useSyncExternalStore(
    narration?.subscribe ?? subscribeToNothing,
    () => narration?.getSnapshot().voices ?? null,
    () => null,
  );
  const isReady = narration !== null && voices !== null && voices !== "none";
  return (
    <button
      ref={ref}
      type="button"
      className="listen-from-here"
      data-ready={isReady ? "" : undefined}
      // The visible words first (WCAG 2.5.3), then which section, for a list of buttons out of context.
      aria-label={`${label}: ${heading}`}
      {...{ [SKIP_ATTRIBUTE]: "" }}
      onClick={() => {
        const sectionHeading = ref.current?.previousElementSibling;
        if (sectionHeading) narration?.playFromElement(sectionHeading);
      }}
    >
      {label}
    </button>
  );
}
