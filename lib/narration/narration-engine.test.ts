import { describe, expect, it } from "vitest";
import { chooseVoiceSource } from "./narration-engine";

describe("the voice a page starts with", () => {
  it("is the recording unless the listener saved the device's voice", () => {
    expect(chooseVoiceSource({ saved: undefined, hasRecording: true, canSpeak: true })).toBe("recorded");
    expect(chooseVoiceSource({ saved: "device", hasRecording: true, canSpeak: true })).toBe("device");
  });

  it("is the device's where there is no recording, and the recording where the browser cannot speak", () => {
    expect(chooseVoiceSource({ saved: undefined, hasRecording: false, canSpeak: true })).toBe("device");
    expect(chooseVoiceSource({ saved: "device", hasRecording: true, canSpeak: false })).toBe("recorded");
  });
});
