import { describe, expect, it } from "vitest";
import { adaptBrowserSpeech, isPauseReliable } from "./browser-speech";
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

describe("isPauseReliable", () => {
  it("trusts pause() on Windows, macOS, iOS and ChromeOS, but not on Linux or Android", () => {
    const agents = {
      windows: "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36",
      mac: "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Safari/605.1.15",
      iphone: "Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1",
      chromeOS: "Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36",
      linuxChrome: "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36",
      linuxFirefox: "Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0",
      android: "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Mobile Safari/537.36",
    };
    expect(Object.fromEntries(Object.entries(agents).map(([name, agent]) => [name, isPauseReliable(agent)]))).toEqual({
      windows: true,
      mac: true,
      iphone: true,
      chromeOS: true,
      linuxChrome: false,
      linuxFirefox: false,
      android: false,
    });
  });
});
