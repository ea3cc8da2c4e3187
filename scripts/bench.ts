// `npm run bench`: serve the production build, load every route in Chromium, and print what each
// route costs a visitor next to the floor it is held to.
import { spawn } from "node:child_process";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright";
import { loadContent } from "@/lib/content/load-content";
import { chromiumArgs, findChromium } from "./chromium.mjs";

const port = 3200;
const origin = `http://127.0.0.1:${port}`;
const javascriptTargetKiB = 155;

const kib = (bytes: number) => (bytes / 1024).toFixed(1);

async function waitForServer() {
  for (let attempt = 0; attempt < 600; attempt++) {
    try {
      if ((await fetch(origin)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`The server at ${origin} did not start within 5 minutes`);
}

const server = spawn("node", ["scripts/start.mjs"], {
  env: { ...process.env, PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
  stdio: ["ignore", "ignore", "inherit"],
  detached: true,
});

try {
  await waitForServer();
  const browser = await chromium.launch({ executablePath: findChromium(), args: chromiumArgs });
  const rows: string[][] = [];
  let largest = 0;
  for (const { route } of loadContent().routes) {
    const page = await browser.newPage();
    const scripts: Promise<number>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() === "script") scripts.push(request.sizes().then((sizes) => sizes.responseBodySize));
    });
    const response = await page.goto(`${origin}${route}`, { waitUntil: "networkidle" });
    const html = (await response?.body()) ?? Buffer.alloc(0);
    const javascriptBytes = (await Promise.all(scripts)).reduce((sum, size) => sum + size, 0);
    largest = Math.max(largest, javascriptBytes);
    rows.push([route, kib(javascriptBytes), String(scripts.length), kib(html.length), kib(gzipSync(html).length)]);
    await page.close();
  }
  await browser.close();

  const header = ["route", "JS gzip KiB", "scripts", "HTML KiB", "HTML gzip KiB"];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const format = (row: string[]) => row.map((cell, column) => cell.padEnd(widths[column]!)).join("  ");
  console.log(format(header));
  for (const row of rows) console.log(format(row));
  const verdict = largest / 1024 <= javascriptTargetKiB ? "within" : "OVER";
  console.log(`\nLargest route JavaScript: ${kib(largest)} KiB gzip; target ≤ ${javascriptTargetKiB} KiB: ${verdict} target.`);
} finally {
  process.kill(-server.pid!);
}
