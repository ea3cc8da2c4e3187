import { describe, expect, it } from "vitest";
import { composite, contrastRatio, relativeLuminance } from "./contrast";

describe("contrastRatio", () => {
  it("gives 21 for black on white and 1 for a colour on itself", () => {
    expect(contrastRatio("#000000", "#ffffff")).toBeCloseTo(21, 5);
    expect(contrastRatio("#767676", "#767676")).toBe(1);
  });

  it("matches WCAG's worked values", () => {
    // #767676 is the lightest grey that reaches 4.5:1 on white.
    expect(contrastRatio("#767676", "#ffffff")).toBeCloseTo(4.54, 2);
    expect(contrastRatio("#777777", "#ffffff")).toBeLessThan(4.5);
  });

  it("is the same whichever colour comes first", () => {
    expect(contrastRatio("#1a3e8c", "#f3f2f1")).toBe(contrastRatio("#f3f2f1", "#1a3e8c"));
  });

  it("reads colours as getComputedStyle writes them", () => {
    expect(relativeLuminance("rgb(255, 255, 255)")).toBe(1);
    expect(contrastRatio("rgb(18, 18, 18)", "#121212")).toBe(1);
    expect(contrastRatio("rgba(0, 0, 0, 1)", "rgb(255 255 255)")).toBeCloseTo(21, 5);
  });

  it("refuses a colour it cannot measure rather than guessing", () => {
    expect(() => contrastRatio("rgba(0, 0, 0, 0.5)", "#ffffff")).toThrow(/translucent/);
    expect(() => contrastRatio("red", "#ffffff")).toThrow(/expected #rrggbb/);
  });
});

describe("composite", () => {
  it("mixes a translucent colour with what is behind it", () => {
    expect(composite("rgba(0, 0, 0, 0.5)", "#ffffff")).toBe("rgb(128, 128, 128)");
    expect(composite("rgba(5, 0, 73, 0.8)", "rgb(255, 255, 255)")).toBe("rgb(55, 51, 109)");
  });

  it("leaves an opaque colour as it is, and needs an opaque backdrop", () => {
    expect(composite("#1a3e8c", "#ffffff")).toBe("rgb(26, 62, 140)");
    expect(() => composite("#000000", "rgba(0, 0, 0, 0)")).toThrow(/opaque/);
  });
});
