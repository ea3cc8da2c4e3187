/** Encodes a page's WAV with Debian's ffmpeg (Opus in WebM) and LAME (MP3). */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import type { Encode } from "./build-recordings";

const run = promisify(execFile);

/**
 * Opus at 24 kbps mono is about 180 KiB a minute and plays in Chrome, Firefox and Safari 17+;
 * MP3 at 48 kbps CBR mono plays everywhere, for downloads and podcast apps. `bitexact` keeps
 * ffmpeg's version and random track ids out of the file, so the same audio encodes the same.
 */
export const encodeWithDebianTools: Encode = async (wavPath, outputs, tags) => {
  await Promise.all([
    run("ffmpeg", ["-hide_banner", "-loglevel", "error", "-y", "-i", wavPath, "-ac", "1", "-c:a", "libopus", "-b:a", "24k", "-fflags", "+bitexact", "-flags:a", "+bitexact", "-map_metadata", "-1", outputs.webm]),
    run("lame", ["--quiet", "-b", "48", "--cbr", "-m", "m", "--tt", tags.title, "--ta", tags.artist, "--tl", tags.artist, wavPath, outputs.mp3]),
  ]);
};
