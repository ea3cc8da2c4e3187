import { describe, expect, it } from "vitest";
import { fakeVoices } from "./testing/fake-speech";
import type { SpeechVoiceLike } from "./speech-types";
import { ALL_LANGUAGES, MAX_VOICES_FOR_ALL_LANGUAGES, chooseVoiceLanguage, labelVoice, listVoiceGroups } from "./voice-menu";
import { groupVoicesByLanguage } from "./voice-ranking";

/** Like Chromium with espeak-ng: every language in dozens of variants. */
function manyVoices(): SpeechVoiceLike[] {
  const voices: SpeechVoiceLike[] = [];
  for (const lang of ["af", "de", "en", "en-GB", "fr", "it", "zh"]) {
    for (let variant = 0; variant < 80; variant += 1) {
      const name = `${lang}+variant${variant} espeak-ng`;
      voices.push({ voiceURI: name, name, lang, localService: true, default: lang === "af" && variant === 0 });
    }
  }
  return voices;
}

describe("chooseVoiceLanguage and listVoiceGroups", () => {
  it("lists every language of a short list, page language first", () => {
    const groups = groupVoicesByLanguage(fakeVoices, { pageLang: "en" });
    const language = chooseVoiceLanguage(groups, { pageLang: "en" });
    expect(language).toBe(ALL_LANGUAGES);
    expect(listVoiceGroups(groups, language, undefined).map((group) => group.language)).toEqual(["en", "fr", "de"]);
  });

  it("narrows a long list to the page's language, or to the chosen voice's language", () => {
    const voices = manyVoices();
    expect(voices.length).toBeGreaterThan(MAX_VOICES_FOR_ALL_LANGUAGES);
    const groups = groupVoicesByLanguage(voices, { pageLang: "en-GB" });
    expect(chooseVoiceLanguage(groups, { pageLang: "en-GB" })).toBe("en");
    const english = listVoiceGroups(groups, "en", undefined);
    expect(english.map((group) => group.language)).toEqual(["en"]);
    expect(english[0]?.voices).toHaveLength(160);
    // Best first: the exact tag of the page language leads.
    expect(english[0]?.voices[0]?.lang).toBe("en-GB");

    expect(chooseVoiceLanguage(groups, { pageLang: "en", voiceURI: "fr+variant3 espeak-ng" })).toBe("fr");
    // "All languages" is not honoured for thousands of voices.
    expect(listVoiceGroups(groups, ALL_LANGUAGES, undefined)).toEqual([]);
  });

  it("keeps the chosen voice's group listed when another language is shown", () => {
    const groups = groupVoicesByLanguage(manyVoices(), { pageLang: "en" });
    const listed = listVoiceGroups(groups, "de", "fr+variant3 espeak-ng");
    expect(listed.map((group) => group.language).sort()).toEqual(["de", "fr"]);
  });

  it("falls back to the first language when the page's has no voices", () => {
    const voices = manyVoices().filter((voice) => !voice.lang.startsWith("en"));
    const groups = groupVoicesByLanguage(voices, { pageLang: "en" });
    expect(chooseVoiceLanguage(groups, { pageLang: "en" })).toBe(groups[0]?.language);
  });
});

describe("labelVoice", () => {
  const voice = (name: string, localService: boolean): SpeechVoiceLike => ({ voiceURI: name, name, lang: "en-US", localService, default: false });

  it("marks a voice that sends the text to an online service, and leaves voices on the device as named", () => {
    expect(labelVoice(voice("Google US English", false), "{voice} (online)")).toBe("Google US English (online)");
    expect(labelVoice(voice("Ava (Premium)", true), "{voice} (online)")).toBe("Ava (Premium)");
  });
});
