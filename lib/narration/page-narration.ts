/**
 * Narration of one page: reads the page's text, drives a Narrator, paints the read-along
 * highlight, keeps the listener's place and preferences, and answers the Media Session's
 * buttons. No React here; the player component subscribes to `getSnapshot` and calls `perform`.
 */
import type { SpeechPlatform } from "./browser-speech";
import type { NarrationAction } from "./keyboard-shortcuts";
import {
  forgetPosition,
  readPosition,
  readPreferences,
  voiceSourcePreference,
  writePosition,
  writePreferences,
  type NarrationPreferences,
  type StorageLike,
} from "./narration-storage";
import { estimateProgress } from "./estimate-duration";
import { chooseVoiceSource, type NarrationEngine, type VoiceSource } from "./narration-engine";
import { Narrator, type NarrationSnapshot } from "./narrator";
import { RecordedNarrator, type MediaLike, type RecordedNarratorOptions } from "./recorded-narrator";
import type { Move } from "./sentence-navigation";
import { readPageSentences } from "./page-sentences";
import { createSentenceRange, createWordRange, type BlockSource } from "./page-text";
import { playPauseAction } from "./player-messages";
import type { LexiconEntry } from "./pronunciation-lexicon";
import { ReadAlong } from "./read-along";
import type { SpeechSentence } from "./speech-segments";
import { Subscribers } from "@/lib/snapshot-store";

/** "unsupported": the browser has no speech synthesis at all. */
export type VoiceAvailability = "loading" | "ready" | "none" | "unsupported";

export interface PageNarrationSnapshot {
  readonly narration: NarrationSnapshot;
  /** Which voice is speaking: the page's recording, or the device's own. */
  readonly voiceSource: VoiceSource;
  /** Whether the device has voices of its own (the recording needs none). */
  readonly voices: VoiceAvailability;
  readonly preferences: NarrationPreferences;
  /** The saved sentence to offer to continue from, until the listener starts playing. */
  readonly resumeIndex: number | undefined;
}

export interface PageNarrationOptions {
  /** The page's main content; the player itself is marked with `SKIP_ATTRIBUTE` inside it. */
  readonly root: Element;
  /** The key for the saved position, e.g. the pathname. */
  readonly path: string;
  /** The document language, for blocks with no `lang` of their own. */
  readonly lang: string;
  /** Null where the browser has no speech synthesis; the page's recording is then its only voice. */
  readonly platform: SpeechPlatform | null;
  /** See `isPauseReliable` in browser-speech.ts. */
  readonly isPauseReliable: boolean;
  readonly lexicon: readonly LexiconEntry[];
  readonly storage: StorageLike | null;
  /** How an image is read, with `{alt}`. */
  readonly imageTemplate: string;
  readonly canHighlight: boolean;
  /** Shown by the system's media controls, where there are any. */
  readonly mediaMetadata: { readonly title: string; readonly artist: string };
  /** The page's recording, where the build made one: what the recorded voice plays. */
  readonly recording: RecordingSource | null;
}

export interface RecordingSource {
  readonly createMedia: () => MediaLike;
  readonly loadCues: RecordedNarratorOptions["loadCues"];
}

/** What the player's buttons, shortcuts and the system's media keys can ask for. */
export type PlayerCommand = Exclude<NarrationAction, "help"> | "play" | "pause";

type MediaAction = "play" | "pause" | "stop" | "nexttrack" | "previoustrack" | "seekto";

/** Headphone and keyboard media keys skip a paragraph: a sentence is too small a step to aim at blind. */
const MEDIA_COMMANDS: Readonly<Record<Exclude<MediaAction, "seekto">, PlayerCommand>> = {
  play: "play",
  pause: "pause",
  stop: "stop",
  nexttrack: "nextParagraph",
  previoustrack: "previousParagraph",
};
const MEDIA_ACTIONS = [...Object.keys(MEDIA_COMMANDS), "seekto"] as MediaAction[];

/**
 * Chromium on Linux asks speech-dispatcher for its voices only when a page first wants them;
 * with espeak-ng's 13,000 voices they arrived after 1.3 to 5 seconds here (the real-engine
 * spec records the time as a test annotation), past the narrator's default 3 seconds.
 */
const VOICE_WAIT = { timeoutMs: 10_000, pollMs: 250 };

export class PageNarration {
  private engine: NarrationEngine;
  private unsubscribe: () => void;
  private readonly deviceVoices: Narrator | null;
  private recorded: RecordedNarrator | null = null;
  readonly sentences: readonly SpeechSentence[];
  private readonly sources: readonly BlockSource[];
  private readonly options: PageNarrationOptions;
  private readonly readAlong: ReadAlong;
  private readonly subscribers = new Subscribers();
  private snapshot: PageNarrationSnapshot;
  /** After a skip while stopped, the highlight shows where Play will start. */
  private isPositionShown = false;
  private shownSentence = -1;
  private savedSentence = -1;
  /** What the system's scrubber was last told, so it is told again only when that changes. */
  private positionStateKey = "";
  private isDisposed = false;

  constructor(options: PageNarrationOptions) {
    if (!options.platform && !options.recording) throw new Error("PageNarration needs speech synthesis or a recording");
    this.options = options;
    const { sentences, sources } = readPageSentences(options.root, options);
    this.sources = sources;
    this.sentences = sentences;
    this.readAlong = new ReadAlong(options.canHighlight);

    const preferences = readPreferences(options.storage);
    const saved = readPosition(options.storage, options.path)?.sentenceIndex;
    const deviceVoices = options.platform
      ? new Narrator({
          ...options.platform,
          isPauseReliable: options.isPauseReliable,
          sentences: this.sentences,
          lexicon: options.lexicon,
          rate: preferences.rate,
          pitch: preferences.pitch,
          voiceURI: preferences.voiceURI,
          voiceWait: VOICE_WAIT,
        })
      : null;
    this.deviceVoices = deviceVoices;
    const voiceSource = chooseVoiceSource({ saved: preferences.voiceSource, hasRecording: options.recording !== null, canSpeak: deviceVoices !== null });
    this.engine = voiceSource === "device" && deviceVoices ? deviceVoices : this.createRecorded(0);
    const narration = this.engine.getSnapshot();
    this.snapshot = {
      narration,
      voiceSource,
      voices: !deviceVoices ? "unsupported" : deviceVoices.getSnapshot().voices.length > 0 ? "ready" : "loading",
      preferences,
      resumeIndex: saved !== undefined && saved > 0 && saved < this.sentences.length ? saved : undefined,
    };
    this.unsubscribe = this.engine.subscribe(this.handleNarration);
    deviceVoices?.subscribe(this.handleDeviceVoices);
    void deviceVoices?.loadVoices().then((voices) => {
      if (this.snapshot.voices === "loading") this.update({ voices: voices.length > 0 ? "ready" : "none" });
    });
    window.addEventListener("pagehide", this.handlePageHide);
    this.setUpMediaSession();
  }

  readonly subscribe = this.subscribers.subscribe;

  readonly getSnapshot = (): PageNarrationSnapshot => this.snapshot;

  /** The voice speaking now. */
  get narrator(): NarrationEngine {
    return this.engine;
  }

  /** Where a sentence starts, in seconds: the recording's own time, or an estimate for the device's voice. */
  timeAt(sentenceIndex: number): number {
    if (this.engine === this.recorded && this.recorded) return this.recorded.startOf(sentenceIndex);
    return estimateProgress(this.sentences, { sentenceIndex }, this.engine.getSnapshot().rate).elapsedMs / 1000;
  }

  /** How long the whole page takes, in seconds: the recording's length, or an estimate for the device's voice. */
  private duration(): number {
    if (this.engine === this.recorded && this.recorded) return this.recorded.duration;
    return estimateProgress(this.sentences, { sentenceIndex: 0 }, this.engine.getSnapshot().rate).totalMs / 1000;
  }

  /** The sentence being read at a time in seconds, as `timeAt` counts them. */
  private sentenceAtTime(seconds: number): number {
    let index = 0;
    while (index + 1 < this.sentences.length && this.timeAt(index + 1) <= seconds) index += 1;
    return index;
  }

  /** Switches voice, keeping the listener's place (from the start of its sentence), and saves the choice. */
  setVoiceSource(voiceSource: VoiceSource): void {
    const deviceVoices = this.deviceVoices;
    if (voiceSource === this.snapshot.voiceSource || (voiceSource === "recorded" ? !this.options.recording : !deviceVoices)) return;
    const { sentenceIndex, status } = this.engine.getSnapshot();
    this.engine.stop();
    this.unsubscribe();
    this.engine = voiceSource === "device" && deviceVoices ? deviceVoices : (this.recorded ?? this.createRecorded(sentenceIndex));
    this.engine.moveTo(sentenceIndex);
    this.unsubscribe = this.engine.subscribe(this.handleNarration);
    this.replaceOptionalPreferences({ voiceURI: this.snapshot.preferences.voiceURI, voiceSource: voiceSourcePreference(voiceSource) });
    this.update({ voiceSource });
    this.handleNarration(this.engine.getSnapshot());
    if (status === "playing") void this.engine.play();
  }

  private createRecorded(sentenceIndex: number): RecordedNarrator {
    const recording = this.options.recording!;
    this.recorded = new RecordedNarrator({
      media: recording.createMedia(),
      loadCues: recording.loadCues,
      sentences: this.sentences,
      frames: { request: (callback) => window.requestAnimationFrame(callback), cancel: (handle) => window.cancelAnimationFrame(handle as number) },
      rate: readPreferences(this.options.storage).rate,
      sentenceIndex,
    });
    return this.recorded;
  }

  /** The text of the heading of the section holding a sentence, for the progress line. */
  findSectionHeading(sentenceIndex: number): string | undefined {
    for (let index = Math.min(sentenceIndex, this.sentences.length - 1); index >= 0; index -= 1) {
      const sentence = this.sentences[index];
      if (sentence?.blockKind === "heading") {
        return this.sentences
          .filter((candidate) => candidate.blockIndex === sentence.blockIndex)
          .map((candidate) => candidate.text)
          .join(" ");
      }
    }
    return undefined;
  }

  perform(action: PlayerCommand): void {
    switch (action) {
      case "playPause":
        if (playPauseAction(this.snapshot.narration.status) === "pause") this.narrator.pause();
        else void this.narrator.play();
        return;
      case "play":
        void this.narrator.play();
        return;
      case "pause":
        this.narrator.pause();
        return;
      case "stop": {
        this.isPositionShown = false;
        this.narrator.stop();
        // Stopping a voice that is already stopped changes nothing it would report, yet the
        // position a skip showed must still go.
        const narration = this.engine.getSnapshot();
        this.paint(narration, narration);
        return;
      }
      default:
        this.isPositionShown = true;
        this.move(action);
    }
  }

  private move(action: Move): void {
    this.engine.move(action);
  }

  /** The position slider: moves to a sentence, playing on if playing. */
  seek(sentenceIndex: number): void {
    this.isPositionShown = true;
    this.engine.moveTo(sentenceIndex);
  }

  /** Plays from a sentence, e.g. the saved one. */
  playFrom(sentenceIndex: number): void {
    this.narrator.playFrom(sentenceIndex);
  }

  /** Plays from the block an element belongs to, such as a section's heading. */
  playFromElement(element: Element): boolean {
    const blockIndex = this.sources.findIndex((source) => source.element === element);
    const sentence = this.sentences.find((candidate) => candidate.blockIndex === blockIndex);
    return sentence ? this.narrator.playFrom(sentence.index) : false;
  }

  /** The speed carries over to the other voice. */
  setRate(rate: number): void {
    for (const engine of [this.deviceVoices, this.recorded]) engine?.setRate(rate);
    this.savePreferences({ rate: this.engine.getSnapshot().rate });
  }

  setPitch(pitch: number): void {
    if (!this.deviceVoices) return;
    this.deviceVoices.setPitch(pitch);
    this.savePreferences({ pitch: this.deviceVoices.getSnapshot().pitch });
  }

  setVoice(voiceURI: string | undefined): void {
    if (!this.deviceVoices) return;
    this.deviceVoices.setVoice(voiceURI);
    this.replaceOptionalPreferences({ voiceURI, voiceSource: this.snapshot.preferences.voiceSource });
  }

  setShortcutsEnabled(shortcutsEnabled: boolean): void {
    this.savePreferences({ shortcutsEnabled });
  }

  /** For route changes: stops speech, removes the highlight and lets go of the page. */
  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.deviceVoices?.dispose();
    this.recorded?.dispose();
    this.readAlong.clear();
    this.subscribers.clear();
    window.removeEventListener("pagehide", this.handlePageHide);
    this.tearDownMediaSession();
  }

  /** The optional preferences are left out, not stored as undefined, when they return to their default. */
  private replaceOptionalPreferences({ voiceURI, voiceSource }: Pick<NarrationPreferences, "voiceURI" | "voiceSource">): void {
    const { version, rate, pitch, shortcutsEnabled } = this.snapshot.preferences;
    const preferences: NarrationPreferences = { version, rate, pitch, shortcutsEnabled, ...(voiceURI ? { voiceURI } : {}), ...(voiceSource ? { voiceSource } : {}) };
    writePreferences(this.options.storage, preferences);
    this.update({ preferences });
  }

  private savePreferences(change: Partial<Omit<NarrationPreferences, "version">>): void {
    const preferences = { ...this.snapshot.preferences, ...change };
    writePreferences(this.options.storage, preferences);
    this.update({ preferences });
  }

  private update(change: Partial<PageNarrationSnapshot>): void {
    if (this.isDisposed) return;
    this.snapshot = { ...this.snapshot, ...change };
    this.subscribers.notify();
  }

  /**
   * Leaving the page (reloading, following a link off the site, closing the tab) must not leave
   * the engine talking: Chromium keeps speaking through a reload unless the page cancels
   * (https://github.com/mdn/dom-examples/pull/307), and Safari let speech run into the next page
   * (https://bugs.webkit.org/show_bug.cgi?id=310260).
   */
  private readonly handlePageHide = (): void => {
    this.engine.stop();
  };

  /** The device's voices arrive on their own schedule, whichever voice is speaking. */
  private readonly handleDeviceVoices = (narration: NarrationSnapshot): void => {
    if (narration.voices.length > 0 && this.snapshot.voices !== "ready") this.update({ voices: "ready" });
  };

  private readonly handleNarration = (narration: NarrationSnapshot): void => {
    const previous = this.snapshot.narration;
    const isActive = narration.status === "playing" || narration.status === "paused" || narration.status === "loading";
    const change: { -readonly [Key in keyof PageNarrationSnapshot]?: PageNarrationSnapshot[Key] } = { narration };
    if (isActive) {
      change.resumeIndex = undefined;
      this.isPositionShown = false;
    }
    this.update(change);
    this.savePosition(narration);
    this.paint(narration, previous);
    this.updateMediaState(narration);
  };

  private savePosition(narration: NarrationSnapshot): void {
    const { storage, path } = this.options;
    if (narration.status === "finished") {
      forgetPosition(storage, path);
      this.savedSentence = -1;
    } else if ((narration.status === "playing" || narration.status === "paused") && narration.sentenceIndex !== this.savedSentence) {
      writePosition(storage, path, narration.sentenceIndex, Date.now());
      this.savedSentence = narration.sentenceIndex;
    }
  }

  private paint(narration: NarrationSnapshot, previous: NarrationSnapshot): void {
    const isShown =
      narration.status === "playing" || narration.status === "paused" || (narration.status === "idle" && this.isPositionShown);
    const sentence = this.sentences[narration.sentenceIndex];
    const source = sentence ? this.sources[sentence.blockIndex] : undefined;
    if (!isShown || !sentence || !source) {
      this.readAlong.clear();
      this.shownSentence = -1;
      return;
    }
    const sentenceRange = createSentenceRange(source, sentence);
    const wordRange = narration.wordRange ? createWordRange(source, sentence, narration.wordRange) : null;
    const isNewSentence = this.shownSentence !== narration.sentenceIndex || previous.status !== narration.status;
    this.readAlong.show(source.element, sentenceRange, wordRange, isNewSentence);
    this.shownSentence = narration.sentenceIndex;
  }

  private setUpMediaSession(): void {
    const mediaSession = navigator.mediaSession as MediaSession | undefined;
    if (!mediaSession) return;
    for (const mediaAction of MEDIA_ACTIONS) {
      // The system's scrubber (a lock screen's, say) moves to the sentence being read at that time.
      const handler: MediaSessionActionHandler =
        mediaAction === "seekto"
          ? ({ seekTime }) => {
              if (seekTime !== undefined) this.seek(this.sentenceAtTime(seekTime));
            }
          : () => this.perform(MEDIA_COMMANDS[mediaAction]);
      try {
        mediaSession.setActionHandler(mediaAction, handler);
      } catch {
        // Browsers throw for actions they do not know, e.g. "stop" before Chrome 77
        // (https://developer.mozilla.org/docs/Web/API/MediaSession/setActionHandler#exceptions).
      }
    }
  }

  private updateMediaState(narration: NarrationSnapshot): void {
    const mediaSession = navigator.mediaSession as MediaSession | undefined;
    if (!mediaSession) return;
    if (narration.status === "playing" && typeof MediaMetadata === "function" && !mediaSession.metadata) {
      mediaSession.metadata = new MediaMetadata(this.options.mediaMetadata);
    }
    mediaSession.playbackState = narration.status === "playing" ? "playing" : narration.status === "paused" ? "paused" : "none";
    this.updatePositionState(mediaSession, narration);
  }

  /**
   * Where the system's scrubber stands, set as each sentence starts: the system moves it on by
   * itself in between (https://w3c.github.io/mediasession/#position-state). The device's voice
   * is placed by estimate, in seconds already scaled by its rate.
   */
  private updatePositionState(mediaSession: MediaSession, { status, sentenceIndex, rate }: NarrationSnapshot): void {
    if (typeof mediaSession.setPositionState !== "function") return;
    const isActive = status === "playing" || status === "paused";
    const key = isActive ? `${this.engine === this.recorded}:${sentenceIndex}:${rate}` : "";
    if (key === this.positionStateKey) return;
    this.positionStateKey = key;
    try {
      if (!isActive) {
        mediaSession.setPositionState();
        return;
      }
      const duration = this.duration();
      mediaSession.setPositionState({
        duration,
        position: Math.min(this.timeAt(sentenceIndex), duration),
        playbackRate: this.engine === this.recorded ? rate : 1,
      });
    } catch {
      // It throws a TypeError for a position past the duration; the scrubber then keeps its last place.
    }
  }

  private tearDownMediaSession(): void {
    const mediaSession = navigator.mediaSession as MediaSession | undefined;
    if (!mediaSession) return;
    for (const mediaAction of MEDIA_ACTIONS) {
      try {
        mediaSession.setActionHandler(mediaAction, null);
      } catch {
        // As above: an action this browser does not know.
      }
    }
    mediaSession.metadata = null;
    mediaSession.playbackState = "none";
    if (typeof mediaSession.setPositionState === "function") mediaSession.setPositionState();
  }
}
