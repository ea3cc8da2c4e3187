// `npm run test:update-golden`: rewrites the golden transcripts and aria snapshots whose content
// changed, on the current build, then lists the files that differ from the last commit so each
// change can be reviewed before it is committed.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

if (process.env.CI) {
  console.error(
    "test:update-golden does not run in CI: there an update would pass whatever the pages show. " +
      "Update golden files locally, review the diff, and commit it.",
  );
  process.exit(1);
}

const goldenSpecs = ["tests/screen-reader.spec.ts", "tests/aria-snapshots.spec.ts"];
const goldenFiles = ["tests/transcripts", ":(glob)tests/*.spec.ts-snapshots/**"];
// Everything `next build` reads: a build older than any of these would record yesterday's pages.
const buildSources = ["app", "components", "content", "lib", "public", "next.config.js", "package-lock.json"];

const port = Number(process.env.TEST_PORT ?? 3100);
// Playwright reuses a server already on the port, which may be serving another build.
if (await isPortInUse(port)) {
  console.error(`Port ${port} is in use, and its server may not serve this build. Stop it, or set TEST_PORT to a free port.`);
  process.exit(1);
}

if (isBuildOutdated()) execFileSync("npm", ["run", "build"], { stdio: "inherit" });

const run = spawnSync("npx", ["playwright", "test", ...goldenSpecs, "--update-snapshots=changed"], {
  stdio: "inherit",
  env: { ...process.env, UPDATE_GOLDEN: "1" },
});

const changed = execFileSync("git", ["status", "--porcelain", "--untracked-files=all", "--", ...goldenFiles], { encoding: "utf8" });
console.log(
  changed.trim()
    ? `Golden and snapshot files that differ from the last commit (review them with git diff):\n${changed.trimEnd()}`
    : "No golden or snapshot file differs from the last commit.",
);
process.exit(run.status ?? 1);

function isBuildOutdated() {
  const buildId = ".next/BUILD_ID";
  if (!fs.existsSync(buildId)) return true;
  const builtAt = fs.statSync(buildId).mtimeMs;
  return buildSources.some((source) => fs.existsSync(source) && latestChange(source) > builtAt);
}

function latestChange(entry) {
  const stats = fs.statSync(entry);
  if (!stats.isDirectory()) return stats.mtimeMs;
  return Math.max(stats.mtimeMs, ...fs.readdirSync(entry).map((name) => latestChange(path.join(entry, name))));
}

function isPortInUse(portToCheck) {
  return new Promise((resolve) => {
    const socket = net.connect(portToCheck, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}
