import { describe, expect, it } from "vitest";
import { estimateDurationMs } from "./estimate-duration";
import { SpeechWatchdog, type StallResponse } from "./speech-watchdog";
import { FakeTimers } from "./testing/fake-timers";

const utterance = { text: "He arrives in Paris.", rate: 1 };
const bounds = { factor: 2, slackMs: 1000 };
/** When the watchdog gives up waiting on `utterance` at its rate. */
const boundMs = estimateDurationMs(utterance.text.length, utterance.rate) * bounds.factor + bounds.slackMs;

function setup({ maxRetries = 1 } = {}) {
  const timers = new FakeTimers();
  const engine = { speaking: false };
  const watchdog = new SpeechWatchdog({ engine, timers, bounds, maxRetries });
  const responses: StallResponse[] = [];
  const watch = (watched: { text: string; rate: number } = utterance) => watchdog.watch(watched, (response) => responses.push(response));
  return { timers, engine, watchdog, responses, watch };
}

describe("SpeechWatchdog", () => {
  it("waits the estimated time times the factor, plus the slack, before calling a silent engine stalled", () => {
    const { timers, responses, watch } = setup();
    watch();
    timers.advance(boundMs - 1);
    expect(responses).toEqual([]);
    timers.advance(1);
    expect(responses).toEqual(["retry"]);
    expect(timers.pendingCount).toBe(0);
  });

  it("waits longer for a slower utterance", () => {
    const { timers, responses, watch } = setup();
    watch({ ...utterance, rate: 0.5 });
    timers.advance(boundMs);
    expect(responses).toEqual([]);
    timers.advance(boundMs);
    expect(responses).toEqual(["retry"]);
  });

  it("starts the wait again on every sign of life", () => {
    const { timers, responses, watch } = setup();
    watch();
    for (let event = 0; event < 5; event += 1) {
      timers.advance(boundMs - 1);
      watch();
    }
    expect(responses).toEqual([]);
    expect(timers.pendingCount).toBe(1);
  });

  it("keeps waiting, without a verdict, while the engine says it is speaking", () => {
    const { timers, engine, responses, watch } = setup();
    engine.speaking = true;
    watch();
    timers.advance(boundMs * 20);
    expect(responses).toEqual([]);
    expect(timers.pendingCount).toBe(1);
    engine.speaking = false;
    timers.advance(boundMs);
    expect(responses).toEqual(["retry"]);
  });

  it("asks for as many retries as it is allowed, then gives up, until its retries are reset", () => {
    const { timers, watchdog, responses, watch } = setup({ maxRetries: 2 });
    for (let stall = 0; stall < 4; stall += 1) {
      watch();
      timers.advance(boundMs);
    }
    expect(responses).toEqual(["retry", "retry", "give-up", "give-up"]);
    watchdog.resetRetries();
    watch();
    timers.advance(boundMs);
    expect(responses.at(-1)).toBe("retry");
  });

  it("says nothing once stopped", () => {
    const { timers, watchdog, responses, watch } = setup();
    watch();
    watchdog.stop();
    expect(timers.pendingCount).toBe(0);
    timers.advance(boundMs * 10);
    expect(responses).toEqual([]);
    watchdog.stop();
  });
});
