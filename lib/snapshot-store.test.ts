import { describe, expect, it, vi } from "vitest";
import { SnapshotStore, Subscribers } from "./snapshot-store";

describe("Subscribers", () => {
  it("tells each subscriber of every change, until it unsubscribes", () => {
    const subscribers = new Subscribers<number>();
    const first = vi.fn();
    const second = vi.fn();
    const unsubscribeFirst = subscribers.subscribe(first);
    subscribers.subscribe(second);
    subscribers.notify(1);
    unsubscribeFirst();
    subscribers.notify(2);
    expect(first.mock.calls).toEqual([[1]]);
    expect(second.mock.calls).toEqual([[1], [2]]);
  });

  it("tells everyone subscribed when the change began, though one of them unsubscribes another", () => {
    const subscribers = new Subscribers();
    const told: string[] = [];
    let unsubscribeSecond = () => {};
    subscribers.subscribe(() => {
      told.push("first");
      unsubscribeSecond();
    });
    unsubscribeSecond = subscribers.subscribe(() => told.push("second"));
    subscribers.notify();
    subscribers.notify();
    expect(told).toEqual(["first", "second", "first"]);
  });

  it("forgets every subscriber when cleared", () => {
    const subscribers = new Subscribers();
    const listener = vi.fn();
    subscribers.subscribe(listener);
    subscribers.clear();
    subscribers.notify();
    expect(listener).not.toHaveBeenCalled();
  });

  it("counts a listener subscribed twice once, as a Set does", () => {
    const subscribers = new Subscribers();
    const listener = vi.fn();
    subscribers.subscribe(listener);
    subscribers.subscribe(listener);
    subscribers.notify();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

interface Counter {
  readonly count: number;
  readonly label?: string | undefined;
}

class CounterStore extends SnapshotStore<Counter> {
  set(changes: Partial<Counter>): void {
    this.update(changes);
  }

  dispose(): void {
    this.forgetListeners();
  }
}

describe("SnapshotStore", () => {
  it("publishes a new snapshot object for a real change, and hands it to subscribers", () => {
    const store = new CounterStore({ count: 0 });
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.getSnapshot();
    store.set({ count: 1 });
    expect(store.getSnapshot()).toEqual({ count: 1 });
    expect(store.getSnapshot()).not.toBe(before);
    expect(before).toEqual({ count: 0 });
    expect(listener).toHaveBeenCalledExactlyOnceWith(store.getSnapshot());
  });

  it("keeps the same snapshot and stays quiet when nothing changed, as useSyncExternalStore requires", () => {
    const store = new CounterStore({ count: 1, label: "one" });
    const listener = vi.fn();
    store.subscribe(listener);
    const before = store.getSnapshot();
    store.set({ count: 1 });
    store.set({ label: "one" });
    store.set({});
    expect(store.getSnapshot()).toBe(before);
    expect(listener).not.toHaveBeenCalled();
  });

  it("counts a field added or cleared as a change, and an absent field set to undefined as none", () => {
    const store = new CounterStore({ count: 1 });
    const listener = vi.fn();
    store.subscribe(listener);
    store.set({ label: undefined });
    expect(listener).not.toHaveBeenCalled();
    store.set({ label: "one" });
    store.set({ label: undefined });
    expect(listener).toHaveBeenCalledTimes(2);
    expect(store.getSnapshot()).toEqual({ count: 1, label: undefined });
  });

  it("lets go of every subscriber when it forgets them, and keeps working for getSnapshot", () => {
    const store = new CounterStore({ count: 0 });
    const listener = vi.fn();
    store.subscribe(listener);
    store.dispose();
    store.set({ count: 2 });
    expect(listener).not.toHaveBeenCalled();
    expect(store.getSnapshot().count).toBe(2);
  });

  it("gives subscribe and getSnapshot bound to their store, so React can take them alone", () => {
    const store = new CounterStore({ count: 0 });
    const { subscribe, getSnapshot } = store;
    const listener = vi.fn();
    subscribe(listener);
    store.set({ count: 5 });
    expect(getSnapshot().count).toBe(5);
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
