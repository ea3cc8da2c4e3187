import { describe, expect, it } from "vitest";
import { announcementFor, describeDuration, fillTemplate } from "./player-messages";

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

  it("stays quiet when nothing a listener needs to know has changed", () => {
    expect(announcementFor("playing", "playing")).toBeNull();
    expect(announcementFor("idle", "loading")).toBeNull();
    expect(announcementFor("loading", "idle")).toBeNull();
    expect(announcementFor("error", "idle")).toBeNull();
    expect(announcementFor("no-voices", "idle")).toBeNull();
  });
});
