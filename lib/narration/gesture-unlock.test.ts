// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from "vitest";
import { createRecordingMedia, unlockMedia, unlockSpeech } from "./gesture-unlock";
import { Narrator } from "./narrator";
import { segmentBlocks } from "./speech-segments";
import { FakeSpeech, FakeUtterance } from "./testing/fake-speech";

const urls = { webm: "/recordings/page.webm", mp3: "/recordings/page.mp3" };

afterEach(() => {
  vi.restoreAllMocks();
});

describe("createRecordingMedia", () => {
  it("chooses Opus where the browser plays it, MP3 elsewhere, and loads only the metadata", () => {
    const canPlayType = vi.spyOn(HTMLMediaElement.prototype, "canPlayType");
    canPlayType.mockReturnValue("probably");
    const opus = createRecordingMedia(urls);
    expect(opus.src).toContain(urls.webm);
    expect(opus.preload).toBe("metadata");
    canPlayType.mockReturnValue("");
    expect(createRecordingMedia(urls).src).toContain(urls.mp3);
  });
});

describe("unlockMedia", () => {
  it("starts and at once pauses the element, and the aborted play() rejects unseen", async () => {
    const calls: string[] = [];
    let rejectPlay!: (reason: unknown) => void;
    const media = {
      play: () => {
        calls.push("play");
        return new Promise<void>((_, reject) => (rejectPlay = reject));
      },
      pause: () => calls.push("pause"),
    } as unknown as HTMLMediaElement;
    const unhandled = vi.fn();
    process.on("unhandledRejection", unhandled);
    unlockMedia(media);
    expect(calls).toEqual(["play", "pause"]);
    rejectPlay(new DOMException("The play() request was interrupted by a call to pause().", "AbortError"));
    await new Promise((resolve) => setTimeout(resolve, 0));
    process.off("unhandledRejection", unhandled);
    expect(unhandled).not.toHaveBeenCalled();
  });
});

describe("unlockSpeech", () => {
  it("speaks an empty utterance, which says nothing and holds up nothing the narrator speaks next", async () => {
    const speech = new FakeSpeech();
    const synthesis = speech.engine as unknown as SpeechSynthesis;
    const Utterance = FakeUtterance as unknown as typeof SpeechSynthesisUtterance;
    const ended = vi.fn();
    vi.spyOn(speech.engine, "speak");
    unlockSpeech(synthesis, Utterance);
    const [[unlocking]] = vi.mocked(speech.engine.speak).mock.calls as [[FakeUtterance]];
    expect(unlocking.text).toBe("");
    unlocking.addEventListener("end", ended);
    await Promise.resolve();
    expect(ended).toHaveBeenCalledOnce();
    expect(speech.spoken).toEqual([]);

    const sentences = segmentBlocks([{ id: "p", kind: "paragraph", runs: [{ text: "Hello there." }] }], { lang: "en" });
    await new Narrator({ engine: speech.engine, createUtterance: speech.createUtterance, sentences }).play();
    expect(speech.current?.text).toBe("Hello there.");
  });
});
