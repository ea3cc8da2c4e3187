/**
 * The narration controller: speaks a page sentence by sentence through an injected speech
 * engine and publishes snapshots for `useSyncExternalStore`. No React and no DOM here; the DOM
 * adapter turns snapshots into highlights and user input into method calls.
 */
import { spokenForm } from "./pronunciation-lexicon";
import { findMoveTarget, type Move } from "./sentence-navigation";
import type { NarrationEngine } from "./narration-engine";
import { SnapshotStore } from "@/lib/snapshot-store";
import { SpeechWatchdog, type StallResponse, type WatchdogBounds } from "./speech-watchdog";
import type { LexiconEntry, LexiconResult } from "./pronunciation-lexicon";
import type { SpeechSentence, SpeechWord } from "./speech-segments";
import { systemTimers } from "./speech-types";
import type { CreateUtterance, SpeechEngineLike, SpeechEventLike, SpeechUtteranceLike, SpeechVoiceLike, Timers } from "./speech-types";
import { pickVoiceForLanguage } from "./voice-ranking";
import { clampOrDefault, clampToRange, PITCH_RANGE, RATE_RANGE } from "./voice-ranges";
import { waitForVoices } from "./wait-for-voices";

export type NarrationStatus = "idle" | "loading" | "playing" | "paused" | "finished" | "no-voices" | "error";

/** Offsets in the current sentence's text. */
export interface WordRange {
  readonly start: number;
  readonly end: number;
}

export interface NarrationSnapshot {
  readonly status: NarrationStatus;
  readonly sentenceIndex: number;
  readonly sentenceCount: number;
  /** Index into the current sentence's `words`, when the engine reports word boundaries. */
  readonly wordIndex?: number | undefined;
  readonly wordRange?: WordRange | undefined;
  /** The engine's `SpeechSynthesisErrorEvent.error`, or `STALLED_ERROR`. */
  readonly errorCode?: string | undefined;
  readonly rate: number;
  readonly pitch: number;
  /** The listener's chosen voice; undefined means automatic. */
  readonly voiceURI?: string | undefined;
  readonly voices: readonly SpeechVoiceLike[];
}

/** Reported when the engine went silent twice on the same sentence without an `end` or `error`. */
export const STALLED_ERROR = "stalled";

export interface NarratorOptions {
  readonly engine: SpeechEngineLike;
  readonly createUtterance: CreateUtterance;
  readonly sentences: readonly SpeechSentence[];
  readonly lexicon?: readonly LexiconEntry[];
  readonly timers?: Timers;
  /**
   * False where `pause()` ends the utterance instead of pausing it, as on Chrome and Firefox for
   * Android (https://github.com/mdn/browser-compat-data/issues/4500); pausing then cancels, and
   * resuming speaks again from the current word.
   */
  readonly isPauseReliable?: boolean;
  readonly rate?: number;
  readonly pitch?: number;
  readonly voiceURI?: string | undefined;
  /** Where to start, e.g. a saved position. */
  readonly sentenceIndex?: number;
  readonly voiceWait?: { readonly timeoutMs: number; readonly pollMs: number };
  readonly watchdog?: WatchdogBounds;
}

interface LiveUtterance {
  readonly utterance: SpeechUtteranceLike;
  readonly generation: number;
  readonly sentence: SpeechSentence;
  /** Where in the sentence text the utterance starts (non-zero when resuming mid-sentence). */
  readonly offsetBase: number;
  readonly lexicon: LexiconResult;
}

const DEFAULT_VOICE_WAIT = { timeoutMs: 3000, pollMs: 250 };
const DEFAULT_WATCHDOG = { factor: 2, slackMs: 3000 };
const MAX_STALL_RETRIES = 1;

function isSameVoiceList(a: readonly SpeechVoiceLike[], b: readonly SpeechVoiceLike[]): boolean {
  return a.length === b.length && a.every((voice, index) => voice.voiceURI === b[index]?.voiceURI);
}

/** The word containing `offset`, or the next word when `offset` falls between words. */
function findWordIndex(words: readonly SpeechWord[], offset: number): number | undefined {
  let low = 0;
  let high = words.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const word = words[middle];
    if (word && word.offset <= offset) {
      found = middle;
      low = middle + 1;
    } else {
      high = middle - 1;
    }
  }
  const candidate = words[found];
  if (candidate && offset < candidate.offset + candidate.length) return found;
  return found + 1 < words.length ? found + 1 : undefined;
}

export class Narrator extends SnapshotStore<NarrationSnapshot> implements NarrationEngine {
  private readonly engine: SpeechEngineLike;
  private readonly createUtterance: CreateUtterance;
  private readonly sentences: readonly SpeechSentence[];
  private readonly lexicon: readonly LexiconEntry[];
  private readonly timers: Timers;
  private readonly isPauseReliable: boolean;
  private readonly voiceWait: { readonly timeoutMs: number; readonly pollMs: number };
  private readonly watchdog: SpeechWatchdog;
  /** Bumped whenever speech is abandoned, so late events from older utterances are ignored. */
  private generation = 0;
  /**
   * The utterance being spoken. Holding it also keeps it alive: Chromium stops firing events
   * for utterances that were garbage-collected mid-speech (https://crbug.com/509488).
   */
  private live: LiveUtterance | null = null;
  private resumeOffset = 0;
  private pendingVoices: Promise<readonly SpeechVoiceLike[]> | null = null;
  private hasWaitedForVoices = false;
  private readonly voiceWaitAbort = new AbortController();
  private isDisposed = false;

  constructor(options: NarratorOptions) {
    const lastIndex = Math.max(0, options.sentences.length - 1);
    super({
      status: "idle",
      sentenceIndex: Math.min(lastIndex, Math.max(0, Math.trunc(options.sentenceIndex ?? 0))),
      sentenceCount: options.sentences.length,
      rate: clampOrDefault(options.rate, RATE_RANGE),
      pitch: clampOrDefault(options.pitch, PITCH_RANGE),
      voiceURI: options.voiceURI,
      voices: options.engine.getVoices(),
    });
    this.engine = options.engine;
    this.createUtterance = options.createUtterance;
    this.sentences = options.sentences;
    this.lexicon = options.lexicon ?? [];
    this.timers = options.timers ?? systemTimers;
    this.isPauseReliable = options.isPauseReliable ?? true;
    this.voiceWait = options.voiceWait ?? DEFAULT_VOICE_WAIT;
    this.watchdog = new SpeechWatchdog({
      engine: options.engine,
      timers: this.timers,
      bounds: options.watchdog ?? DEFAULT_WATCHDOG,
      maxRetries: MAX_STALL_RETRIES,
    });
    this.engine.addEventListener("voiceschanged", this.handleVoicesChanged);
  }

  /** Waits (bounded) for the engine's voices, e.g. to fill the voice picker before playing. */
  loadVoices(): Promise<readonly SpeechVoiceLike[]> {
    if (this.snapshot.voices.length > 0) return Promise.resolve(this.snapshot.voices);
    this.pendingVoices ??= waitForVoices(this.engine, {
      ...this.voiceWait,
      timers: this.timers,
      signal: this.voiceWaitAbort.signal,
    }).then((voices) => {
      this.pendingVoices = null;
      this.hasWaitedForVoices = true;
      if (!this.isDisposed) this.refreshVoices(voices);
      return voices;
    });
    return this.pendingVoices;
  }

  /**
   * Speaks synchronously when voices are known, so the call stays inside the click that asked
   * for it: Chrome refuses `speak()` before any user activation
   * (https://chromestatus.com/feature/5687444770914304).
   */
  async play(): Promise<void> {
    if (this.isDisposed) return;
    const { status } = this.snapshot;
    if (status === "playing" || status === "loading") return;
    if (status === "paused") {
      this.resume();
      return;
    }
    if (this.sentences.length === 0) {
      this.update({ status: "finished" });
      return;
    }
    if (status === "finished") this.update({ sentenceIndex: 0 });
    this.watchdog.resetRetries();
    // After "no-voices", a second press speaks anyway with the engine's default voice: Safari
    // 15.4 returned no voices from getVoices() yet could speak
    // (https://github.com/jsakamoto/Toolbelt.Blazor.SpeechSynthesis/issues/10).
    if (this.snapshot.voices.length === 0 && status !== "no-voices") {
      // A wait that has already ended with none (the page's own, begun on load) is not repeated:
      // it would be ten more silent seconds before the same answer.
      if (!this.hasWaitedForVoices) {
        this.update({ status: "loading", errorCode: undefined });
        await this.loadVoices();
        if (this.isDisposed || this.snapshot.status !== "loading") return;
      }
      if (this.snapshot.voices.length === 0) {
        this.update({ status: "no-voices" });
        return;
      }
    }
    this.update({ status: "playing", errorCode: undefined });
    this.speakCurrent();
  }

  pause(): void {
    const { status } = this.snapshot;
    if (status === "loading") {
      this.update({ status: "idle" });
      return;
    }
    if (status !== "playing") return;
    this.watchdog.stop();
    if (this.isPauseReliable && this.live) {
      this.engine.pause();
    } else {
      this.resumeOffset = this.findCurrentWordOffset();
      this.silence();
    }
    this.update({ status: "paused" });
  }

  resume(): void {
    if (this.isDisposed || this.snapshot.status !== "paused") return;
    this.update({ status: "playing" });
    if (this.live) {
      this.engine.resume();
      this.armWatchdog();
    } else {
      this.speakCurrent();
    }
  }

  /** Stops speaking but keeps the sentence, so Play carries on where the listener was. */
  stop(): void {
    if (this.isDisposed) return;
    this.silence();
    this.resumeOffset = 0;
    this.update({ status: "idle", wordIndex: undefined, wordRange: undefined, errorCode: undefined });
  }

  nextSentence(): boolean {
    return this.move("nextSentence");
  }

  previousSentence(): boolean {
    return this.move("previousSentence");
  }

  nextBlock(): boolean {
    return this.move("nextParagraph");
  }

  previousBlock(): boolean {
    return this.move("previousParagraph");
  }

  nextHeading(): boolean {
    return this.move("nextHeading");
  }

  previousHeading(): boolean {
    return this.move("previousHeading");
  }

  move(move: Move): boolean {
    return this.moveTo(findMoveTarget(this.sentences, this.snapshot.sentenceIndex, move));
  }

  /** Starts speaking at a sentence index or at the first sentence of a block id. */
  playFrom(target: number | string): boolean {
    const index =
      typeof target === "number" ? target : this.sentences.findIndex((sentence) => sentence.blockId === target);
    if (!Number.isInteger(index) || !this.moveTo(index)) return false;
    void this.play();
    return true;
  }

  /** Takes effect from the next utterance; the sentence being spoken keeps its rate. */
  setRate(rate: number): void {
    if (Number.isFinite(rate)) this.update({ rate: clampToRange(rate, RATE_RANGE) });
  }

  setPitch(pitch: number): void {
    if (Number.isFinite(pitch)) this.update({ pitch: clampToRange(pitch, PITCH_RANGE) });
  }

  /** `undefined` returns to automatic choice. Takes effect from the next utterance. */
  setVoice(voiceURI: string | undefined): void {
    this.update({ voiceURI });
  }

  /** For route changes and `pagehide`: stops speech and lets go of every listener. */
  dispose(): void {
    if (this.isDisposed) return;
    this.silence();
    this.isDisposed = true;
    this.voiceWaitAbort.abort();
    this.engine.removeEventListener("voiceschanged", this.handleVoicesChanged);
    this.forgetListeners();
  }

  private readonly handleVoicesChanged = (): void => {
    this.refreshVoices(this.engine.getVoices());
  };

  private refreshVoices(voices: readonly SpeechVoiceLike[]): void {
    if (isSameVoiceList(voices, this.snapshot.voices)) return;
    const hasVoicesNow = this.snapshot.status === "no-voices" && voices.length > 0;
    this.update(hasVoicesNow ? { voices, status: "idle" } : { voices });
  }

  private findCurrentWordOffset(): number {
    const { wordIndex, sentenceIndex } = this.snapshot;
    if (wordIndex === undefined) return 0;
    return this.sentences[sentenceIndex]?.words[wordIndex]?.offset ?? 0;
  }

  moveTo(index: number): boolean {
    if (this.isDisposed || index < 0 || index >= this.sentences.length) return false;
    const { status } = this.snapshot;
    this.silence();
    this.resumeOffset = 0;
    this.watchdog.resetRetries();
    const isDone = status === "finished" || status === "error";
    this.update({
      sentenceIndex: index,
      wordIndex: undefined,
      wordRange: undefined,
      status: isDone ? "idle" : status,
      errorCode: undefined,
    });
    if (status === "playing") this.speakCurrent();
    return true;
  }

  /** The generation moves before `cancel()` so an event an engine fires inside `cancel()` is already stale. */
  private silence(): void {
    this.generation += 1;
    this.watchdog.stop();
    const hadLive = this.live !== null;
    this.live = null;
    if (hadLive) this.engine.cancel();
  }

  /**
   * One sentence per utterance: Chromium stops long utterances after about 15 seconds
   * (https://issues.chromium.org/issues/41294170, crbug 679437).
   */
  private speakCurrent(): void {
    const sentence = this.sentences[this.snapshot.sentenceIndex];
    if (!sentence) {
      this.update({ status: "finished" });
      return;
    }
    this.generation += 1;
    this.watchdog.stop();
    const offsetBase = Math.min(this.resumeOffset, sentence.text.length);
    this.resumeOffset = 0;
    const chosen = this.snapshot.voices.find((voice) => voice.voiceURI === this.snapshot.voiceURI) ?? null;
    const voice = pickVoiceForLanguage(this.snapshot.voices, sentence.lang, chosen);
    const lexicon = spokenForm(sentence.text.slice(offsetBase), this.lexicon, voice?.lang);

    const utterance = this.createUtterance(lexicon.spoken);
    // Chrome for Android ignores `voice` unless `lang` matches it
    // (https://github.com/HadrienGardeur/web-speech-recommended-voices/issues/37).
    utterance.lang = voice?.lang ?? sentence.lang;
    if (voice) utterance.voice = voice;
    utterance.rate = this.snapshot.rate;
    utterance.pitch = this.snapshot.pitch;

    const live: LiveUtterance = { utterance, generation: this.generation, sentence, offsetBase, lexicon };
    utterance.addEventListener("start", () => this.handleProgress(live));
    utterance.addEventListener("boundary", (event) => this.handleBoundary(live, event));
    utterance.addEventListener("end", () => this.handleEnd(live));
    utterance.addEventListener("error", (event) => this.handleError(live, event));
    this.live = live;
    // cancel() leaves the engine paused and speak() only queues while paused
    // (https://webaudio.github.io/web-speech-api/#dom-speechsynthesis-cancel).
    if (this.engine.paused) this.engine.resume();
    this.engine.speak(utterance);
    this.armWatchdog();
  }

  private isLive(live: LiveUtterance): boolean {
    return !this.isDisposed && this.live === live && live.generation === this.generation;
  }

  private handleProgress(live: LiveUtterance): void {
    if (this.isLive(live)) this.armWatchdog();
  }

  /**
   * Chromium's remote voices send no boundaries (https://issues.chromium.org/issues/40715888);
   * then only the sentence is highlighted. Safari sends no `charLength`
   * (https://github.com/d-i-t-a/R2D2BC/pull/308), so the segmented word gives the length.
   */
  private handleBoundary(live: LiveUtterance, event: SpeechEventLike): void {
    if (!this.isLive(live)) return;
    this.armWatchdog();
    if (event.name !== "word" || typeof event.charIndex !== "number") return;
    const { sentence, offsetBase, lexicon } = live;
    const start = offsetBase + lexicon.toWrittenOffset(event.charIndex, "start");
    const wordIndex = findWordIndex(sentence.words, start);
    const word = wordIndex === undefined ? undefined : sentence.words[wordIndex];
    let wordRange: WordRange | undefined;
    if (typeof event.charLength === "number" && event.charLength > 0) {
      const end = offsetBase + lexicon.toWrittenOffset(event.charIndex + event.charLength, "end");
      wordRange = { start, end: Math.max(start, end) };
    } else if (word) {
      wordRange = { start: word.offset, end: word.offset + word.length };
    }
    this.update({ wordIndex, wordRange });
  }

  private handleEnd(live: LiveUtterance): void {
    if (!this.isLive(live)) return;
    this.watchdog.stop();
    this.live = null;
    this.watchdog.resetRetries();
    const next = this.snapshot.sentenceIndex + 1;
    if (next >= this.sentences.length) {
      this.update({ status: "finished", wordIndex: undefined, wordRange: undefined });
      return;
    }
    this.update({ sentenceIndex: next, wordIndex: undefined, wordRange: undefined });
    if (this.snapshot.status === "playing") this.speakCurrent();
  }

  /** Our own cancel() never gets here: it bumps the generation first, so its "interrupted" is stale. */
  private handleError(live: LiveUtterance, event: SpeechEventLike): void {
    if (!this.isLive(live)) return;
    this.watchdog.stop();
    this.live = null;
    this.update({ status: "error", errorCode: event.error ?? "unknown" });
  }

  private armWatchdog(): void {
    const live = this.live;
    if (!live || this.snapshot.status !== "playing") {
      this.watchdog.stop();
      return;
    }
    this.watchdog.watch(live.utterance, (response) => this.handleStall(live, response));
  }

  private handleStall(live: LiveUtterance, response: StallResponse): void {
    if (!this.isLive(live) || this.snapshot.status !== "playing") return;
    if (response === "give-up") {
      this.silence();
      this.update({ status: "error", errorCode: STALLED_ERROR });
      return;
    }
    this.resumeOffset = this.findCurrentWordOffset();
    this.silence();
    this.speakCurrent();
  }
}
