import { loadContent } from "@/lib/content/load-content";

/** The first Tab stop of every page; `main` has tabIndex -1 so focus, not just scroll, moves there. */
export function SkipLink() {
  return (
    <a href="#main" className="skip-link">
      {loadContent().strings.skipLink}
    </a>
  );
}
