/**
 * An audio element with a hand-moved clock, for the recorded voice's unit tests. Plain
 * TypeScript with no test-runner imports, like the fake speech engine.
 */
import type { MediaLike } from "../recorded-narrator";

type MediaEvent = "timeupdate" | "ended" | "pause" | "play" | "error";

export class FakeMedia implements MediaLike {
  currentTime = 0;
  playbackRate = 1;
  preservesPitch = false;
  paused = true;
  plays = 0;
  private readonly listeners = new Map<MediaEvent, Set<() => void>>();
  play(): Promise<void> {
    this.plays += 1;
    this.paused = false;
    this.emit("play");
    return Promise.resolve();
  }
  pause(): void {
    if (this.paused) return;
    this.paused = true;
    this.emit("pause");
  }
  addEventListener(type: MediaEvent, listener: () => void): void {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }
  removeEventListener(type: MediaEvent, listener: () => void): void {
    this.listeners.get(type)?.delete(listener);
  }
  emit(type: MediaEvent): void {
    for (const listener of this.listeners.get(type) ?? []) listener();
  }
  advanceTo(seconds: number): void {
    this.currentTime = seconds;
    this.emit("timeupdate");
  }
}
