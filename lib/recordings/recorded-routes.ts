/**
 * The one place that decides which routes get a recording (and so an MP3 link and a podcast
 * episode). A page whose text shows content/conformance-results.json gets none: every green test
 * run rewrites that file, so its recording would change with every run and add megabytes to the
 * git history each time. The player there offers the device's voice and says why.
 */
import type { Content, Page } from "@/lib/content/load-content";

/** Templates that render the test results: only the conformance report's tables and counts do. */
const TEMPLATES_SHOWING_TEST_RESULTS: ReadonlySet<Page["template"]> = new Set(["conformance-report"]);

export function isRecordedRoute(content: Pick<Content, "pages">, route: string): boolean {
  const page = content.pages.find((candidate) => candidate.route === route);
  return !page || !TEMPLATES_SHOWING_TEST_RESULTS.has(page.template);
}

/** Every route that has a recording, in navigation order. */
export function recordedRoutes(content: Pick<Content, "pages" | "routes">): Content["routes"] {
  return content.routes.filter(({ route }) => isRecordedRoute(content, route));
}
