"use client";

import { useRef, useSyncExternalStore } from "react";
import type { PageNarrationSnapshot } from "@/lib/narration/page-narration";
import { SKIP_ATTRIBUTE } from "@/lib/narration/skip-attribute";
import { subscribeToNothing } from "@/lib/snapshot-store";
import { useActivePlayer } from "./active-narration";

/** The recording plays without the device's voices; the device's voice needs them, or time to find them. */
function canPlay({ voiceSource, voices }: PageNarrationSnapshot): boolean {
  return voiceSource === "recorded" || voices === "ready" || voices === "loading";
}

/**
 * "Listen from here", after each section heading (h2). A screen reader user who has jumped to a
 * heading finds it next; a keyboard user meets one extra Tab stop per section rather than one
 * per paragraph. The server draws it, so the page does not move when it arrives, but it is
 * hidden (and out of the Tab order) until the player can play, so there is never a dead button.
 */
export function ListenFromHere({ label, heading }: { label: string; heading: string }) {
  const ref = useRef<HTMLButtonElement>(null);
  const player = useActivePlayer();
  const narration = player?.narration ?? null;
  const isReady = useSyncExternalStore(
    narration?.subscribe ?? subscribeToNothing,
    () => (narration ? canPlay(narration.getSnapshot()) : (player?.canPlay ?? false)),
    () => false,
  );
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
        if (sectionHeading) player?.withNarration((ready) => ready.playFromElement(sectionHeading), true);
      }}
    >
      {label}
    </button>
  );
}
