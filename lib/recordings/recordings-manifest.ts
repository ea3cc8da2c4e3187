/**
 * The list of recordings the build made (public/recordings/manifest.json, written by
 * scripts/build-recordings.ts and committed with the recordings): which file holds each route's
 * narration, how long it is and how big.
 */
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

export const RECORDINGS_DIRECTORY = "public/recordings";
export const RECORDINGS_URL_PATH = "/recordings";

const recordingSchema = z.strictObject({
  /** Hash of everything the recording depends on; the files are named by it. */
  key: z.string().regex(/^[0-9a-f]{16}$/),
  title: z.string(),
  durationSeconds: z.number().positive(),
  sentenceCount: z.number().int().positive(),
  webmBytes: z.number().int().positive(),
  mp3Bytes: z.number().int().positive(),
});

export const recordingsManifestSchema = z.strictObject({
  voice: z.string(),
  /** Route → its recording. */
  recordings: z.record(z.string(), recordingSchema),
});

export type Recording = z.infer<typeof recordingSchema>;
export type RecordingsManifest = z.infer<typeof recordingsManifestSchema>;

/** The URLs of a recording's files, from the site's root. */
export function recordingUrls(key: string) {
  const base = `${RECORDINGS_URL_PATH}/${key}`;
  return { webm: `${base}.webm`, mp3: `${base}.mp3`, captions: `${base}.vtt`, words: `${base}.words.vtt` };
}

export function manifestPath(recordingsDirectory: string): string {
  return path.join(recordingsDirectory, "manifest.json");
}

/** Null when no recordings have been built (the page then offers only the device's voice). */
export function readRecordingsManifest(recordingsDirectory = path.join(process.cwd(), RECORDINGS_DIRECTORY)): RecordingsManifest | null {
  let text: string;
  try {
    text = fs.readFileSync(manifestPath(recordingsDirectory), "utf8");
  } catch {
    return null;
  }
  return recordingsManifestSchema.parse(JSON.parse(text));
}

let loaded: RecordingsManifest | null | undefined;

/** The manifest of this build, read once per server process. */
export function loadRecordings(): RecordingsManifest | null {
  if (loaded === undefined) loaded = readRecordingsManifest();
  return loaded;
}

/** What a page's player needs of its recording, as plain props for the client. */
export interface PageRecording {
  readonly urls: ReturnType<typeof recordingUrls>;
  readonly durationSeconds: number;
  readonly mp3Bytes: number;
  /** The page's sentences as the build read them, so a saved place can be offered before the page is read in the browser. */
  readonly sentenceCount: number;
}

export function findPageRecording(route: string): PageRecording | null {
  const recording = loadRecordings()?.recordings[route];
  return recording ? { urls: recordingUrls(recording.key), durationSeconds: recording.durationSeconds, mp3Bytes: recording.mp3Bytes, sentenceCount: recording.sentenceCount } : null;
}
