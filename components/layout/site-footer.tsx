import { loadContent } from "@/lib/content/load-content";
import { NavLink } from "./nav-link";

export function SiteFooter() {
  const { strings } = loadContent();
  return (
    <footer className="site-footer">
      <nav aria-label={strings.footer.navigationLabel}>
        <ul>
          <li>
            <NavLink href="/accessibility">{strings.footer.accessibilityLink}</NavLink>
          </li>
          <li>
            <NavLink href="/help">{strings.footer.helpLink}</NavLink>
          </li>
        </ul>
      </nav>
      <p>{strings.footer.sourceNote}</p>
    </footer>
  );
}
