import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const nextBin = path.resolve("node_modules/next/dist/bin/next");

export async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server at ${url} did not start within 5 minutes`);
}

/** Detached, so that `stopServer` ends the server with the npx or next process that started it. */
export function startServer(command: string[], port: number, cwd = process.cwd()): ChildProcess {
  return spawn("node", command, {
    cwd,
    env: { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "ignore", "inherit"],
    detached: true,
  });
}

export function stopServer(server: ChildProcess) {
  if (server.exitCode === null && server.signalCode === null) process.kill(-server.pid!);
}

/** The site's production build, as `npm start` serves it. */
export function startSite(port: number): ChildProcess {
  return startServer(["scripts/start.mjs"], port);
}

/**
 * A blank Next.js app (one page saying "Hello") built with the versions this site uses: the
 * floor for the site's first-load JavaScript and for the load test, measured in the same run on
 * the same machine. Built in .scratch/ once per Next.js version; its modules resolve from the
 * site's node_modules.
 */
export function startBlankApp(port: number): ChildProcess {
  return startServer([nextBin, "start", "--port", String(port)], port, buildBlankApp());
}

function buildBlankApp() {
  const directory = path.resolve(".scratch/bench-blank-app");
  const nextVersion = JSON.parse(fs.readFileSync("node_modules/next/package.json", "utf8")).version as string;
  const builtFor = path.join(directory, "built-with-next");
  if (fs.existsSync(builtFor) && fs.readFileSync(builtFor, "utf8") === nextVersion) return directory;
  fs.rmSync(directory, { recursive: true, force: true });
  fs.mkdirSync(path.join(directory, "app"), { recursive: true });
  fs.writeFileSync(path.join(directory, "package.json"), '{ "private": true, "type": "module" }\n');
  fs.writeFileSync(path.join(directory, "next.config.js"), "export default {};\n");
  fs.writeFileSync(path.join(directory, "app/layout.js"), 'export default function Layout({ children }) {\n  return <html lang="en"><body>{children}</body></html>;\n}\n');
  fs.writeFileSync(path.join(directory, "app/page.js"), "export default function Page() {\n  return <h1>Hello</h1>;\n}\n");
  execFileSync("node", [nextBin, "build"], { cwd: directory, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  fs.writeFileSync(builtFor, nextVersion);
  return directory;
}
