/**
 * An immutable snapshot and its subscribers, in the shape `useSyncExternalStore` wants. The
 * two voices (narrator.ts, recorded-narrator.ts) publish their state through it.
 */
export class SnapshotStore<Snapshot extends object> {
  private readonly listeners = new Set<(snapshot: Snapshot) => void>();
  protected snapshot: Snapshot;

  constructor(initial: Snapshot) {
    this.snapshot = initial;
  }

  readonly subscribe = (listener: (snapshot: Snapshot) => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getSnapshot = (): Snapshot => this.snapshot;

  /** Publishes only a real change: a shallow compare, so unchanged fields keep React from rendering. */
  protected update(changes: Partial<Snapshot>): void {
    const next = { ...this.snapshot, ...changes };
    const keys = new Set([...Object.keys(next), ...Object.keys(this.snapshot)] as (keyof Snapshot)[]);
    if ([...keys].every((key) => next[key] === this.snapshot[key])) return;
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener(next);
  }

  protected forgetListeners(): void {
    this.listeners.clear();
  }
}
