import { useCallback, useEffect, useEffectEvent, useState, useSyncExternalStore, type RefObject } from "react";
import { createRecordingMedia, unlockMedia, unlockSpeech } from "@/lib/narration/gesture-unlock";
import { readPosition, readPreferences, voiceSourcePreference, writePreferences, type NarrationPreferences, type StorageLike } from "@/lib/narration/narration-storage";
import { chooseVoiceSource, type VoiceSource } from "@/lib/narration/narration-engine";
import type { PageNarration, PageNarrationSnapshot } from "@/lib/narration/page-narration";
import type { PageRecording } from "@/lib/recordings/recordings-manifest";
import type { LexiconEntry } from "@/lib/narration/pronunciation-lexicon";
import { subscribeToNothing } from "@/lib/snapshot-store";
import { setActivePlayer, useActivePlayer, type ActivePlayer } from "./active-narration";

/** Reading `localStorage` throws a SecurityError when the browser blocks storage. */
function findLocalStorage(): StorageLike | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

type Engine = typeof import("@/lib/narration/start-page-narration");
let engine: Promise<Engine> | undefined;
/** Once fetched, for every later page of the visit (client navigation): those set up at once. */
let loadedEngine: Engine | undefined;

/** Written out here, with its literal path, so the bundler splits the engine into a chunk of its own. */
function loadEngine(): Promise<Engine> {
  engine ??= import("@/lib/narration/start-page-narration").then(
    (loaded) => {
      loadedEngine = loaded;
      return loaded;
    },
    (error: unknown) => {
      // Offline, say: the next attempt fetches again.
      engine = undefined;
      throw error;
    },
  );
  return engine;
}

/**
 * Signs that someone is using the page. The engine (about 10 KiB) is fetched on the first of
 * them rather than with the page, which keeps a first visit within its budget (`npm run bench`).
 * A screen reader in browse mode may send none of these before a press; the press then loads it.
 */
const FIRST_SIGNS = ["pointerdown", "pointermove", "touchstart", "keydown", "focusin", "wheel", "scroll"] as const;

function onFirstSign(callback: () => void): () => void {
  const controller = new AbortController();
  const handle = () => {
    controller.abort();
    callback();
  };
  for (const type of FIRST_SIGNS) window.addEventListener(type, handle, { capture: true, passive: true, signal: controller.signal });
  return () => controller.abort();
}

/** Safari before 18 has no requestIdleCallback (https://caniuse.com/requestidlecallback). */
function runWhenIdle(callback: () => void): () => void {
  if (typeof window.requestIdleCallback === "function") {
    const handle = window.requestIdleCallback(callback, { timeout: 2000 });
    return () => window.cancelIdleCallback(handle);
  }
  const handle = window.setTimeout(callback, 1);
  return () => window.clearTimeout(handle);
}

const getNothing = () => null;
const nothingBeforeHydration = () => undefined;

/**
 * The voice chosen on an earlier visit, known from the render after hydration rather than once
 * the narration is set up, so the voice choice shows it before a listener gets there.
 */
const readSavedVoiceSource = (): VoiceSource | undefined => readPreferences(findLocalStorage()).voiceSource;
const readShortcutsEnabled = (): boolean => readPreferences(findLocalStorage()).shortcutsEnabled;

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
  /** Said when a press that starts sound has waited `SLOW_LOAD_MS` for the engine, so the wait is not silent. */
  readonly onSlowLoad: () => void;
  /** Said when the engine cannot be fetched for a press, e.g. offline. */
  readonly onLoadFailed: () => void;
}

/** About the longest a press can go unanswered before a reader wonders whether it worked. */
const SLOW_LOAD_MS = 1000;

/**
 * Sets up the page's narration: the engine is fetched on the reader's first sign of using the
 * page (or at idle, once an earlier page has fetched it), then reads and segments the page, so
 * that pressing Play only has to speak (the bench measures the click-to-speak time). Until
 * then the player shows what the browser's storage and the build know: the voice, the saved
 * place and the shortcuts setting; a press that comes first loads the engine and is then done.
 */
export function usePageNarration({ regionRef, path, isSupported, canSpeak, canHighlight, lexicon, imageTemplate, artist, recording, onSlowLoad, onLoadFailed }: PageNarrationSetup) {
  const player = useActivePlayer();
  const narration = player?.narration ?? null;
  const reportSlowLoad = useEffectEvent(onSlowLoad);
  const reportLoadFailure = useEffectEvent(onLoadFailed);

  useEffect(() => {
    const root = regionRef.current?.closest("main");
    if (!isSupported || !root) return;
    const storage = findLocalStorage();
    // The voice the narration will start with, which a choice made before it loads can change.
    const startingVoice = () => chooseVoiceSource({ saved: readPreferences(storage).voiceSource, hasRecording: recording !== null, canSpeak });
    const canPlay = startingVoice() === "recorded" || canSpeak;
    let narration: PageNarration | null = null;
    let isGone = false;
    let settingUp: Promise<PageNarration | null> | undefined;
    // The audio element a press unlocked before the engine was here; the recorded voice adopts it.
    let unlockedMedia: HTMLAudioElement | null = null;

    const create = ({ startPageNarration }: Engine): PageNarration | null => {
      if (isGone) return null;
      if (!narration) {
        narration = startPageNarration({
          root,
          path,
          canSpeak,
          canHighlight,
          lexicon,
          imageTemplate,
          artist,
          storage,
          recording: recording && {
            createMedia: () => {
              const media = unlockedMedia ?? createRecordingMedia(recording.urls);
              unlockedMedia = null;
              return media;
            },
            captionsUrl: recording.urls.captions,
            wordsUrl: recording.urls.words,
          },
        });
        setActivePlayer({ narration, withNarration, canPlay });
      }
      return narration;
    };

    const setUp = (): Promise<PageNarration | null> => {
      settingUp ??= loadEngine().then(create, (error: unknown) => {
        settingUp = undefined;
        throw error;
      });
      return settingUp;
    };

    const unlock = () => {
      if (startingVoice() === "recorded" && recording) unlockMedia((unlockedMedia ??= createRecordingMedia(recording.urls)));
      else if (canSpeak) unlockSpeech(window.speechSynthesis, window.SpeechSynthesisUtterance);
    };

    const withNarration: ActivePlayer["withNarration"] = (action, startsSound) => {
      // Where the engine is here, the narration is made now, inside the reader's press.
      if (loadedEngine) create(loadedEngine);
      if (narration) {
        action(narration);
        return;
      }
      let slowLoad: number | undefined;
      if (startsSound) {
        unlock();
        slowLoad = window.setTimeout(reportSlowLoad, SLOW_LOAD_MS);
      }
      setUp()
        .then(
          (ready) => {
            if (ready) action(ready);
          },
          () => reportLoadFailure(),
        )
        .finally(() => window.clearTimeout(slowLoad));
    };

    setActivePlayer({ narration: null, withNarration, canPlay });
    // A failure here is reported when the reader presses something.
    const begin = () => void setUp().catch(() => {});
    const stopWaiting = loadedEngine ? runWhenIdle(begin) : onFirstSign(begin);
    return () => {
      isGone = true;
      stopWaiting();
      setActivePlayer(null);
      narration?.dispose();
    };
  }, [regionRef, path, isSupported, canSpeak, canHighlight, lexicon, imageTemplate, artist, recording]);

  const snapshot: PageNarrationSnapshot | null = useSyncExternalStore(
    narration?.subscribe ?? subscribeToNothing,
    narration?.getSnapshot ?? getNothing,
    getNothing,
  );

  const saved = useSyncExternalStore(subscribeToNothing, readSavedVoiceSource, nothingBeforeHydration);
  // As PageNarration will choose when it is set up.
  const savedVoiceSource = chooseVoiceSource({ saved, hasRecording: recording !== null, canSpeak });

  // The saved place, offered before the engine has read the page where the build counted its sentences.
  const sentenceCount = recording?.sentenceCount;
  const readSavedResumeIndex = useCallback(() => {
    const saved = readPosition(findLocalStorage(), path)?.sentenceIndex;
    return saved !== undefined && saved > 0 && sentenceCount !== undefined && saved < sentenceCount ? saved : undefined;
  }, [path, sentenceCount]);
  const savedResumeIndex = useSyncExternalStore(subscribeToNothing, readSavedResumeIndex, nothingBeforeHydration);
  const savedShortcutsEnabled = useSyncExternalStore(subscribeToNothing, readShortcutsEnabled, () => false);

  // Choices made before the narration has loaded, shown until it has them.
  const [chosen, setChosen] = useState<{ readonly voiceSource?: VoiceSource; readonly shortcutsEnabled?: boolean }>({});
  const withNarration: ActivePlayer["withNarration"] = player?.withNarration ?? (() => {});

  /**
   * A choice made before the narration has loaded is shown and saved there and then, so that it
   * holds even if the reader leaves at once; the narration then starts with it, and saves later
   * choices itself.
   */
  const remember = (change: Partial<Pick<NarrationPreferences, "voiceSource" | "shortcutsEnabled">>, shown: typeof chosen) => {
    if (narration) return;
    setChosen((earlier) => ({ ...earlier, ...shown }));
    const storage = findLocalStorage();
    writePreferences(storage, { ...readPreferences(storage), ...change });
  };

  return {
    narration,
    snapshot,
    voiceSource: snapshot?.voiceSource ?? chosen.voiceSource ?? savedVoiceSource,
    savedVoiceSource,
    resumeIndex: snapshot ? snapshot.resumeIndex : savedResumeIndex,
    shortcutsEnabled: snapshot?.preferences.shortcutsEnabled ?? chosen.shortcutsEnabled ?? savedShortcutsEnabled,
    withNarration,
    chooseVoiceSource: (voiceSource: VoiceSource) => {
      remember({ voiceSource: voiceSourcePreference(voiceSource) }, { voiceSource });
      withNarration((ready) => ready.setVoiceSource(voiceSource), false);
    },
    setShortcutsEnabled: (shortcutsEnabled: boolean) => {
      remember({ shortcutsEnabled }, { shortcutsEnabled });
      withNarration((ready) => ready.setShortcutsEnabled(shortcutsEnabled), false);
    },
  };
}
