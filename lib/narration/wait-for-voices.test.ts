import { describe, expect, it } from "vitest";
import { FakeSpeech, fakeVoices } from "./testing/fake-speech";
import { FakeTimers } from "./testing/fake-timers";
import { waitForVoices } from "./wait-for-voices";

async function settle(promise: Promise<unknown>): Promise<"pending" | "settled"> {
  return Promise.race([promise.then(() => "settled" as const), Promise.resolve().then(() => "pending" as const)]);
}

describe("waitForVoices", () => {
  it("resolves at once when voices are already there", async () => {
    const speech = new FakeSpeech();
    await expect(waitForVoices(speech.engine, { timeoutMs: 1000, pollMs: 100, timers: new FakeTimers() })).resolves.toEqual(fakeVoices);
  });

  it("resolves on voiceschanged and stops listening", async () => {
    const speech = new FakeSpeech({ voices: [] });
    const timers = new FakeTimers();
    const waiting = waitForVoices(speech.engine, { timeoutMs: 1000, pollMs: 100, timers });
    expect(speech.voicesChangedListenerCount).toBe(1);
    speech.setVoices(fakeVoices, { firesVoicesChanged: true });
    await expect(waiting).resolves.toEqual(fakeVoices);
    expect(speech.voicesChangedListenerCount).toBe(0);
    expect(timers.pendingCount).toBe(0);
  });

  it("finds voices by polling when voiceschanged never fires (Safari)", async () => {
    const speech = new FakeSpeech({ voices: [] });
    const timers = new FakeTimers();
    const waiting = waitForVoices(speech.engine, { timeoutMs: 1000, pollMs: 100, timers });
    timers.advance(250);
    expect(await settle(waiting)).toBe("pending");
    speech.setVoices(fakeVoices, { firesVoicesChanged: false });
    timers.advance(100);
    await expect(waiting).resolves.toEqual(fakeVoices);
    expect(timers.pendingCount).toBe(0);
    expect(speech.voicesChangedListenerCount).toBe(0);
  });

  it("resolves with no voices after the timeout and cleans up", async () => {
    const speech = new FakeSpeech({ voices: [] });
    const timers = new FakeTimers();
    const waiting = waitForVoices(speech.engine, { timeoutMs: 1000, pollMs: 100, timers });
    timers.advance(999);
    expect(await settle(waiting)).toBe("pending");
    timers.advance(1);
    await expect(waiting).resolves.toEqual([]);
    expect(timers.pendingCount).toBe(0);
    expect(speech.voicesChangedListenerCount).toBe(0);
  });

  it("resolves with no voices when aborted", async () => {
    const speech = new FakeSpeech({ voices: [] });
    const timers = new FakeTimers();
    const controller = new AbortController();
    const waiting = waitForVoices(speech.engine, { timeoutMs: 1000, pollMs: 100, timers, signal: controller.signal });
    controller.abort();
    await expect(waiting).resolves.toEqual([]);
    expect(timers.pendingCount).toBe(0);
  });
});
