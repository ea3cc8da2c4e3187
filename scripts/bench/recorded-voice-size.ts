import path from "node:path";
import { gzipSync } from "node:zlib";
import * as esbuild from "esbuild";

const PLAYER_ENTRY = "components/narration/narration-player.tsx";

/**
 * What only the recorded voice needs in the player: its engine, the WebVTT reader for its cues,
 * and the recording's `<audio>` and download link, which the player renders. The few lines that
 * choose between the voices live in shared modules and are not counted.
 */
export const RECORDED_VOICE_MODULES = ["lib/narration/recorded-narrator.ts", "lib/narration/webvtt.ts", "components/narration/recording-audio.tsx"];

/** The names a module exports at run time (types leave none), so a stub can offer the same ones. */
async function readExportNames(file: string): Promise<readonly string[]> {
  const result = await esbuild.build({ entryPoints: [file], bundle: false, format: "esm", write: false, metafile: true, outdir: "out", logLevel: "error" });
  return Object.values(result.metafile.outputs).flatMap((output) => output.exports);
}

/** Every module in `stubbed` becomes one whose exports are all undefined. */
function stubModules(stubbed: ReadonlyMap<string, readonly string[]>): esbuild.Plugin {
  return {
    name: "stub-modules",
    setup(build) {
      build.onLoad({ filter: /\.tsx?$/ }, ({ path: file }) => {
        const names = stubbed.get(file);
        if (!names) return undefined;
        return { contents: names.map((name) => `export const ${name} = undefined;`).join("\n"), loader: "js" };
      });
    },
  };
}

/** Fetched on the reader's first sign of using the page, not with it, but part of every listen, so counted. */
const ENGINE_ENTRY = "lib/narration/start-page-narration.ts";

/**
 * The player's client code as a browser loads it to play: bundled, minified and gzipped, with
 * React and Next.js left out (they are the same either way), the narration engine counted, and
 * the lazily imported dialogs left in chunks of their own, which are not.
 */
async function measurePlayerBytes(plugins: esbuild.Plugin[]): Promise<number> {
  const result = await esbuild.build({
    entryPoints: [PLAYER_ENTRY],
    bundle: true,
    splitting: true,
    format: "esm",
    minify: true,
    write: false,
    metafile: true,
    outdir: "out",
    jsx: "automatic",
    loader: { ".css": "empty" },
    external: ["react", "react-dom", "next", "next/*", "@radix-ui/*"],
    define: { "process.env.NODE_ENV": '"production"' },
    logLevel: "error",
    plugins,
  });
  const outputs = result.metafile.outputs;
  const loaded = new Set<string>();
  const load = (output: string) => {
    if (loaded.has(output)) return;
    loaded.add(output);
    for (const { path: imported, kind } of outputs[output]?.imports ?? []) {
      const isEngine = kind === "dynamic-import" && outputs[imported]?.entryPoint === ENGINE_ENTRY;
      if ((kind === "import-statement" || isEngine) && imported in outputs) load(imported);
    }
  };
  load(Object.keys(outputs).find((output) => outputs[output]?.entryPoint === PLAYER_ENTRY)!);
  const files = result.outputFiles.filter((file) => [...loaded].some((output) => file.path.endsWith(output)));
  return files.reduce((sum, file) => sum + gzipSync(file.contents).length, 0);
}

/** The gzip bytes the recorded voice adds to the player: the player bundled as it is, less the player bundled with the recorded voice's modules stubbed out. */
export async function measureRecordedVoiceBytes() {
  const stubbed = new Map<string, readonly string[]>();
  for (const file of RECORDED_VOICE_MODULES) stubbed.set(path.resolve(file), await readExportNames(file));
  const withRecordedVoice = await measurePlayerBytes([]);
  const withoutRecordedVoice = await measurePlayerBytes([stubModules(stubbed)]);
  return { withRecordedVoice, withoutRecordedVoice, addedBytes: withRecordedVoice - withoutRecordedVoice };
}
