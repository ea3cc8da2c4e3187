import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { readRecordingsManifest } from "@/lib/recordings/recordings-manifest";

/**
 * The recordings: KiB a minute of each format from the manifest, and the time of a build that
 * finds every recording cached. With `--cold`, also a build from an empty cache into a scratch
 * folder, which synthesises the whole site (minutes).
 */
export function measureRecordings({ isColdMeasured }: { isColdMeasured: boolean }) {
  const manifest = readRecordingsManifest();
  if (!manifest) throw new Error("No recordings: run npm run build first");
  const recordings = Object.values(manifest.recordings);
  const minutes = recordings.reduce((sum, recording) => sum + recording.durationSeconds, 0) / 60;
  const perMinute = (bytes: number) => bytes / 1024 / minutes;
  const timeBuild = (env: Readonly<Record<string, string>>) => {
    const started = performance.now();
    execFileSync("npx", ["tsx", "scripts/build-recordings.ts"], { env: { ...process.env, ...env }, stdio: ["ignore", "ignore", "inherit"] });
    return (performance.now() - started) / 1000;
  };
  const cachedSeconds = timeBuild({});
  let coldSeconds: number | undefined;
  if (isColdMeasured) {
    // Inside the project, not the system's temporary folder: the build bundles its page renderer
    // into the cache folder and runs it there, and its packages resolve from this node_modules.
    fs.mkdirSync(".scratch", { recursive: true });
    const scratch = fs.mkdtempSync(path.resolve(".scratch/recordings-cold-"));
    try {
      coldSeconds = timeBuild({ RECORDINGS_CACHE_DIR: path.join(scratch, "cache"), RECORDINGS_OUTPUT_DIR: path.join(scratch, "public") });
    } finally {
      fs.rmSync(scratch, { recursive: true, force: true });
    }
  }
  return {
    pages: recordings.length,
    minutes,
    opusKiBPerMinute: perMinute(recordings.reduce((sum, recording) => sum + recording.webmBytes, 0)),
    mp3KiBPerMinute: perMinute(recordings.reduce((sum, recording) => sum + recording.mp3Bytes, 0)),
    cachedSeconds,
    coldSeconds,
  };
}
