import { execFile } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import type { ToolVersion } from "@/lib/conformance/summarise-results";
import { findChromium } from "../../scripts/chromium.mjs";

const require = createRequire(import.meta.url);

/** A program's version as it prints it, e.g. "Chromium 150.0.7871.100 built on Debian…"; null where it is missing. */
interface ProgramVersion {
  readonly tool: string;
  readonly command: () => string | undefined;
  readonly pattern: RegExp;
}

/** The programs the suite drives, and how each prints its version. */
export const programVersions: readonly ProgramVersion[] = [
  { tool: "Chromium", command: findChromium, pattern: /Chromium (\d+(?:\.\d+)+)/ },
  { tool: "Orca", command: () => "orca", pattern: /^(\d+(?:\.\d+)+)/m },
  { tool: "speech-dispatcher", command: () => "speech-dispatcher", pattern: /speech-dispatcher (\d+(?:\.\d+)+)/ },
  { tool: "espeak-ng", command: () => "espeak-ng", pattern: /text-to-speech: (\d+(?:\.\d+)+)/ },
];

/** The packages the suite checks with, whose versions package-lock.json fixes. */
const packageVersions = [
  ["Playwright", "@playwright/test"],
  ["axe-core", "axe-core"],
  ["Guidepup's Virtual Screen Reader", "@guidepup/virtual-screen-reader"],
] as const;

export function parseVersion(output: string, pattern: RegExp): string | undefined {
  return pattern.exec(output)?.[1];
}

/** The system's name and version from /etc/os-release, e.g. "Debian GNU/Linux" and "12 (bookworm)". */
export function parseOperatingSystem(osRelease: string): ToolVersion | undefined {
  const field = (name: string) => new RegExp(`^${name}="?([^"\\n]+)"?$`, "m").exec(osRelease)?.[1];
  const [tool, version] = [field("NAME"), field("VERSION")];
  return tool && version ? { tool, version } : undefined;
}

function runForVersion(command: string): Promise<string> {
  return new Promise((resolve) => {
    execFile(command, ["--version"], { timeout: 30_000 }, (_error, stdout, stderr) => resolve(`${stdout}\n${stderr}`));
  });
}

/**
 * What the run tested with, so the accessibility statement can name the versions of a dated run
 * rather than the ones somebody once typed: Debian has given machines here different Chromiums.
 * A program that is missing or prints no version is left out.
 */
export async function readToolVersions(): Promise<ToolVersion[]> {
  const programs = await Promise.all(
    programVersions.map(async ({ tool, command, pattern }) => {
      const program = command();
      const version = program && parseVersion(await runForVersion(program), pattern);
      return version ? { tool, version } : undefined;
    }),
  );
  const packages = packageVersions.map(([tool, name]) => ({ tool, version: (require(`${name}/package.json`) as { version: string }).version }));
  const osRelease = fs.existsSync("/etc/os-release") ? fs.readFileSync("/etc/os-release", "utf8") : "";
  const operatingSystem = parseOperatingSystem(osRelease);
  return [...programs.filter((program) => program !== undefined), ...packages, ...(operatingSystem ? [operatingSystem] : [])];
}
