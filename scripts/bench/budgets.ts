/** A figure `npm run bench` holds to a target, and how each is printed. */
export interface Budget {
  readonly name: string;
  /** The measured figure as printed, with its unit. */
  readonly figure: string;
  /** The target as printed, e.g. "≤ 3.0 KiB". */
  readonly target: string;
  readonly isMet: boolean;
}

export function formatBudget({ name, figure, target, isMet }: Budget): string {
  return `${name}: ${figure}; target ${target}: ${isMet ? "meets" : "misses"}.`;
}

export function summarizeBudgets(budgets: readonly Budget[]): string {
  const missed = budgets.filter((budget) => !budget.isMet);
  const count = `Budgets: ${budgets.length - missed.length} of ${budgets.length} met`;
  return missed.length === 0 ? `${count}.` : `${count}; missed: ${missed.map((budget) => budget.name).join("; ")}.`;
}

/** The middle value, or the mean of the two middle ones; NaN for no values. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export const kib = (bytes: number) => (bytes / 1024).toFixed(1);
