"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { useAnnounce } from "./live-announcer";

/** Longest wait for the new page's title before announcing whatever title the document has. */
const titleWaitMilliseconds = 1000;

/**
 * The App Router keeps focus where it was after a client-side navigation
 * (https://github.com/vercel/next.js/issues/49386), leaving keyboard and screen reader users
 * on a link that is no longer in context. After each navigation, but not on first load, move
 * focus to the new page's h1 and announce its title.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const previous = useRef<{ pathname: string; title?: string }>({ pathname });
  const announce = useAnnounce();

  useEffect(() => {
    if (previous.current.pathname === pathname) {
      previous.current.title = document.title;
      return;
    }
    const previousTitle = previous.current.title;
    previous.current = { pathname };

    const heading = document.querySelector<HTMLElement>("main h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }

    // Next streams page metadata separately from the page, so <title> can change after this
    // effect runs; titles are unique per page, so wait for it to differ.
    const announceTitle = () => {
      observer.disconnect();
      clearTimeout(timeout);
      previous.current.title = document.title;
      announce(document.title);
    };
    const observer = new MutationObserver(() => {
      if (document.title && document.title !== previousTitle) announceTitle();
    });
    const timeout = setTimeout(announceTitle, titleWaitMilliseconds);
    if (document.title && document.title !== previousTitle) announceTitle();
    else observer.observe(document.head, { subtree: true, childList: true, characterData: true });
    return () => {
      observer.disconnect();
      clearTimeout(timeout);
    };
  }, [pathname, announce]);

  return null;
}
