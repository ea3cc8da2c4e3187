import { describe, expect, it } from "vitest";
import { loadContent, type Page } from "@/lib/content/load-content";
import { isRecordedRoute, recordedRoutes } from "./recorded-routes";

describe("recordedRoutes", () => {
  it("records every route of the site but the conformance report, whose text a green test run rewrites", () => {
    const content = loadContent();
    const unrecorded = content.routes.filter((entry) => !recordedRoutes(content).includes(entry)).map(({ route }) => route);
    expect(unrecorded).toEqual(["/accessibility/report"]);
    // The statement links the report and quotes no result: its text stays the same from run to run.
    expect(isRecordedRoute(content, "/accessibility")).toBe(true);
  });

  it("decides by the page's template, wherever the page lives", () => {
    const pages = [
      { route: "/results", template: "conformance-report" },
      { route: "/accessibility/report", template: "article" },
    ] as Page[];
    expect(isRecordedRoute({ pages }, "/results")).toBe(false);
    expect(isRecordedRoute({ pages }, "/accessibility/report")).toBe(true);
  });

  it("records routes that are not content pages, such as a cast member's", () => {
    expect(isRecordedRoute({ pages: [] }, "/cast/mark-ruffalo")).toBe(true);
  });
});
