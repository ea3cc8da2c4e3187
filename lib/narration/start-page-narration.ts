/**
 * The narration engine's entry point. The player imports it (use-page-narration.ts) when a reader
 * first shows they are using the page, so a first visit does not download it; everything it
 * imports comes with it in one chunk.
 */
import { adaptBrowserSpeech, isPauseReliable } from "./browser-speech";
import type { StorageLike } from "./narration-storage";
import { PageNarration } from "./page-narration";
import type { LexiconEntry } from "./pronunciation-lexicon";
import type { MediaLike } from "./recorded-narrator";
import { parseWebVtt } from "./webvtt";

export interface PageNarrationSetup {
  /** The page's main content. */
  readonly root: Element;
  readonly path: string;
  /** The browser has speech synthesis; without it the recording is the only voice. */
  readonly canSpeak: boolean;
  readonly canHighlight: boolean;
  readonly lexicon: readonly LexiconEntry[];
  /** How an image is read, with `{alt}`. */
  readonly imageTemplate: string;
  readonly artist: string;
  readonly storage: StorageLike | null;
  /** The page's recording: its audio element (which the player may already have unlocked) and its two cue files. */
  readonly recording: { readonly createMedia: () => MediaLike; readonly captionsUrl: string; readonly wordsUrl: string } | null;
}

async function fetchCues(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return parseWebVtt(await response.text());
}

export function startPageNarration({ root, path, canSpeak, canHighlight, lexicon, imageTemplate, artist, storage, recording }: PageNarrationSetup): PageNarration {
  return new PageNarration({
    root,
    path,
    lang: document.documentElement.lang || "en",
    platform: canSpeak ? adaptBrowserSpeech(window.speechSynthesis, window.SpeechSynthesisUtterance) : null,
    isPauseReliable: isPauseReliable(navigator.userAgent),
    lexicon,
    storage,
    imageTemplate,
    canHighlight,
    mediaMetadata: { title: root.querySelector("h1")?.textContent?.trim() || document.title, artist },
    recording: recording && {
      createMedia: recording.createMedia,
      loadCues: async () => {
        const [sentenceCues, wordCues] = await Promise.all([fetchCues(recording.captionsUrl), fetchCues(recording.wordsUrl)]);
        return { sentenceCues, wordCues };
      },
    },
  });
}
