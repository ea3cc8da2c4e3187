import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";

type RenderPages = typeof import("./render-pages");

/**
 * Bundles render-pages.tsx with esbuild (the app's components import CSS and next/*, which Node
 * cannot load by itself) and imports the result.
 */
export async function loadPageRenderer(projectRoot: string, outputDirectory: string): Promise<RenderPages> {
  const standIns = path.join(projectRoot, "scripts/recordings/next-stand-ins.tsx");
  const outfile = path.join(outputDirectory, "render-pages.mjs");
  await build({
    entryPoints: [path.join(projectRoot, "scripts/recordings/render-pages.tsx")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    jsx: "automatic",
    // React and the Markdown libraries load from node_modules as they are; only app code is bundled.
    packages: "external",
    alias: { "@": projectRoot, "next/link": standIns, "next/navigation": standIns },
    loader: { ".css": "empty" },
    logLevel: "warning",
  });
  return (await import(pathToFileURL(outfile).href)) as RenderPages;
}
