import { defineConfig } from "@playwright/test";
import { chromiumArgs, findChromium } from "./scripts/chromium.mjs";
import { RECORDED_VOICE_SINK } from "./tests/fixtures/sound";

const port = Number(process.env.TEST_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;
/** The static export in out/ (`npm run export`), served as a CDN would by scripts/serve-static.mjs. */
const exportPort = Number(process.env.EXPORT_TEST_PORT ?? port + 10);

export default defineConfig({
  testDir: "tests",
  // The .test.ts files beside the specs are Vitest's.
  testMatch: "**/*.spec.ts",
  fullyParallel: true,
  // The machines have two cores: one for the server, one for the browser.
  workers: 2,
  // Timeouts catch hangs, not slowness (`npm run bench` measures speed). The same run has taken
  // 15 minutes on one two-core machine and an hour on another, where four axe runs alone took
  // 30 seconds, so each test gets four times Playwright's default.
  timeout: 120_000,
  forbidOnly: Boolean(process.env.CI),
  // A missing or changed snapshot fails instead of being written; `npm run test:update-golden`
  // rewrites the changed ones on purpose, for review.
  updateSnapshots: "none",
  reporter: [
    ["list"],
    ["./tests/reporters/spec-timing-reporter.ts"],
    // Writes only from a complete green run, so any narrower or failing run leaves the report alone.
    ["./tests/reporters/conformance-reporter.ts", { outputFile: "content/conformance-results.json" }],
  ],
  expect: {
    // Every aria snapshot must match the whole tree below its root, so an element added to a
    // page fails as surely as one removed. Set here rather than as `/children: deep-equal` in
    // each file, because updating a snapshot rewrites its file without that line.
    toMatchAriaSnapshot: { children: "deep-equal" },
  },
  use: {
    baseURL,
    browserName: "chromium",
    launchOptions: { executablePath: findChromium(), args: chromiumArgs },
  },
  projects: [
    // GNOME Orca reading headed Chromium on a virtual desktop per test (tests/fixtures/orca.ts);
    // scripts/setup-orca.sh installs it. One Orca at a time: each test has its own X display and
    // buses, but two screen readers and two headed browsers would fight for two cores. Listed
    // first so that its tests, one after another, start at once beside the other worker's
    // rather than after them. On a machine loaded far past its two cores, Orca has once put an
    // extra "main content. clickable." into a Say All; one retry keeps that from failing CI, and a
    // test that passes only on its retry is reported as flaky, so the run publishes no
    // conformance results (tests/reporters/conformance-reporter.ts).
    { name: "orca", testMatch: /orca\.spec\.ts$/, workers: 1, retries: 1 },
    { name: "chromium", testIgnore: /(narration-real-engine|orca)\.spec\.ts$/ },
    {
      // The checks whose result can differ on a static host: every page and its script policy
      // from _headers, the 404, sitemap and robots, narration, saved settings, and client-side
      // navigation moving focus to the new h1. Chosen by the @static-export tag.
      name: "static-export",
      testIgnore: /(narration-real-engine|orca)\.spec\.ts$/,
      grep: /@static-export/,
      use: { baseURL: `http://127.0.0.1:${exportPort}` },
    },
    {
      // The real speech engine: speech-dispatcher with espeak-ng, started by scripts/setup-speech.sh.
      name: "real-speech",
      testMatch: /narration-real-engine\.spec\.ts$/,
      use: {
        launchOptions: {
          executablePath: findChromium(),
          args: [...chromiumArgs, "--enable-speech-dispatcher"],
          // Heard, not muted as Playwright has it, on a sink of its own (tests/fixtures/sound.ts).
          ignoreDefaultArgs: ["--mute-audio"],
          env: { ...process.env, PULSE_SINK: RECORDED_VOICE_SINK },
        },
      },
    },
  ],
  webServer: [
    {
      // The production build: `npm test` builds first, and start.mjs builds if nothing is built.
      command: "node scripts/start.mjs",
      env: { PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
      url: baseURL,
      reuseExistingServer: !process.env.CI,
      timeout: 240_000,
    },
    {
      // `npm test` exports first. Without out/ it still listens (and says to run `npm run
      // export`), so a run of other projects is not held up; the static-export tests then fail.
      command: `node scripts/serve-static.mjs out ${exportPort}`,
      port: exportPort,
      reuseExistingServer: !process.env.CI,
    },
  ],
});
