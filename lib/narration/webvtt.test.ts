import { describe, expect, it } from "vitest";
import { formatWebVtt, parseWebVtt } from "./webvtt";

describe("WebVTT", () => {
  it("writes cues that read back the same, with times to the millisecond", () => {
    const cues = [
      { id: "0", start: 0, end: 1.5304, text: "Finding Marie-Laure" },
      { id: "1:4-7", start: 3661.25, end: 3662, text: "Tom & Jerry <3 -->" },
    ];
    const vtt = formatWebVtt(cues);
    expect(vtt).toContain("01:01:01.250 --> 01:01:02.000");
    expect(vtt).toContain("Tom &amp; Jerry &lt;3 --&gt;");
    expect(parseWebVtt(vtt)).toEqual([{ ...cues[0], end: 1.53 }, cues[1]]);
  });

  it("keeps a cue's text to one line, since a blank line would end it", () => {
    const [cue] = parseWebVtt(formatWebVtt([{ id: "0", start: 0, end: 1, text: "One\n\ntwo  three" }]));
    expect(cue?.text).toBe("One two three");
  });

  it("reads cues without identifiers and short timestamps", () => {
    expect(parseWebVtt("WEBVTT\n\n00:01.000 --> 00:02.500\nHello\n")).toEqual([{ id: "", start: 1, end: 2.5, text: "Hello" }]);
  });

  it("refuses a file that is not WebVTT", () => {
    expect(() => parseWebVtt("1\n00:00:01,000 --> 00:00:02,000\nSubRip")).toThrow(/WEBVTT/);
  });
});
