import Link from "next/link";
import { ReadingSettings } from "@/components/settings/reading-settings";
import { loadContent } from "@/lib/content/load-content";
import { NavLink } from "./nav-link";

export function SiteHeader() {
  const { pages, strings } = loadContent();
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-header__name">
          <Link href="/">{strings.siteName}</Link>
        </p>
        <p className="site-header__tagline">{strings.siteTagline}</p>
      </div>
      <ReadingSettings />
      <nav aria-label={strings.mainNavigationLabel} className="site-nav">
        <ul>
          {pages.flatMap((page) =>
            page.nav ? (
              <li key={page.route}>
                <NavLink href={page.route}>{page.nav.label}</NavLink>
              </li>
            ) : [],
          )}
        </ul>
      </nav>
    </header>
  );
}
