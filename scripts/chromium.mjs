// Where Debian's Chromium lives and how to launch it here. Playwright drives it through
// `executablePath`; its own browser download cannot work on machines without internet.
import fs from "node:fs";

const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);

export function findChromium() {
  return candidates.find((candidate) => fs.existsSync(candidate));
}

const isRoot = process.getuid?.() === 0;

/** Flags that keep Chromium quiet on a closed network; the sandbox needs an unprivileged user. */
export const chromiumArgs = [
  ...(isRoot ? ["--no-sandbox"] : []),
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];
