import { useSyncExternalStore } from "react";
import { supportsHighlights } from "@/lib/narration/highlight-support";
import { subscribeToNothing } from "@/lib/snapshot-store";

export interface NarrationCapabilities {
  /** speechSynthesis and SpeechSynthesisUtterance (https://caniuse.com/speech-synthesis). */
  readonly canSpeak: boolean;
  /** Intl.Segmenter splits sentences and words; Firefox has it only since 125. */
  readonly canSegment: boolean;
  /** The CSS Custom Highlight API; without it the read-along outlines the block instead. */
  readonly canHighlight: boolean;
}

let detected: NarrationCapabilities | undefined;

function detect(): NarrationCapabilities {
  detected ??= {
    canSpeak: "speechSynthesis" in window && typeof window.SpeechSynthesisUtterance === "function",
    canSegment: typeof Intl.Segmenter === "function",
    canHighlight: supportsHighlights(window),
  };
  return detected;
}

/**
 * Null on the server and while hydrating, so the first client render matches the server's HTML
 * (https://react.dev/reference/react/useSyncExternalStore#adding-support-for-server-rendering);
 * the browser's answer follows straight after.
 */
export function useNarrationCapabilities(): NarrationCapabilities | null {
  return useSyncExternalStore(subscribeToNothing, detect, () => null);
}
