import { useEffect, useRef, useSyncExternalStore, type RefObject } from "react";
import { adaptBrowserSpeech, isPauseReliable } from "@/lib/narration/browser-speech";
import { readPreferences, type StorageLike } from "@/lib/narration/narration-storage";
import { chooseVoiceSource, type VoiceSource } from "@/lib/narration/narration-engine";
import { PageNarration, type PageNarrationSnapshot, type RecordingSource } from "@/lib/narration/page-narration";
import { parseWebVtt } from "@/lib/narration/webvtt";
import type { PageRecording } from "@/lib/recordings/recordings-manifest";
import type { LexiconEntry } from "@/lib/narration/pronunciation-lexicon";
import { subscribeToNothing } from "@/lib/snapshot-store";
import { setActiveNarration, useActiveNarration } from "./active-narration";

/** Reading `localStorage` throws a SecurityError when the browser blocks storage. */
function findLocalStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Safari before 18 has no requestIdleCallback (https://caniuse.com/requestidlecallback); a
 * timeout still keeps the work out of hydration.
 */
function runWhenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(callback, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 1);
  return () => window.clearTimeout(handle);
}

const getNothing = () => null;

/**
 * The voice chosen on an earlier visit, known from the render after hydration rather than once
 * the narration is set up in idle time, so the voice choice shows it before a listener gets there.
 */
const readSavedVoiceSource = (): VoiceSource | undefined => readPreferences(findLocalStorage()).voiceSource;
const nothingSavedBeforeHydration = () => undefined;

export interface PageNarrationSetup {
  readonly regionRef: RefObject<HTMLElement | null>;
  readonly path: string;
  /** False where the browser can neither speak nor play the page's recording, or cannot segment; nothing is set up then. */
  readonly isSupported: boolean;
  /** The browser has speech synthesis; without it the recording is the only voice. */
  readonly canSpeak: boolean;
  readonly canHighlight: boolean;
  readonly lexicon: readonly LexiconEntry[];
  /** How an image is read, with `{alt}`. */
  readonly imageTemplate: string;
  readonly artist: string;
  readonly recording: PageRecording | null;
}

async function fetchCues(url: string) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return parseWebVtt(await response.text());
}

/** The recorded voice's audio: Opus where the browser plays it (Safari before 17 does not), else MP3. */
function recordingSource(recording: PageRecording): RecordingSource {
  return {
    createMedia: () => {
      const audio = new Audio();
      audio.preload = "metadata";
      audio.src = audio.canPlayType('audio/webm; codecs="opus"') ? recording.urls.webm : recording.urls.mp3;
      return audio;
    },
    loadCues: async () => {
      const [sentenceCues, wordCues] = await Promise.all([fetchCues(recording.urls.captions), fetchCues(recording.urls.words)]);
      return { sentenceCues, wordCues };
    },
  };
}

/**
 * Reads and segments the page when the browser is idle after hydration, so that pressing Play
 * only has to speak (the bench measures the click-to-speak time); a press that comes sooner
 * does the reading there and then.
 */
export function usePageNarration({ regionRef, path, isSupported, canSpeak, canHighlight, lexicon, imageTemplate, artist, recording }: PageNarrationSetup) {
  const narration = useActiveNarration();
  const createNow = useRef<(() => PageNarration) | null>(null);

  useEffect(() => {
    const region = regionRef.current;
    const root = region?.closest("main");
    if (!isSupported || !root) return;
    let created: PageNarration | null = null;
    const create = () => {
      created ??= new PageNarration({
        root,
        path,
        lang: document.documentElement.lang || "en",
        platform: canSpeak ? adaptBrowserSpeech(window.speechSynthesis, window.SpeechSynthesisUtterance) : null,
        isPauseReliable: isPauseReliable(navigator.userAgent),
        lexicon,
        storage: findLocalStorage(),
        imageTemplate,
        canHighlight,
        mediaMetadata: { title: root.querySelector("h1")?.textContent?.trim() || document.title, artist },
        recording: recording ? recordingSource(recording) : null,
      });
      setActiveNarration(created);
      return created;
    };
    createNow.current = create;
    const cancelIdle = runWhenIdle(create);
    return () => {
      cancelIdle();
      createNow.current = null;
      if (created) {
        setActiveNarration(null);
        created.dispose();
      }
    };
  }, [regionRef, path, isSupported, canSpeak, canHighlight, lexicon, imageTemplate, artist, recording]);

  const snapshot: PageNarrationSnapshot | null = useSyncExternalStore(
    narration?.subscribe ?? subscribeToNothing,
    narration?.getSnapshot ?? getNothing,
    getNothing,
  );

  const saved = useSyncExternalStore(subscribeToNothing, readSavedVoiceSource, nothingSavedBeforeHydration);
  // As PageNarration will choose when it is set up.
  const savedVoiceSource = chooseVoiceSource({ saved, hasRecording: recording !== null, canSpeak });
  const voiceSource = snapshot?.voiceSource ?? savedVoiceSource;

  const ensureNarration = (): PageNarration | null => narration ?? createNow.current?.() ?? null;
  return { narration, snapshot, voiceSource, savedVoiceSource, ensureNarration };
}
