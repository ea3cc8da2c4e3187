/**
 * iOS Safari, and so VoiceOver on an iPhone, lets a page start sound only from inside a tap: the
 * first `audio.play()` or `speechSynthesis.speak()` must run while the tap's event is being
 * dispatched. When Play comes before the narration engine has loaded (use-page-narration.ts),
 * the engine speaks after a network fetch, outside the tap; these start sound in the tap itself,
 * so that the engine's later call is allowed. The recorded voice does the same when Play comes
 * before its cue files (recorded-narrator.ts).
 */

/** The recorded voice's audio element: Opus where the browser plays it (Safari before 17 does not), else MP3. */
export function createRecordingMedia(urls: { readonly webm: string; readonly mp3: string }): HTMLAudioElement {
  const audio = new Audio();
  audio.preload = "metadata";
  audio.src = audio.canPlayType('audio/webm; codecs="opus"') ? urls.webm : urls.mp3;
  return audio;
}

/** Starts and at once pauses the element the recorded voice will play: it may play later. */
export function unlockMedia(media: Pick<HTMLMediaElement, "play" | "pause">): void {
  // The pause rejects this play() with an AbortError, which is expected.
  media.play().catch(() => {});
  media.pause();
}

/** An empty utterance: nothing is heard, and later utterances may speak. */
export function unlockSpeech(synthesis: SpeechSynthesis, Utterance: typeof SpeechSynthesisUtterance): void {
  synthesis.speak(new Utterance(""));
}
