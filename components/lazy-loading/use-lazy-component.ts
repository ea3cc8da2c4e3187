import { useState } from "react";
import { useAnnounce } from "@/components/layout/live-announcer";

/**
 * A component fetched the first time a reader points at, focuses or presses what shows it, so a
 * page that never shows it does not pay for it (`npm run bench` measures the saving). `load`
 * holds the `import("./…")` itself, written out where the bundler can see which file to split.
 */
export function useLazyComponent<Component>(load: () => Promise<Component>, loadFailedMessage: string) {
  const [component, setComponent] = useState<Component>();
  const announce = useAnnounce();

  /** On pointing or focus: a failure here is reported when the reader asks for the component. */
  const preload = () => {
    load().catch(() => {});
  };

  /** Fetches the component (at once after the first time), then `onLoaded`; says so where it cannot be fetched, e.g. offline. */
  const show = (onLoaded?: () => void) => {
    load().then(
      (loaded) => {
        // A function given to setState is called as an updater, and a component is a function.
        setComponent(() => loaded);
        onLoaded?.();
      },
      () => announce(loadFailedMessage),
    );
  };

  return { Component: component, preload, show };
}
