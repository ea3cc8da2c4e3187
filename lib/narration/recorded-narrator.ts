/**
 * The recorded voice: plays the page's recording (public/recordings/) through an audio element
 * and reports the sentence and word being heard from the recording's WebVTT cues, in the same
 * snapshots the device-voice Narrator publishes. Pausing pauses the audio; speed changes keep
 * the pitch (`preservesPitch`, https://developer.mozilla.org/docs/Web/API/HTMLMediaElement/preservesPitch).
 */
import type { NarrationSnapshot, WordRange } from "./narrator";
import { findMoveTarget, type Move } from "./sentence-navigation";
import type { SpeechSentence } from "./speech-segments";
import type { Cue } from "./webvtt";
import { unlockMedia } from "./gesture-unlock";
import { OUTDATED_ERROR, type NarrationEngine } from "./narration-engine";
import { clampOrDefault, clampToRange, PITCH_RANGE, RATE_RANGE } from "./voice-ranges";
import { SnapshotStore } from "@/lib/snapshot-store";

/** The part of HTMLMediaElement used here, so tests can pass a fake. */
export interface MediaLike {
  currentTime: number;
  playbackRate: number;
  preservesPitch: boolean;
  readonly paused: boolean;
  play(): Promise<void>;
  pause(): void;
  addEventListener(type: "timeupdate" | "ended" | "pause" | "play" | "error", listener: () => void): void;
  removeEventListener(type: "timeupdate" | "ended" | "pause" | "play" | "error", listener: () => void): void;
}

/** Drives the highlight between `timeupdate` events, which Chromium fires only about 4 times a second. */
export interface FrameScheduler {
  request(callback: () => void): unknown;
  cancel(handle: unknown): void;
}

export interface RecordedNarratorOptions {
  readonly media: MediaLike;
  readonly sentences: readonly Pick<SpeechSentence, "blockIndex" | "blockKind" | "blockId" | "words">[];
  /**
   * The recording's cues: one per sentence, in order (its `.vtt`), and one per word with the id
   * `sentence:start-end` (its `.words.vtt`). Fetched on first Play.
   */
  readonly loadCues: () => Promise<{ readonly sentenceCues: readonly Cue[]; readonly wordCues: readonly Cue[] }>;
  readonly frames: FrameScheduler;
  readonly rate?: number;
  readonly pitch?: number;
  readonly sentenceIndex?: number;
}

interface WordCue {
  readonly start: number;
  readonly end: number;
  readonly sentenceIndex: number;
  readonly range: WordRange;
}

const WORD_CUE_ID = /^(\d+):(\d+)-(\d+)$/;

function parseWordCues(cues: readonly Cue[]): WordCue[] {
  return cues.flatMap((cue) => {
    const match = WORD_CUE_ID.exec(cue.id);
    if (!match) return [];
    return [{ start: cue.start, end: cue.end, sentenceIndex: Number(match[1]), range: { start: Number(match[2]), end: Number(match[3]) } }];
  });
}

/** The last item starting at or before `time`, by binary search; -1 before the first. */
function findLastStarted(items: readonly { readonly start: number }[], time: number): number {
  let low = 0;
  let high = items.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if ((items[middle]?.start ?? Infinity) <= time) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  return found;
}

export class RecordedNarrator extends SnapshotStore<NarrationSnapshot> implements NarrationEngine {
  private readonly media: MediaLike;
  private readonly sentences: RecordedNarratorOptions["sentences"];
  private readonly loadCues: RecordedNarratorOptions["loadCues"];
  private sentenceCues: readonly Cue[] = [];
  private wordCues: readonly WordCue[] = [];
  /** The cues' fetch: "ready", or "outdated" where they are not the page's sentences; null until started or after a failure. */
  private cues: Promise<"ready" | "outdated" | "failed"> | null = null;
  private hasCues = false;
  private readonly frames: FrameScheduler;
  private frame: unknown = null;
  private isDisposed = false;

  constructor(options: RecordedNarratorOptions) {
    const lastIndex = Math.max(0, options.sentences.length - 1);
    const rate = clampOrDefault(options.rate, RATE_RANGE);
    super({
      status: "idle",
      sentenceIndex: Math.min(lastIndex, Math.max(0, Math.trunc(options.sentenceIndex ?? 0))),
      sentenceCount: options.sentences.length,
      rate,
      pitch: clampOrDefault(options.pitch, PITCH_RANGE),
      voices: [],
    });
    this.media = options.media;
    this.sentences = options.sentences;
    this.loadCues = options.loadCues;
    this.frames = options.frames;
    this.media.preservesPitch = true;
    this.media.playbackRate = rate;
    this.media.addEventListener("timeupdate", this.handleTime);
    this.media.addEventListener("ended", this.handleEnded);
    this.media.addEventListener("pause", this.handlePause);
    this.media.addEventListener("play", this.handlePlay);
    this.media.addEventListener("error", this.handleError);
    // Fetched now, so that Play finds them and calls media.play() while its click is still being
    // handled: iOS Safari plays audio only then, and a fetch in between would lose the click.
    void this.fetchCues();
  }

  /** The recording needs no device voices. */
  loadVoices(): Promise<readonly never[]> {
    return Promise.resolve([]);
  }

  /** The recording's length in seconds, as its cues give it; 0 until they are here. */
  get duration(): number {
    return this.sentenceCues.at(-1)?.end ?? 0;
  }

  /** Seconds into the recording where a sentence starts. */
  startOf(sentenceIndex: number): number {
    return this.sentenceCues[sentenceIndex]?.start ?? 0;
  }

  /**
   * With the cues already here, `media.play()` is called inside the click that asked for it, as
   * autoplay rules require (https://developer.chrome.com/blog/autoplay): only promises already
   * settled are awaited before it.
   */
  async play(): Promise<void> {
    const { status } = this.snapshot;
    if (this.isDisposed || status === "playing" || status === "loading") return;
    if (!(await this.ensureCues())) return;
    if (this.snapshot.status === "finished") this.moveTo(0);
    if (this.snapshot.status === "idle") this.media.currentTime = this.startOf(this.snapshot.sentenceIndex);
    this.update({ status: "playing", errorCode: undefined });
    this.followTime();
    try {
      await this.media.play();
    } catch (error) {
      // NotAllowedError (no user activation) or NotSupportedError (no playable source).
      if (!this.isDisposed) this.update({ status: "error", errorCode: error instanceof Error ? error.name : "unknown" });
    }
  }

  /** Fetches the cues once; a failed fetch is tried again by the next Play. */
  private fetchCues() {
    this.cues ??= this.loadCues().then(
      ({ sentenceCues, wordCues }) => {
        this.sentenceCues = sentenceCues;
        this.wordCues = parseWordCues(wordCues);
        this.hasCues = true;
        return sentenceCues.length === this.sentences.length ? "ready" : "outdated";
      },
      () => {
        this.cues = null;
        return "failed";
      },
    );
    return this.cues;
  }

  /**
   * Waits for the cues where Play came before them, saying so meanwhile. A recording whose
   * sentences are not the page's (a page changed without its recording being rebuilt) is
   * refused rather than highlighting the wrong words.
   */
  private async ensureCues(): Promise<boolean> {
    const previous = this.snapshot.status;
    if (!this.hasCues) {
      this.update({ status: "loading", errorCode: undefined });
      // Play came before the cues (fetched when the narrator is made): the audio is started and
      // paused inside the press, so that iOS lets it play once they are here.
      unlockMedia(this.media);
    }
    const result = await this.fetchCues();
    if (this.isDisposed) return false;
    if (result === "ready") {
      if (this.snapshot.status === "loading") this.update({ status: previous === "loading" ? "idle" : previous });
      return true;
    }
    this.update({ status: "error", errorCode: result === "outdated" ? OUTDATED_ERROR : "network" });
    return false;
  }

  pause(): void {
    if (this.snapshot.status === "loading") {
      this.update({ status: "idle" });
      return;
    }
    if (this.snapshot.status !== "playing") return;
    this.update({ status: "paused" });
    this.media.pause();
  }

  /** Stops but keeps the sentence, so Play carries on from its start. */
  stop(): void {
    if (this.isDisposed) return;
    this.update({ status: "idle", wordIndex: undefined, wordRange: undefined, errorCode: undefined });
    this.media.pause();
    this.media.currentTime = this.startOf(this.snapshot.sentenceIndex);
  }

  move(move: Move): boolean {
    return this.moveTo(findMoveTarget(this.sentences, this.snapshot.sentenceIndex, move));
  }

  moveTo(index: number): boolean {
    if (this.isDisposed || index < 0 || index >= this.sentences.length) return false;
    const { status } = this.snapshot;
    this.media.currentTime = this.startOf(index);
    const isDone = status === "finished" || status === "error";
    this.update({ sentenceIndex: index, wordIndex: undefined, wordRange: undefined, status: isDone ? "idle" : status, errorCode: undefined });
    return true;
  }

  playFrom(target: number | string): boolean {
    const index = typeof target === "number" ? target : this.sentences.findIndex((sentence) => sentence.blockId === target);
    if (!Number.isInteger(index) || !this.moveTo(index)) return false;
    void this.play();
    return true;
  }

  setRate(rate: number): void {
    if (!Number.isFinite(rate)) return;
    const clamped = clampToRange(rate, RATE_RANGE);
    this.media.playbackRate = clamped;
    this.update({ rate: clamped });
  }

  /** A recording's pitch is fixed; the value is kept for the device voice. */
  setPitch(pitch: number): void {
    if (Number.isFinite(pitch)) this.update({ pitch });
  }

  setVoice(): void {}

  dispose(): void {
    if (this.isDisposed) return;
    this.isDisposed = true;
    this.media.pause();
    this.stopFollowing();
    this.media.removeEventListener("timeupdate", this.handleTime);
    this.media.removeEventListener("ended", this.handleEnded);
    this.media.removeEventListener("pause", this.handlePause);
    this.media.removeEventListener("play", this.handlePlay);
    this.media.removeEventListener("error", this.handleError);
    this.forgetListeners();
  }

  private readonly handleTime = (): void => {
    if (this.isDisposed || (this.snapshot.status !== "playing" && this.snapshot.status !== "paused")) return;
    const time = this.media.currentTime;
    const sentenceIndex = Math.max(0, findLastStarted(this.sentenceCues, time));
    const word = this.wordCues[findLastStarted(this.wordCues, time)];
    const isInWord = word !== undefined && word.sentenceIndex === sentenceIndex && time < word.end;
    const wordRange = isInWord ? word.range : undefined;
    const words = this.sentences[sentenceIndex]?.words ?? [];
    const wordIndex = wordRange ? words.findIndex((candidate) => candidate.offset + candidate.length > wordRange.start) : -1;
    this.update({
      sentenceIndex: Math.min(sentenceIndex, this.sentences.length - 1),
      wordRange: wordRange && this.snapshot.wordRange?.start === wordRange.start && this.snapshot.wordRange.end === wordRange.end ? this.snapshot.wordRange : wordRange,
      wordIndex: wordIndex >= 0 ? wordIndex : undefined,
    });
  };

  private readonly handleEnded = (): void => {
    this.stopFollowing();
    this.update({ status: "finished", wordIndex: undefined, wordRange: undefined });
  };

  /** The system's media controls or the browser can pause the audio behind the player's back. */
  private readonly handlePause = (): void => {
    this.stopFollowing();
    if (this.snapshot.status === "playing") this.update({ status: "paused" });
  };

  private readonly handlePlay = (): void => {
    if (this.snapshot.status === "paused" || this.snapshot.status === "idle") this.update({ status: "playing" });
    this.followTime();
  };

  private readonly handleError = (): void => {
    this.stopFollowing();
    if (!this.isDisposed) this.update({ status: "error", errorCode: "media" });
  };

  private followTime(): void {
    if (this.frame !== null || this.isDisposed) return;
    const tick = () => {
      this.frame = null;
      this.handleTime();
      if (this.snapshot.status === "playing") this.frame = this.frames.request(tick);
    };
    this.frame = this.frames.request(tick);
  }

  private stopFollowing(): void {
    if (this.frame !== null) this.frames.cancel(this.frame);
    this.frame = null;
  }
}
