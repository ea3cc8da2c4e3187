/**
 * A manual clock implementing the narrator's `Timers`, so tests decide when time passes.
 * Plain TypeScript with no test-runner imports, like the fake speech engine.
 */
import type { Timers } from "../speech-types";

interface Scheduled {
  readonly id: number;
  readonly at: number;
  readonly callback: () => void;
}

export class FakeTimers implements Timers {
  private time = 0;
  private nextId = 1;
  private scheduled: Scheduled[] = [];

  get pendingCount(): number {
    return this.scheduled.length;
  }

  readonly setTimeout = (callback: () => void, ms: number): unknown => {
    const id = this.nextId;
    this.nextId += 1;
    this.scheduled.push({ id, at: this.time + Math.max(0, ms), callback });
    return id;
  };

  readonly clearTimeout = (handle: unknown): void => {
    this.scheduled = this.scheduled.filter((entry) => entry.id !== handle);
  };

  /** Runs every timer due within `ms`, in time order, including timers those callbacks set. */
  advance(ms: number): void {
    const until = this.time + ms;
    for (;;) {
      const due = this.scheduled
        .filter((entry) => entry.at <= until)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!due) break;
      this.scheduled = this.scheduled.filter((entry) => entry !== due);
      this.time = due.at;
      due.callback();
    }
    this.time = until;
  }
}
