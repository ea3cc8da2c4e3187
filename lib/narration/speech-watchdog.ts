/**
 * Notices an utterance the engine dropped without `end` or `error`: Chromium has stopped
 * mid-text with `speaking` false and no event (https://crbug.com/335907). Every event is a sign
 * of life and restarts the wait; a wait that runs out while the engine still says it is speaking
 * starts again, because a voice may simply send no events. Only a silent engine counts as stalled.
 */
import { estimateDurationMs } from "./estimate-duration";
import type { SpeechEngineLike, SpeechUtteranceLike, Timers } from "./speech-types";

/** Silence allowed after the last event: `factor` × the estimated utterance duration + `slackMs`. */
export interface WatchdogBounds {
  readonly factor: number;
  readonly slackMs: number;
}

/** Speak the sentence again (from the last word reached), or give up on it as stalled. */
export type StallResponse = "retry" | "give-up";

export interface SpeechWatchdogOptions {
  readonly engine: Pick<SpeechEngineLike, "speaking">;
  readonly timers: Timers;
  readonly bounds: WatchdogBounds;
  /** How many times one sentence is spoken again before the watchdog gives up on it. */
  readonly maxRetries: number;
}

export class SpeechWatchdog {
  private readonly options: SpeechWatchdogOptions;
  private timer: unknown = null;
  private retries = 0;

  constructor(options: SpeechWatchdogOptions) {
    this.options = options;
  }

  /** Starts (or restarts, on every sign of life) the wait for the utterance's next event. */
  watch(utterance: Pick<SpeechUtteranceLike, "text" | "rate">, onStall: (response: StallResponse) => void): void {
    this.stop();
    const { timers, bounds } = this.options;
    const boundMs = estimateDurationMs(utterance.text.length, utterance.rate) * bounds.factor + bounds.slackMs;
    this.timer = timers.setTimeout(() => this.expire(utterance, onStall), boundMs);
  }

  /** Paused, stopped, ended or failed: nothing is expected until the next `watch`. */
  stop(): void {
    if (this.timer !== null) this.options.timers.clearTimeout(this.timer);
    this.timer = null;
  }

  /** A new sentence, or a new start after the listener asked: its retries are its own. */
  resetRetries(): void {
    this.retries = 0;
  }

  private expire(utterance: Pick<SpeechUtteranceLike, "text" | "rate">, onStall: (response: StallResponse) => void): void {
    this.timer = null;
    if (this.options.engine.speaking) {
      this.watch(utterance, onStall);
      return;
    }
    if (this.retries >= this.options.maxRetries) {
      onStall("give-up");
      return;
    }
    this.retries += 1;
    onStall("retry");
  }
}
