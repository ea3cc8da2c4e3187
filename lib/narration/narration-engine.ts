/**
 * What the page's player needs of a voice. Two implementations: `Narrator` speaks with the
 * device's Web Speech voices, `RecordedNarrator` plays the page's recording. Navigation targets
 * (sentence-navigation.ts), the saved position, the highlight and the Media Session are written
 * once above them, in page-narration.ts.
 */
import type { NarrationSnapshot } from "./narrator";
import type { Move } from "./sentence-navigation";
import type { SpeechVoiceLike } from "./speech-types";

export type VoiceSource = "recorded" | "device";

/** The recorded voice's error code when the recording's sentences do not match the page's. */
export const OUTDATED_ERROR = "recording-outdated";

/**
 * The voice a page starts with: the recording by default, the device's where the listener saved
 * that choice or the page has no recording, and the recording alone where the browser cannot speak.
 */
export function chooseVoiceSource({ saved, hasRecording, canSpeak }: { saved: VoiceSource | undefined; hasRecording: boolean; canSpeak: boolean }): VoiceSource {
  if (!hasRecording) return "device";
  if (!canSpeak) return "recorded";
  return saved ?? "recorded";
}

export interface NarrationEngine {
  readonly subscribe: (listener: (snapshot: NarrationSnapshot) => void) => () => void;
  readonly getSnapshot: () => NarrationSnapshot;
  loadVoices(): Promise<readonly SpeechVoiceLike[]>;
  play(): Promise<void>;
  /** A real pause: Play carries on from the same point. */
  pause(): void;
  /** Stops but keeps the sentence. */
  stop(): void;
  move(move: Move): boolean;
  moveTo(sentenceIndex: number): boolean;
  /** A sentence index or the id of a block whose first sentence to start at. */
  playFrom(target: number | string): boolean;
  setRate(rate: number): void;
  setPitch(pitch: number): void;
  setVoice(voiceURI: string | undefined): void;
  dispose(): void;
}
