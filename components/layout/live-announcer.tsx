"use client";

import { createContext, useCallback, useContext, useRef, type ReactNode } from "react";

const AnnounceContext = createContext<(message: string) => void>(() => {});

/** Asks the site's one polite live region to say something. */
export function useAnnounce() {
  return useContext(AnnounceContext);
}

/**
 * The site's single polite live region. Every status message (route changes, narration state,
 * settings) goes through it, so a screen reader user never hears two regions compete.
 *
 * Each message takes two steps: the region is emptied at once, and the message written in the
 * next animation frame. Emptying it first makes screen readers speak a message identical to the
 * last one; within one frame only the last message asked for is written, so it is spoken once.
 * The region is written directly rather than through React state, so a message lands in that
 * frame and not in whatever later task React renders it: tests/fixtures/live-region.ts relies on
 * it to know when every message asked for has been written.
 */
export function LiveAnnouncer({ children }: { children: ReactNode }) {
  const regionRef = useRef<HTMLDivElement>(null);
  const nextMessage = useRef<string | null>(null);

  const announce = useCallback((message: string) => {
    const region = regionRef.current;
    if (!region) return;
    region.textContent = "";
    const isFrameRequested = nextMessage.current !== null;
    nextMessage.current = message;
    if (isFrameRequested) return;
    requestAnimationFrame(() => {
      region.textContent = nextMessage.current;
      nextMessage.current = null;
    });
  }, []);

  return (
    <AnnounceContext value={announce}>
      {children}
      <div ref={regionRef} role="status" aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="live-region" />
    </AnnounceContext>
  );
}
