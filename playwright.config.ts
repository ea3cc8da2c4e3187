import { defineConfig } from "@playwright/test";
import { chromiumArgs, findChromium } from "./scripts/chromium.mjs";

const port = Number(process.env.TEST_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: "tests",
  fullyParallel: true,
  // The machines have two cores: one for the server, one for the browser.
  workers: 2,
  // Timeouts catch hangs, not slowness (`npm run bench` measures speed). The same run has taken
  // 15 minutes on one two-core machine and an hour on another, where four axe runs alone took
  // 30 seconds, so each test gets four times Playwright's default.
  timeout: 120_000,
  forbidOnly: Boolean(process.env.CI),
  reporter: [["list"], ...(process.env.WRITE_CONFORMANCE_RESULTS ? [["./tests/reporters/conformance-reporter.ts"] as const] : [])],
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  projects: [
    { name: "chromium", testIgnore: /(narration-real-engine|orca)\.spec\.ts$/ },
    {
      // The real speech engine: speech-dispatcher with espeak-ng, started by scripts/setup-speech.sh.
      name: "real-speech",
      testMatch: /narration-real-engine\.spec\.ts$/,
      use: { launchOptions: { executablePath: findChromium(), args: [...chromiumArgs, "--enable-speech-dispatcher"] } },
    },
    {
      // GNOME Orca reading headed Chromium on a virtual desktop per test (tests/fixtures/orca.ts);
      // scripts/setup-orca.sh installs it. A desktop, a browser and a screen reader take a core
      // between them, so the other worker is left for the other projects.
      name: "orca",
      testMatch: /orca\.spec\.ts$/,
      workers: 1,
    },
  ],
  webServer: {
    // The production build: `npm test` builds first, and start.mjs builds if nothing is built.
    command: "node scripts/start.mjs",
    env: { PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    url: baseURL,
    reuseExistingServer: !process.env.CI,
    timeout: 240_000,
  },
});
