import { describe, expect, it } from "vitest";
import { parseOperatingSystem, parseVersion, programVersions, readToolVersions } from "./tool-versions";

const patternOf = (tool: string) => programVersions.find((program) => program.tool === tool)!.pattern;

describe("the versions of the tools a run used", () => {
  it("reads each program's version from what it prints", () => {
    expect(parseVersion("Chromium 150.0.7871.100 built on Debian GNU/Linux 12 (bookworm)\n", patternOf("Chromium"))).toBe("150.0.7871.100");
    expect(parseVersion("43.1\n", patternOf("Orca"))).toBe("43.1");
    expect(parseVersion("speech-dispatcher 0.11.4\nCopyright (C) 2002-2012 Brailcom, o.p.s.\n", patternOf("speech-dispatcher"))).toBe("0.11.4");
    expect(parseVersion("eSpeak NG text-to-speech: 1.51  Data at: /usr/lib/x86_64-linux-gnu/espeak-ng-data\n", patternOf("espeak-ng"))).toBe("1.51");
    expect(parseVersion("bash: orca: command not found\n", patternOf("Orca"))).toBeUndefined();
  });

  it("reads the system's name and version from os-release", () => {
    const osRelease = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nVERSION="12 (bookworm)"\n';
    expect(parseOperatingSystem(osRelease)).toEqual({ tool: "Debian GNU/Linux", version: "12 (bookworm)" });
    expect(parseOperatingSystem("")).toBeUndefined();
  });

  it("names this machine's Chromium and the checkers package-lock.json fixes", { timeout: 60_000 }, async () => {
    const versions = await readToolVersions();
    const tools = versions.map(({ tool }) => tool);
    expect(tools).toEqual(expect.arrayContaining(["Chromium", "Playwright", "axe-core", "Guidepup's Virtual Screen Reader"]));
    for (const { version } of versions) expect(version).toMatch(/^\d/);
  });
});
