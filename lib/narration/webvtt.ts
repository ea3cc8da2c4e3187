/**
 * WebVTT (https://www.w3.org/TR/webvtt1/) for the recordings: written at build time, read by
 * the recorded voice for its word-by-word highlight and by the tests.
 */

export interface Cue {
  readonly id: string;
  /** Seconds. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function formatTime(seconds: number): string {
  const milliseconds = Math.round(seconds * 1000);
  const hours = Math.floor(milliseconds / 3_600_000);
  const minutes = Math.floor(milliseconds / 60_000) % 60;
  const rest = (milliseconds % 60_000) / 1000;
  return `${String(hours).padStart(2, "0")}:${String(minutes).padStart(2, "0")}:${rest.toFixed(3).padStart(6, "0")}`;
}

/** Cue text may not hold "<", "&" or a blank line (https://www.w3.org/TR/webvtt1/#cue-text); ">" is escaped against "-->". */
function escapeCueText(text: string): string {
  return text.replace(/\s+/g, " ").trim().replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function unescapeCueText(text: string): string {
  return text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&nbsp;/g, "\u00A0").replace(/&amp;/g, "&");
}

export function formatWebVtt(cues: readonly Cue[]): string {
  const blocks = cues.map((cue) => `${cue.id}\n${formatTime(cue.start)} --> ${formatTime(cue.end)}\n${escapeCueText(cue.text)}`);
  return ["WEBVTT", ...blocks].join("\n\n") + "\n";
}

const TIMING = /^(?:(\d+):)?(\d{2}):(\d{2}(?:\.\d{3})?)\s+-->\s+(?:(\d+):)?(\d{2}):(\d{2}(?:\.\d{3})?)/;

function toSeconds(hours: string | undefined, minutes: string, seconds: string): number {
  return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** Reads cues with or without identifiers; throws on a file that does not start with "WEBVTT". */
export function parseWebVtt(source: string): Cue[] {
  const text = source.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  if (!/^WEBVTT(?:[ \t]|\n|$)/.test(text)) throw new Error("Not a WebVTT file: it must start with WEBVTT");
  const cues: Cue[] = [];
  for (const block of text.split(/\n{2,}/).slice(1)) {
    const lines = block.split("\n").filter((line) => line !== "");
    const timingIndex = lines.findIndex((line) => line.includes("-->"));
    const match = timingIndex >= 0 ? TIMING.exec(lines[timingIndex] ?? "") : null;
    if (!match) continue;
    const [, startHours, startMinutes = "", startSeconds = "", endHours, endMinutes = "", endSeconds = ""] = match;
    cues.push({
      id: timingIndex > 0 ? (lines[0] ?? "") : "",
      start: toSeconds(startHours, startMinutes, startSeconds),
      end: toSeconds(endHours, endMinutes, endSeconds),
      text: unescapeCueText(lines.slice(timingIndex + 1).join("\n")),
    });
  }
  return cues;
}
