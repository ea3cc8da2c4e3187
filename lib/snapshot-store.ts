/**
 * The one shape of every external store React reads here through `useSyncExternalStore`: the
 * two voices (narration/narrator.ts, narration/recorded-narrator.ts), a page's narration, the
 * page's active narration and the reading settings.
 */

/** A store's listeners, with `subscribe` in the shape `useSyncExternalStore` wants. */
export class Subscribers<Value = void> {
  private readonly listeners = new Set<(value: Value) => void>();

  readonly subscribe = (listener: (value: Value) => void): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  /** A listener that unsubscribes another, or itself, while being told does not change who is told this time. */
  notify(value: Value): void {
    for (const listener of [...this.listeners]) listener(value);
  }

  clear(): void {
    this.listeners.clear();
  }
}

/** For `useSyncExternalStore` where nothing will tell of a change: no store yet, or a value fixed once the page has hydrated. */
export const subscribeToNothing = (): (() => void) => () => {};

/** An immutable snapshot and its subscribers, for classes that publish their state. */
export class SnapshotStore<Snapshot extends object> {
  private readonly subscribers = new Subscribers<Snapshot>();
  protected snapshot: Snapshot;

  constructor(initial: Snapshot) {
    this.snapshot = initial;
  }

  readonly subscribe = this.subscribers.subscribe;

  readonly getSnapshot = (): Snapshot => this.snapshot;

  /** Publishes only a real change: a shallow compare, so unchanged fields keep React from rendering. */
  protected update(changes: Partial<Snapshot>): void {
    const next = { ...this.snapshot, ...changes };
    const keys = new Set([...Object.keys(next), ...Object.keys(this.snapshot)] as (keyof Snapshot)[]);
    if ([...keys].every((key) => next[key] === this.snapshot[key])) return;
    this.snapshot = next;
    this.subscribers.notify(next);
  }

  protected forgetListeners(): void {
    this.subscribers.clear();
  }
}
