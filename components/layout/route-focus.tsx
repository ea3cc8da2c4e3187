"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { useAnnounce } from "./live-announcer";

/**
 * The App Router keeps focus where it was after a client-side navigation
 * (https://github.com/vercel/next.js/issues/49386), leaving keyboard and screen reader users
 * on a link that is no longer in context. After each navigation, but not on first load, move
 * focus to the new page's h1 and announce its title.
 */
export function RouteFocus() {
  const pathname = usePathname();
  const previousPathname = useRef(pathname);
  const announce = useAnnounce();

  useEffect(() => {
    if (previousPathname.current === pathname) return;
    previousPathname.current = pathname;
    const heading = document.querySelector<HTMLElement>("main h1");
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
    announce(document.title);
  }, [pathname, announce]);

  return null;
}
