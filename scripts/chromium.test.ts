import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { chromium } from "playwright";
import { describe, expect, it } from "vitest";
import { chromiumArgs, findChromium, playwrightDisabledFeatures } from "./chromium.mjs";

describe("the Chromium the tests launch", () => {
  it("keeps every feature Playwright switches off switched off, though our --disable-features replaces its own", () => {
    const playwrightCore = path.dirname(createRequire(import.meta.url).resolve("playwright-core/package.json"));
    const bundle = fs.readFileSync(path.join(playwrightCore, "lib/coreBundle.js"), "utf8");
    const list = bundle.match(/disabledFeatures = \[([\s\S]*?)\]/)?.[1];
    expect(list, "Playwright's list of disabled features was not found where it was").toBeDefined();
    const theirs = [...list!.matchAll(/^\s*"([^"]+)"/gm)].map((match) => match[1]);
    expect(theirs.length).toBeGreaterThan(5);
    expect(playwrightDisabledFeatures).toEqual(expect.arrayContaining(theirs));
    expect(chromiumArgs.filter((arg) => arg.startsWith("--disable-features="))).toHaveLength(1);
  });

  it("opens a context with no address-bar popup renderer beside the page", { timeout: 60_000 }, async () => {
    expect((await targetsAfterOnePage(chromiumArgs)).urls).toEqual(["data:text/html,<p>A page</p>", "data:text/html,<p>A page</p>"]);
  });

  // Debian has shipped both sides of that change (150 on one machine here, 156 on another), so
  // the test says which side it ran on rather than failing where the flags have nothing to stop.
  it("would otherwise preload one from Chromium 156 on, so the features still have these names", { timeout: 60_000 }, async ({ annotate }) => {
    const withPopup = chromiumArgs.map((arg) => (arg.startsWith("--disable-features=") ? `--disable-features=${playwrightDisabledFeatures.join(",")}` : arg));
    const { version, urls } = await targetsAfterOnePage(withPopup);
    const preloadsPopup = Number(version.split(".")[0]) >= FIRST_VERSION_PRELOADING_POPUP;
    await annotate(`Chromium ${version} ${preloadsPopup ? "preloads" : "predates"} the address-bar popup`);
    expect(urls.some((url) => url.startsWith("chrome://omnibox-popup"))).toBe(preloadsPopup);
  });
});

const FIRST_VERSION_PRELOADING_POPUP = 156;

/** Chromium's version, and the address of every target it has, launched with `args`, once one context has opened one page. */
async function targetsAfterOnePage(args: string[]) {
  const browser = await chromium.launch({ executablePath: findChromium(), args });
  try {
    await (await (await browser.newContext()).newPage()).goto("data:text/html,<p>A page</p>");
    const session = await browser.newBrowserCDPSession();
    const { targetInfos } = await session.send("Target.getTargets", { filter: [{}] });
    return { version: browser.version(), urls: targetInfos.map((target) => target.url) };
  } finally {
    await browser.close();
  }
}
