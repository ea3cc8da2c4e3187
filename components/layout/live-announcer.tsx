"use client";

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

const AnnounceContext = createContext<(message: string) => void>(() => {});

/** Asks the site's one polite live region to say something. */
export function useAnnounce() {
  return useContext(AnnounceContext);
}

/**
 * The site's single polite live region. Every status message (route changes, narration state,
 * settings) goes through it, so a screen reader user never hears two regions compete.
 */
export function LiveAnnouncer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");

  const announce = useCallback((next: string) => {
    // Emptying the region first makes screen readers speak a message identical to the last one.
    setMessage("");
    requestAnimationFrame(() => setMessage(next));
  }, []);

  return (
    <AnnounceContext value={announce}>
      {children}
      <div role="status" aria-live="polite" aria-atomic="true" className="visually-hidden" data-testid="live-region">
        {message}
      </div>
    </AnnounceContext>
  );
}
