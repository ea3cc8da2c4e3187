// Where Debian's Chromium lives and how to launch it here. Playwright drives it through
// `executablePath`; its own browser download cannot work on machines without internet.
import fs from "node:fs";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);

export function findChromium() {
  return candidates.find((candidate) => fs.existsSync(candidate));
}

const isRoot = process.getuid?.() === 0;

/** The features Playwright 1.65 switches off (chromiumSwitches.ts), each for a reason it documents. */
export const playwrightDisabledFeatures = [
  "AvoidUnnecessaryBeforeUnloadCheckSync",
  "DestroyProfileOnBrowserClose",
  "HttpsUpgrades",
  "HttpsFirstBalancedModeAutoEnable",
  "LensOverlay",
  "MediaRouter",
  "PaintHolding",
  "ThirdPartyStoragePartitioning",
  "AvoidCorsURLLoaderRestartOnRedirect",
  "TcpPortRandomizationWin",
  "OptimizationHints",
  "NetworkTimeServiceQuerying",
  "AimEnabled",
  "PreconnectToSearch",
  "msForceBrowserSignIn",
  "msEdgeUpdateLaunchServicesPreferredVersion",
];

/**
 * Since Chromium 156 every new window, and so every test's browser context, preloads the address
 * bar's WebUI popup (chrome://omnibox-popup.top-chrome/) in a renderer of its own, headless too.
 * Nothing here ever shows an address bar; those renderers took 40% of the suite's CPU.
 */
export const addressBarPopupFeatures = ["WebUIOmniboxPopup", "WebUIOmniboxAimPopup", "WebUIOmniboxFullPopup"];

/**
 * Flags that keep Chromium quiet on a closed network and lean; the sandbox needs an unprivileged
 * user. Chromium reads only the last --disable-features it is given, and Playwright passes its
 * own first, so this one repeats Playwright's list (scripts/chromium.test.ts notices if it grows).
 */
export const chromiumArgs = [
  ...(isRoot ? ["--no-sandbox"] : []),
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  `--disable-features=${[...playwrightDisabledFeatures, ...addressBarPopupFeatures].join(",")}`,
];
