import { describe, expect, it } from "vitest";
import { fakeVoices } from "./testing/fake-speech";
import type { SpeechVoiceLike } from "./speech-types";
import { filterVoices, getPrimaryLanguage, groupVoicesByLanguage, pickVoiceForLanguage, rankVoices } from "./voice-ranking";

function voice(name: string, lang: string, extra: Partial<SpeechVoiceLike> = {}): SpeechVoiceLike {
  return { voiceURI: `${name}|${lang}`, name, lang, localService: true, default: false, ...extra };
}

const [english, french, german, britishEnglish] = fakeVoices;

describe("getPrimaryLanguage", () => {
  it("reads the primary subtag from BCP 47 and POSIX-style tags", () => {
    expect(["en-US", "EN_gb", "fr", "zh-Hant-TW", ""].map(getPrimaryLanguage)).toEqual(["en", "en", "fr", "zh", "und"]);
  });
});

describe("rankVoices", () => {
  it("puts voices on the device first, then the default voice, then quality markers", () => {
    const voices = [
      voice("Zed", "en-US"),
      voice("Remote plain", "en-US", { localService: false }),
      voice("Google US English", "en-US", { localService: false }),
      voice("Samantha (Enhanced)", "en-US"),
      voice("Alex", "en-US", { default: true, localService: false }),
      voice("Aria Online (Natural)", "en-US", { localService: false }),
    ];
    expect(rankVoices(voices).map((v) => v.name)).toEqual([
      "Samantha (Enhanced)",
      "Zed",
      "Alex",
      "Aria Online (Natural)",
      "Google US English",
      "Remote plain",
    ]);
  });

  it("prefers an exact tag match for the requested language over quality", () => {
    const voices = [voice("Premium US", "en-US"), voice("Plain UK", "en_GB")];
    expect(rankVoices(voices, "en-GB").map((v) => v.name)).toEqual(["Plain UK", "Premium US"]);
  });
});

describe("groupVoicesByLanguage", () => {
  it("groups by primary language with display names, page language first then preferred languages", () => {
    const groups = groupVoicesByLanguage([...fakeVoices, voice("Jorge", "es-ES"), voice("Mystery", "")], {
      pageLang: "fr",
      preferredLangs: ["de-AT", "en"],
      displayLocale: "en",
    });
    expect(groups.map((group) => [group.language, group.label, group.voices.map((v) => v.name)])).toEqual([
      ["fr", "French", ["Amélie (Français)"]],
      ["de", "German", ["Anna (Deutsch)"]],
      ["en", "English", ["Ava (English)", "Daniel (English)"]],
      ["es", "Spanish", ["Jorge"]],
      ["und", "", ["Mystery"]],
    ]);
  });

  it("stays fast and correct with 13,000 voices, as espeak-ng exposes", () => {
    const languages = Array.from({ length: 130 }, (_, index) =>
      index === 0 ? "en-US" : `${String.fromCharCode(97 + (index % 26))}${String.fromCharCode(97 + Math.floor(index / 26))}-X${index}`,
    );
    const voices: SpeechVoiceLike[] = [];
    for (let index = 0; index < 13_000; index += 1) {
      const lang = languages[index % languages.length] ?? "en-US";
      voices.push(voice(`espeak-ng ${lang} variant ${index}`, lang, { localService: index % 3 !== 0 }));
    }
    voices.push(voice("English Neural", "en-US", { localService: false }));
    voices.push(voice("System default", "en-GB", { default: true }));

    const started = performance.now();
    const groups = groupVoicesByLanguage(voices, { pageLang: "en-US", displayLocale: "en" });
    const elapsed = performance.now() - started;
    console.info(`grouped ${voices.length} voices into ${groups.length} languages in ${elapsed.toFixed(1)} ms`);

    expect(groups).toHaveLength(130);
    const first = groups[0];
    expect(first?.language).toBe("en");
    expect(first?.voices.slice(0, 4).map((v) => v.name)).toEqual([
      "System default",
      // The page is en-US, so exact en-US voices on the device come next; the remote "English
      // Neural" and every third espeak-ng variant, remote here, come after them.
      "espeak-ng en-US variant 130",
      "espeak-ng en-US variant 260",
      "espeak-ng en-US variant 520",
    ]);
    expect(groups.reduce((total, group) => total + group.voices.length, 0)).toBe(voices.length);
    const labels = groups.slice(1).map((group) => group.label);
    expect(labels).toEqual([...labels].sort(new Intl.Collator("en", { sensitivity: "base" }).compare));
  });
});

describe("pickVoiceForLanguage", () => {
  it("keeps the chosen voice when it speaks the passage language", () => {
    expect(pickVoiceForLanguage(fakeVoices, "en-GB", english ?? null)).toBe(english);
  });

  it("switches to the best voice for a passage in another language", () => {
    expect(pickVoiceForLanguage(fakeVoices, "fr", english ?? null)).toBe(french);
    expect(pickVoiceForLanguage(fakeVoices, "de-CH", english ?? null)).toBe(german);
  });

  it("never picks an online voice while the device has one for the language, even the default or a premium one", () => {
    const voices = [
      voice("Google français", "fr-FR", { localService: false, default: true }),
      voice("Denise Online (Natural)", "fr-FR", { localService: false }),
      voice("espeak-ng French", "fr-BE"),
    ];
    expect(pickVoiceForLanguage(voices, "fr-FR", null)?.name).toBe("espeak-ng French");
    // With no voice on the device for the language, an online one still beats silence.
    expect(pickVoiceForLanguage(voices.slice(0, 2), "fr-FR", null)?.name).toBe("Google français");
  });

  it("prefers the exact regional voice when nothing is chosen", () => {
    expect(pickVoiceForLanguage(fakeVoices.filter((v) => !v.default), "en-GB", null)).toBe(britishEnglish);
  });

  it("keeps the chosen voice, or the engine default, when no voice speaks the language", () => {
    expect(pickVoiceForLanguage(fakeVoices, "ja", german ?? null)).toBe(german);
    expect(pickVoiceForLanguage(fakeVoices, "ja", null)).toBeNull();
  });
});

describe("filterVoices", () => {
  it("matches every query word against name, tag and language name, ignoring case and accents", () => {
    expect(filterVoices(fakeVoices, "amelie", { displayLocale: "en" })).toEqual([french]);
    expect(filterVoices(fakeVoices, "GERMAN", { displayLocale: "en" })).toEqual([german]);
    expect(filterVoices(fakeVoices, "english gb", { displayLocale: "en" })).toEqual([britishEnglish]);
    expect(filterVoices(fakeVoices, "français", { displayLocale: "fr" })).toEqual([french]);
    expect(filterVoices(fakeVoices, "  ", { displayLocale: "en" })).toEqual(fakeVoices);
    expect(filterVoices(fakeVoices, "klingon", { displayLocale: "en" })).toEqual([]);
  });
});
