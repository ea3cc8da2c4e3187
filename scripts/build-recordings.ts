/**
 * `npm run build` runs this before `next build`: every page's narration recorded with Festival,
 * from the same sentences the live narrator reads (lib/narration/page-sentences.ts run on the
 * page's server-rendered HTML), into public/recordings/. The recordings are committed, so a
 * fresh clone synthesises nothing unless its content changed; Festival and the encoders are
 * installed (or asked for) only when something must be made.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs/promises";
import path from "node:path";
import { Window } from "happy-dom";
import { loadContent } from "@/lib/content/load-content";
import { readPageSentences } from "@/lib/narration/page-sentences";
import { createLexicon } from "@/lib/narration/pronunciation-lexicon";
import { buildRecordings, type Synthesize } from "@/lib/recordings/build-recordings";
import { recordedRoutes } from "@/lib/recordings/recorded-routes";
import { encodeWithDebianTools } from "@/lib/recordings/encode";
import { FESTIVAL_VOICE, speakWithFestival } from "@/lib/recordings/festival";
import { manifestPath, readRecordingsManifest, RECORDINGS_DIRECTORY } from "@/lib/recordings/recordings-manifest";
import { loadPageRenderer } from "./recordings/render-pages-bundle";

const projectRoot = process.cwd();
// `npm run bench -- --cold` points both elsewhere to time a build that starts from nothing.
const cacheDirectory = process.env.RECORDINGS_CACHE_DIR ?? path.join(projectRoot, ".cache/recordings");
const outputDirectory = process.env.RECORDINGS_OUTPUT_DIR ?? path.join(projectRoot, RECORDINGS_DIRECTORY);
/** The language app/layout.tsx sets on <html>, which the live narrator reads. */
const DOCUMENT_LANGUAGE = "en";
const DEBIAN_PACKAGES = ["festival", "festvox-us-slt-hts", "opus-tools", "lame", "ffmpeg"];

function ensureDebianPackages(): void {
  execFileSync("bash", [path.join(projectRoot, "scripts/install-debian-packages.sh"), "Recording the narration (npm run build)", ...DEBIAN_PACKAGES], {
    stdio: "inherit",
  });
}

async function readPages() {
  const content = loadContent();
  const renderer = await loadPageRenderer(projectRoot, cacheDirectory);
  const window = new Window({ settings: { disableJavaScriptEvaluation: true, disableCSSFileLoading: true } });
  const pages = [];
  for (const { route, title } of recordedRoutes(content)) {
    window.document.documentElement.setAttribute("lang", DOCUMENT_LANGUAGE);
    window.document.body.innerHTML = `<main id="main">${await renderer.renderMainContent(route)}</main>`;
    const root = window.document.querySelector("main") as unknown as Element;
    const { sentences } = readPageSentences(root, { lang: DOCUMENT_LANGUAGE, imageTemplate: content.strings.narration.image });
    pages.push({ route, title, sentences: sentences.map(({ text, blockIndex }) => ({ text, blockIndex })) });
  }
  await window.happyDOM.close();
  return { content, pages };
}

const startedAt = performance.now();
const { content, pages } = await readPages();
const synthesize: Synthesize = async (sentences, workDirectory) => {
  ensureDebianPackages();
  console.log(`Recording: synthesising ${sentences.length} sentences with Festival…`);
  return speakWithFestival(sentences, workDirectory);
};
const result = await buildRecordings({
  pages,
  voice: FESTIVAL_VOICE,
  voiceLang: "en-US",
  // As components/content/content-page.tsx gives the live narrator.
  lexicon: createLexicon(content.pronunciations, "en"),
  artist: content.strings.siteName,
  outputDirectory,
  cacheDirectory,
  previous: readRecordingsManifest(outputDirectory),
  synthesize,
  encode: async (...args) => {
    ensureDebianPackages();
    await encodeWithDebianTools(...args);
  },
});
await fs.writeFile(manifestPath(outputDirectory), `${JSON.stringify(result.manifest, null, 2)}\n`);

const recordings = Object.values(result.manifest.recordings);
const minutes = recordings.reduce((total, recording) => total + recording.durationSeconds, 0) / 60;
const seconds = ((performance.now() - startedAt) / 1000).toFixed(1);
console.log(
  `Recording: ${recordings.length} pages, ${minutes.toFixed(1)} minutes of audio; ` +
    `${result.synthesizedSentences} sentences synthesised, ${result.encodedPages.length} pages encoded, in ${seconds} s`,
);
