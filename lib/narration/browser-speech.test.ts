import { describe, expect, it } from "vitest";
import { adaptBrowserSpeech } from "./browser-speech";
import { Narrator } from "./narrator";
import { segmentBlocks } from "./speech-segments";
import { FakeSpeech, FakeUtterance } from "./testing/fake-speech";

describe("adaptBrowserSpeech", () => {
  it("builds utterances with the given constructor and passes the engine through", async () => {
    // Node has no speechSynthesis; the fake stands in for the browser objects at run time,
    // while the signature checks the real DOM types at compile time.
    const speech = new FakeSpeech();
    const platform = adaptBrowserSpeech(
      speech.engine as unknown as SpeechSynthesis,
      FakeUtterance as unknown as typeof SpeechSynthesisUtterance,
    );
    expect(platform.engine).toBe(speech.engine);
    const sentences = segmentBlocks([{ id: "p", kind: "paragraph", runs: [{ text: "Hello there." }] }], { lang: "en" });
    await new Narrator({ ...platform, sentences }).play();
    expect(speech.spoken.map((record) => record.text)).toEqual(["Hello there."]);
  });
});
