import { describe, expect, it } from "vitest";
import { announcementFor, describeDuration, fillTemplate, playPauseAction } from "./player-messages";
import type { NarrationStatus } from "./narrator";

const words = { lessThanAMinute: "less than a minute", oneMinute: "1 minute", minutes: "{count} minutes" };

describe("fillTemplate", () => {
  it("fills every placeholder and leaves unknown ones visible", () => {
    expect(fillTemplate("Sentence {current} of {total}", { current: 3, total: 42 })).toBe("Sentence 3 of 42");
    expect(fillTemplate("{a}{a} {missing}", { a: "x" })).toBe("xx {missing}");
    expect(fillTemplate("{toString}", {})).toBe("{toString}");
  });
});

describe("describeDuration", () => {
  it("rounds to whole minutes", () => {
    expect(describeDuration(0, words)).toBe("less than a minute");
    expect(describeDuration(29_000, words)).toBe("less than a minute");
    expect(describeDuration(31_000, words)).toBe("1 minute");
    expect(describeDuration(89_000, words)).toBe("1 minute");
    expect(describeDuration(150_000, words)).toBe("3 minutes");
  });
});

describe("announcementFor", () => {
  it("announces starting, pausing, stopping, finishing, missing voices and errors once", () => {
    expect(announcementFor("idle", "playing")).toBe("playing");
    expect(announcementFor("loading", "playing")).toBe("playing");
    expect(announcementFor("paused", "playing")).toBe("playing");
    expect(announcementFor("playing", "paused")).toBe("paused");
    expect(announcementFor("playing", "idle")).toBe("stopped");
    expect(announcementFor("paused", "idle")).toBe("stopped");
    expect(announcementFor("playing", "finished")).toBe("finished");
    expect(announcementFor("loading", "no-voices")).toBe("noVoices");
    expect(announcementFor("playing", "error")).toBe("error");
  });

  it("says at once that Play waits for voices, and that Stop gave up the wait", () => {
    expect(announcementFor("idle", "loading")).toBe("loadingVoices");
    expect(announcementFor("finished", "loading")).toBe("loadingVoices");
    expect(announcementFor("error", "loading")).toBe("loadingVoices");
    expect(announcementFor("loading", "loading")).toBeNull();
    expect(announcementFor("loading", "idle")).toBe("stopped");
  });

  it("stays quiet when nothing a listener needs to know has changed", () => {
    expect(announcementFor("playing", "playing")).toBeNull();
    expect(announcementFor("error", "idle")).toBeNull();
    expect(announcementFor("no-voices", "idle")).toBeNull();
  });
});

describe("playPauseAction", () => {
  const statuses: readonly NarrationStatus[] = ["idle", "loading", "playing", "paused", "finished", "no-voices", "error"];

  it("offers Pause only while speech is playing, not while voices load", () => {
    expect(Object.fromEntries(statuses.map((status) => [status, playPauseAction(status)]))).toEqual({
      idle: "play",
      loading: "play",
      playing: "pause",
      paused: "play",
      finished: "play",
      "no-voices": "play",
      error: "play",
    });
  });
});
