"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";

/** A navigation link that tells assistive technology whether it is the current page or section. */
export function NavLink({ href, children }: { href: string; children: ReactNode }) {
  const pathname = usePathname();
  const isCurrentPage = pathname === href;
  const isInSection = !isCurrentPage && href !== "/" && pathname.startsWith(`${href}/`);
  return (
    <Link href={href} aria-current={isCurrentPage ? "page" : isInSection ? "true" : undefined}>
      {children}
    </Link>
  );
}
