import type { Strings } from "@/content/schema";
import { describeDuration, fillTemplate } from "@/lib/narration/player-messages";
import type { PageRecording } from "@/lib/recordings/recordings-manifest";

type NarrationStrings = Strings["narration"];

const megabytes = new Intl.NumberFormat("en", { style: "unit", unit: "megabyte", maximumFractionDigits: 1 });

export function describeDownload(recording: PageRecording, strings: NarrationStrings): string {
  return fillTemplate(strings.recording.download, {
    size: megabytes.format(recording.mp3Bytes / 1_000_000),
    duration: describeDuration(recording.durationSeconds * 1000, strings),
  });
}

/**
 * The page's recording as the browser plays it, with no script: Opus first (smaller), MP3 where
 * WebM Opus does not play (Safari before 17), and the sentence captions.
 */
export function RecordingAudio({ recording, strings }: { recording: PageRecording; strings: NarrationStrings }) {
  return (
    <audio className="narration__audio" controls preload="none" aria-label={strings.recording.audioLabel}>
      <source src={recording.urls.webm} type='audio/webm; codecs="opus"' />
      <source src={recording.urls.mp3} type="audio/mpeg" />
      <track kind="captions" src={recording.urls.captions} srcLang="en" label={strings.recording.captionsLabel} />
    </audio>
  );
}

/** Works with JavaScript off; `download` names the file after the page rather than its hash. */
export function RecordingDownload({ recording, strings, fileName }: { recording: PageRecording; strings: NarrationStrings; fileName: string }) {
  return (
    <p className="narration__download">
      <a href={recording.urls.mp3} download={fileName} type="audio/mpeg">
        {describeDownload(recording, strings)}
      </a>
    </p>
  );
}
