import vm from "node:vm";
import { gzipSync } from "node:zlib";
import type { Browser } from "playwright";
import { loadContent } from "@/lib/content/load-content";

/**
 * The JavaScript the reading settings add, in two parts.
 *
 * On every page: the modules of the page's own chunks that belong to the settings button, found
 * by its class name. Turbopack chunks list their modules as (id, factory) pairs, so each chunk is
 * run in a sandbox that only collects the factories. Each module is gzipped on its own, which
 * slightly overstates its share of a chunk that is compressed as a whole.
 *
 * On demand: the dialog, with Radix Dialog and zod/mini, is fetched the first time a reader
 * opens it; that is the scripts the browser fetches from the moment the button is pressed.
 * Atkinson Hyperlegible is a font, fetched only when chosen, and is not counted.
 */
export async function measureReadingSettings(browser: Browser, origin: string) {
  const page = await browser.newPage();
  const scripts: { url: string; size: Promise<number> }[] = [];
  page.on("requestfinished", (request) => {
    if (request.resourceType() === "script") scripts.push({ url: request.url(), size: request.sizes().then((sizes) => sizes.responseBodySize) });
  });
  await page.goto(origin, { waitUntil: "networkidle" });
  const pageScripts = scripts.splice(0).map(({ url }) => url);
  let everyPageBytes = 0;
  for (const url of pageScripts) {
    const chunks: unknown[][] = [];
    try {
      vm.runInNewContext(await (await fetch(url)).text(), { TURBOPACK: chunks });
    } catch {
      continue; // The runtime chunk runs code at load; it holds no module of ours.
    }
    const factories = chunks.flat().filter((entry): entry is (...args: unknown[]) => unknown => typeof entry === "function");
    for (const factory of factories) {
      const source = factory.toString();
      if (source.includes("reading-settings-button")) everyPageBytes += gzipSync(source).length;
    }
  }
  if (everyPageBytes === 0) throw new Error("No module of the reading settings button found in the page's scripts");

  await page.getByRole("button", { name: loadContent().strings.settings.openButton }).click();
  await page.getByRole("dialog").waitFor();
  await page.waitForLoadState("networkidle");
  const onDemandBytes = (await Promise.all(scripts.map(({ size }) => size))).reduce((sum, size) => sum + size, 0);
  await page.close();
  return { everyPageBytes, onDemandBytes, onDemandScripts: scripts.length };
}
