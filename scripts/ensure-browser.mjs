// Makes sure Debian's Chromium is installed, installing it with apt-get when run as root.
import { execFileSync } from "node:child_process";
import { findChromium } from "./chromium.mjs";

const existing = findChromium();
if (existing) {
  console.log(`Chromium: ${existing}`);
  process.exit(0);
}

if (process.getuid?.() !== 0) {
  console.error(
    "Chromium is not installed. Install Debian's package and run again:\n" +
      "  sudo apt-get update && sudo apt-get install -y chromium\n" +
      "(or set CHROMIUM_PATH to a Chromium or Chrome executable).",
  );
  process.exit(1);
}

console.log("Chromium is not installed; installing Debian's chromium package…");
const aptEnvironment = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
execFileSync("apt-get", ["update"], { stdio: "inherit", env: aptEnvironment });
execFileSync("apt-get", ["install", "-y", "--no-install-recommends", "chromium"], { stdio: "inherit", env: aptEnvironment });

const installed = findChromium();
if (!installed) {
  console.error("apt-get finished but no Chromium executable was found in /usr/bin.");
  process.exit(1);
}
console.log(`Chromium: ${installed}`);
