import { describe, expect, it } from "vitest";
import { formatBudget, median, summarizeBudgets, type Budget } from "./budgets";

const met: Budget = { name: "Opus", figure: "180.0 KiB a minute", target: "≤ 200 KiB a minute", isMet: true };
const missed: Budget = { name: "Route JavaScript", figure: "1.15 ×", target: "≤ 1.10 ×", isMet: false };

describe("formatBudget", () => {
  it("prints the figure, the target and the verdict", () => {
    expect(formatBudget(met)).toBe("Opus: 180.0 KiB a minute; target ≤ 200 KiB a minute: meets.");
    expect(formatBudget(missed)).toBe("Route JavaScript: 1.15 ×; target ≤ 1.10 ×: misses.");
  });
});

describe("summarizeBudgets", () => {
  it("counts the budgets met and names the missed ones", () => {
    expect(summarizeBudgets([met, met])).toBe("Budgets: 2 of 2 met.");
    expect(summarizeBudgets([met, missed])).toBe("Budgets: 1 of 2 met; missed: Route JavaScript.");
  });
});

describe("median", () => {
  it("takes the middle of an odd count and the mean of the two middles of an even one, in any order", () => {
    expect(median([30, 10, 20])).toBe(20);
    expect(median([40, 10, 30, 20])).toBe(25);
  });

  it("is NaN for no values", () => {
    expect(median([])).toBeNaN();
  });
});
