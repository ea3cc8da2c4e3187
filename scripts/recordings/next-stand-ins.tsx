/**
 * What the page components need from next/link and next/navigation when they are rendered
 * outside Next.js for their text (render-pages.tsx): the same HTML, no router.
 */
import type { ComponentProps } from "react";

export default function Link({ href, ...props }: Omit<ComponentProps<"a">, "href"> & { href: string | { pathname?: string } }) {
  return <a href={typeof href === "string" ? href : href.pathname} {...props} />;
}

export function usePathname(): string {
  return "/";
}

export function notFound(): never {
  throw new Error("render-pages: no page for this route");
}
