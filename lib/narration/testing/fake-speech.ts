/**
 * A deterministic stand-in for `speechSynthesis` and `SpeechSynthesisUtterance`, for unit tests
 * and for injecting into browser pages in end-to-end tests. Plain TypeScript with no test-runner
 * imports: tests drive it by hand (start, boundary, end, fail) or let it speak on timers.
 */
import type {
  SpeechEngineLike,
  SpeechEventLike,
  SpeechUtteranceLike,
  SpeechVoiceLike,
  Timers,
  UtteranceEventType,
} from "../speech-types";
import { systemTimers } from "../speech-types";

export const fakeVoices: readonly SpeechVoiceLike[] = [
  { voiceURI: "fake:en-US:ava", name: "Ava (English)", lang: "en-US", localService: true, default: true },
  { voiceURI: "fake:fr-FR:amelie", name: "Amélie (Français)", lang: "fr-FR", localService: true, default: false },
  { voiceURI: "fake:de-DE:anna", name: "Anna (Deutsch)", lang: "de-DE", localService: true, default: false },
  { voiceURI: "fake:en-GB:daniel", name: "Daniel (English)", lang: "en-GB", localService: false, default: false },
];

export interface SpokenRecord {
  readonly text: string;
  readonly lang: string;
  readonly voiceURI: string | null;
  readonly rate: number;
  readonly pitch: number;
}

export interface FakeSpeechOptions {
  /** Voices `getVoices()` returns from the start; pass [] to imitate Chrome before voices load. */
  readonly voices?: readonly SpeechVoiceLike[];
  /**
   * What a cancelled utterance reports: "error" with "interrupted"/"canceled" as the spec
   * describes (https://webaudio.github.io/web-speech-api/#enumdef-speechsynthesiserrorcode),
   * or "end" for engines that report a cancel as an ordinary end. Fired inside `cancel()`.
   */
  readonly cancelEvent?: "error" | "end" | "none";
  /** Android: `pause()` ends the utterance like `cancel()`. */
  readonly isPauseCancel?: boolean;
  /** How `speakAll` and auto mode report words: with charLength, without (Safari), or not at all. */
  readonly boundaries?: "word" | "word-without-length" | "none";
  /** When set, each utterance plays itself on `timers`: start, word boundaries, end. */
  readonly autoSpeak?: { readonly msPerCharacter: number };
  readonly timers?: Timers;
}

type Listener = (event: SpeechEventLike) => void;

export class FakeUtterance implements SpeechUtteranceLike {
  text: string;
  lang = "";
  voice: SpeechVoiceLike | null = null;
  rate = 1;
  pitch = 1;
  readonly fired: UtteranceEventType[] = [];
  private readonly listeners = new Map<UtteranceEventType, Listener[]>();

  constructor(text: string) {
    this.text = text;
  }

  addEventListener(type: UtteranceEventType, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  /** Dispatches an event as the browser would; also usable on utterances the engine has dropped. */
  fire(type: UtteranceEventType, init: SpeechEventLike = {}): void {
    this.fired.push(type);
    for (const listener of this.listeners.get(type) ?? []) listener(init);
  }
}

interface WordBoundary {
  readonly charIndex: number;
  readonly charLength: number;
}

function createWordSegmenter(lang: string): Intl.Segmenter {
  try {
    return new Intl.Segmenter(lang || [], { granularity: "word" });
  } catch {
    return new Intl.Segmenter([], { granularity: "word" });
  }
}

function findWords(text: string, lang: string): WordBoundary[] {
  return [...createWordSegmenter(lang).segment(text)]
    .filter((segment) => segment.isWordLike)
    .map((segment) => ({ charIndex: segment.index, charLength: segment.segment.length }));
}

interface AutoStep {
  readonly atCharacter: number;
  readonly run: () => void;
}

export class FakeSpeech {
  readonly engine: SpeechEngineLike;
  /** Every utterance passed to `speak`, with its settings at that moment. */
  readonly spoken: SpokenRecord[] = [];
  readonly utterances: FakeUtterance[] = [];
  private voices: readonly SpeechVoiceLike[];
  private readonly queue: FakeUtterance[] = [];
  private readonly voiceListeners = new Set<() => void>();
  private isPaused = false;
  private isStalledSpeaking = false;
  private autoSteps: AutoStep[] = [];
  private autoTimer: unknown = null;
  private autoAtCharacter = 0;
  private readonly options: FakeSpeechOptions;

  constructor(options: FakeSpeechOptions = {}) {
    this.options = options;
    this.voices = options.voices ?? fakeVoices;
    this.engine = this.createEngine();
  }

  readonly createUtterance = (text: string): FakeUtterance => {
    const utterance = new FakeUtterance(text);
    this.utterances.push(utterance);
    return utterance;
  };

  /** The utterance being spoken (or paused), as the engine sees it. */
  get current(): FakeUtterance | undefined {
    return this.queue[0];
  }

  get lastSpoken(): SpokenRecord | undefined {
    return this.spoken.at(-1);
  }

  /** Safari does not fire `voiceschanged` when its voices first load, so firing is optional. */
  setVoices(voices: readonly SpeechVoiceLike[], { firesVoicesChanged }: { firesVoicesChanged: boolean }): void {
    this.voices = voices;
    if (firesVoicesChanged) for (const listener of [...this.voiceListeners]) listener();
  }

  get voicesChangedListenerCount(): number {
    return this.voiceListeners.size;
  }

  start(): void {
    this.requireCurrent().fire("start");
  }

  boundary(charIndex: number, charLength?: number, name = "word"): void {
    this.requireCurrent().fire("boundary", charLength === undefined ? { name, charIndex } : { name, charIndex, charLength });
  }

  /** Sends a word boundary for the nth word of the current utterance, honouring `boundaries`. */
  boundaryAtWord(wordIndex: number): void {
    const utterance = this.requireCurrent();
    const word = findWords(utterance.text, utterance.lang)[wordIndex];
    if (!word) throw new Error(`The utterance "${utterance.text}" has no word ${wordIndex}`);
    this.sendBoundary(utterance, word);
  }

  end(): void {
    const utterance = this.requireCurrent();
    this.finishCurrent();
    utterance.fire("end");
    this.beginNext();
  }

  fail(error: string): void {
    const utterance = this.requireCurrent();
    this.finishCurrent();
    utterance.fire("error", { error });
    this.beginNext();
  }

  /** Start, every word boundary and end for the current utterance. */
  speakCurrent(): void {
    const utterance = this.requireCurrent();
    utterance.fire("start");
    for (const word of findWords(utterance.text, utterance.lang)) this.sendBoundary(utterance, word);
    this.end();
  }

  /** Speaks utterances until the queue is empty (each `end` may queue the next sentence). */
  speakAll(limit = 1000): void {
    for (let spoken = 0; this.current && !this.isPaused; spoken += 1) {
      if (spoken >= limit) throw new Error("speakAll: the queue never emptied");
      this.speakCurrent();
    }
  }

  /**
   * The engine silently drops the current utterance and fires nothing more. With
   * `keepsSpeaking`, `speaking` stays true, as after Chromium's 15-second cut-off
   * (https://issues.chromium.org/issues/41294170).
   */
  stall({ keepsSpeaking = false }: { keepsSpeaking?: boolean } = {}): void {
    this.requireCurrent();
    this.finishCurrent();
    this.isStalledSpeaking = keepsSpeaking;
  }

  private requireCurrent(): FakeUtterance {
    const utterance = this.current;
    if (!utterance) throw new Error("FakeSpeech: nothing is being spoken");
    return utterance;
  }

  private sendBoundary(utterance: FakeUtterance, word: WordBoundary): void {
    const boundaries = this.options.boundaries ?? "word";
    if (boundaries === "none") return;
    utterance.fire(
      "boundary",
      boundaries === "word" ? { name: "word", ...word } : { name: "word", charIndex: word.charIndex },
    );
  }

  private finishCurrent(): void {
    this.clearAutoTimer();
    this.queue.shift();
  }

  private beginNext(): void {
    if (this.current) this.scheduleAuto(this.current);
  }

  private clearAutoTimer(): void {
    if (this.autoTimer !== null) this.timers.clearTimeout(this.autoTimer);
    this.autoTimer = null;
    this.autoSteps = [];
  }

  private get timers(): Timers {
    return this.options.timers ?? systemTimers;
  }

  private scheduleAuto(utterance: FakeUtterance): void {
    if (!this.options.autoSpeak || this.isPaused) return;
    const boundaries = findWords(utterance.text, utterance.lang);
    this.autoAtCharacter = 0;
    this.autoSteps = [
      { atCharacter: 0, run: () => utterance.fire("start") },
      ...boundaries.map((word) => ({ atCharacter: word.charIndex, run: () => this.sendBoundary(utterance, word) })),
      { atCharacter: utterance.text.length, run: () => this.end() },
    ];
    this.scheduleNextAutoStep(utterance);
  }

  private scheduleNextAutoStep(utterance: FakeUtterance): void {
    const step = this.autoSteps[0];
    const autoSpeak = this.options.autoSpeak;
    if (!step || !autoSpeak) return;
    const delay = ((step.atCharacter - this.autoAtCharacter) * autoSpeak.msPerCharacter) / utterance.rate;
    this.autoTimer = this.timers.setTimeout(() => {
      this.autoTimer = null;
      this.autoSteps.shift();
      this.autoAtCharacter = step.atCharacter;
      step.run();
      if (this.current === utterance && !this.isPaused) this.scheduleNextAutoStep(utterance);
    }, delay);
  }

  private cancelAll(): void {
    const dropped = [...this.queue];
    this.clearAutoTimer();
    this.queue.length = 0;
    this.isStalledSpeaking = false;
    const cancelEvent = this.options.cancelEvent ?? "error";
    dropped.forEach((utterance, index) => {
      if (cancelEvent === "end") utterance.fire("end");
      if (cancelEvent === "error") utterance.fire("error", { error: index === 0 ? "interrupted" : "canceled" });
    });
  }

  private createEngine(): SpeechEngineLike {
    const isSpeaking = () => this.queue.length > 0 || this.isStalledSpeaking;
    const isPaused = () => this.isPaused;
    return {
      get speaking() {
        return isSpeaking();
      },
      get paused() {
        return isPaused();
      },
      speak: (utterance) => {
        if (!(utterance instanceof FakeUtterance)) throw new TypeError("FakeSpeech can only speak its own utterances");
        // Nothing to say: it ends at once and never holds up the queue. The player speaks one
        // inside a tap, to unlock speech on iOS, when Play comes before the narration has loaded.
        if (utterance.text === "") {
          queueMicrotask(() => {
            utterance.fire("start");
            utterance.fire("end");
          });
          return;
        }
        this.spoken.push({
          text: utterance.text,
          lang: utterance.lang,
          voiceURI: utterance.voice?.voiceURI ?? null,
          rate: utterance.rate,
          pitch: utterance.pitch,
        });
        this.queue.push(utterance);
        if (this.queue.length === 1) this.scheduleAuto(utterance);
      },
      cancel: () => this.cancelAll(),
      pause: () => {
        if (this.options.isPauseCancel) {
          this.cancelAll();
          return;
        }
        if (this.isPaused) return;
        this.isPaused = true;
        if (this.autoTimer !== null) this.timers.clearTimeout(this.autoTimer);
        this.autoTimer = null;
        this.current?.fire("pause");
      },
      resume: () => {
        if (!this.isPaused) return;
        this.isPaused = false;
        const current = this.current;
        if (!current) return;
        current.fire("resume");
        if (this.autoSteps.length > 0) this.scheduleNextAutoStep(current);
        else this.scheduleAuto(current);
      },
      getVoices: () => [...this.voices],
      addEventListener: (_type, listener) => {
        this.voiceListeners.add(listener);
      },
      removeEventListener: (_type, listener) => {
        this.voiceListeners.delete(listener);
      },
    };
  }
}
