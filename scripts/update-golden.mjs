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

const ariaSpec = "tests/golden-files.spec.ts";
const ariaSnapshotFolder = `${ariaSpec}-snapshots`;
const goldenSpecs = ["tests/orca.spec.ts", ariaSpec];
const goldenFiles = ["tests/transcripts", "tests/orca-transcripts", ariaSnapshotFolder];
// Everything `next build` reads: a build older than any of these would record yesterday's pages.
const buildSources = ["app", "components", "content", "lib", "public", "next.config.js", "package-lock.json"];

const port = Number(process.env.TEST_PORT ?? 3100);
// Playwright reuses a server already on the port, which may be serving another build.
if (await isPortInUse(port)) {
  console.error(`Port ${port} is in use, and its server may not serve this build. Stop it, or set TEST_PORT to a free port.`);
  process.exit(1);
}

if (isBuildOutdated()) execFileSync("npm", ["run", "build"], { stdio: "inherit" });
execFileSync("bash", ["scripts/setup-orca.sh"], { stdio: "inherit" });

const ariaSnapshotsBefore = readAriaSnapshots();
const update = spawnSync("npx", ["playwright", "test", ...goldenSpecs, "--update-snapshots=changed"], {
  stdio: "inherit",
  env: { ...process.env, UPDATE_GOLDEN: "1" },
});
let status = update.status ?? 1;

// Playwright writes a snapshot without text that repeats a node's name (the words of a "Listen
// from here" button), which the strict matching set in playwright.config.ts then rejects. So any
// snapshot it rewrote is checked again, without updating, before anyone commits it.
const ariaSnapshotsAfter = readAriaSnapshots();
const rewrittenAriaSnapshots = [...ariaSnapshotsAfter].filter(([file, text]) => ariaSnapshotsBefore.get(file) !== text);
if (status === 0 && rewrittenAriaSnapshots.length > 0) {
  console.log(`Checking the ${rewrittenAriaSnapshots.length} rewritten aria snapshots strictly, without updating…`);
  status = spawnSync("npx", ["playwright", "test", ariaSpec], { stdio: "inherit" }).status ?? 1;
  if (status !== 0) {
    console.error(
      "A rewritten aria snapshot fails strict matching. Playwright leaves out text that repeats a node's name: " +
        'add it back as the diff above shows, e.g. - \'button "Listen from here: Who it is for"\': Listen from here',
    );
  }
}

const changed = execFileSync("git", ["status", "--porcelain", "--untracked-files=all", "--", ...goldenFiles], { encoding: "utf8" });
console.log(
  changed.trim()
    ? `Golden and snapshot files that differ from the last commit (review them with git diff):\n${changed.trimEnd()}`
    : "No golden or snapshot file differs from the last commit.",
);
process.exit(status);

function readAriaSnapshots() {
  return new Map(fs.readdirSync(ariaSnapshotFolder).map((name) => [name, fs.readFileSync(path.join(ariaSnapshotFolder, name), "utf8")]));
}

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
