import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import type { Browser } from "playwright";

export interface LoadedScript {
  readonly url: string;
  /** As sent: `next start` gzips scripts. */
  readonly bytes: number;
}

export interface FirstVisit {
  readonly html: Buffer;
  readonly scripts: readonly LoadedScript[];
  readonly javascriptBytes: number;
}

/**
 * A first visit to a page in a fresh browser context: its HTML and every script loaded until the
 * network is idle, those of the routes `next/link` prefetches included, since a reader's browser
 * fetches them too.
 */
export async function visitFirstTime(browser: Browser, url: string): Promise<FirstVisit> {
  const page = await browser.newPage();
  const pending: Promise<LoadedScript>[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") pending.push(request.sizes().then((sizes) => ({ url: request.url(), bytes: sizes.responseBodySize })));
  });
  const response = await page.goto(url, { waitUntil: "networkidle" });
  const html = (await response?.body()) ?? Buffer.alloc(0);
  const scripts = await Promise.all(pending);
  await page.close();
  return { html, scripts, javascriptBytes: scripts.reduce((sum, script) => sum + script.bytes, 0) };
}

export interface ClientReferenceManifest {
  readonly clientModules: Readonly<Record<string, { readonly chunks: readonly string[] }>>;
  readonly entryJSFiles: Readonly<Record<string, readonly string[]>>;
}

/** Every client reference manifest of the build, one per page entry. */
export function readClientManifests(buildDirectory = ".next"): ClientReferenceManifest[] {
  const appDirectory = path.join(buildDirectory, "server/app");
  return fs
    .readdirSync(appDirectory, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith("_client-reference-manifest.js"))
    .flatMap((file) => {
      const sandbox: { __RSC_MANIFEST?: Record<string, ClientReferenceManifest> } = {};
      vm.runInNewContext(fs.readFileSync(path.join(appDirectory, file), "utf8"), { self: sandbox, globalThis: sandbox });
      return Object.values(sandbox.__RSC_MANIFEST ?? {});
    });
}

const PROJECT_PREFIX = "[project]/";
const ROOT_LAYOUT = `${PROJECT_PREFIX}app/layout`;

/**
 * What each chunk of the build holds, by its path (/_next/static/chunks/…): the project's client
 * components whose code it carries, from the client reference manifests. A component lists its
 * layout's chunks too, so a page's component is put only in the chunks its page adds. A chunk in
 * no manifest is the framework's own code, which every Next.js app loads.
 */
export function describeChunks(manifests: readonly ClientReferenceManifest[]): (chunkPath: string) => string {
  const components = new Map<string, Set<string>>();
  for (const { clientModules, entryJSFiles } of manifests) {
    // Entries name chunks from /_next/, modules from the site's root.
    const layoutChunks = new Set((entryJSFiles[ROOT_LAYOUT] ?? []).map((chunk) => `/_next/${chunk}`));
    for (const [id, { chunks }] of Object.entries(clientModules)) {
      if (!id.startsWith(PROJECT_PREFIX) || id.startsWith(`${PROJECT_PREFIX}node_modules/`)) continue;
      const file = id.slice(PROJECT_PREFIX.length).split(" ")[0]!;
      const pageChunks = chunks.filter((chunk) => !layoutChunks.has(chunk));
      for (const chunk of pageChunks.length > 0 ? pageChunks : chunks) {
        const files = components.get(chunk) ?? new Set();
        components.set(chunk, files.add(file));
      }
    }
  }
  return (chunkPath) => {
    const files = components.get(chunkPath);
    return files ? `with the site's ${[...files].join(", ")}` : "Next.js and React runtime";
  };
}
