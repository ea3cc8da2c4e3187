import { describe, expect, it } from "vitest";
import { describeChunks, type ClientReferenceManifest } from "./first-load-javascript";

const layoutChunk = "static/chunks/layout.js";
const manifest: ClientReferenceManifest = {
  entryJSFiles: {
    "[project]/app/layout": [layoutChunk],
    "[project]/app/page": [layoutChunk, "static/chunks/player.js"],
  },
  clientModules: {
    "[project]/components/layout/nav-link.tsx <module evaluation>": { chunks: [`/_next/${layoutChunk}`] },
    "[project]/components/narration/narration-player.tsx": { chunks: [`/_next/${layoutChunk}`, "/_next/static/chunks/player.js"] },
    "[project]/node_modules/next/dist/client/app-dir/link.js": { chunks: [`/_next/${layoutChunk}`] },
  },
};

describe("describeChunks", () => {
  const describeChunk = describeChunks([manifest]);

  it("puts a page's component only in the chunks its page adds to the layout's", () => {
    expect(describeChunk("/_next/static/chunks/player.js")).toBe("with the site's components/narration/narration-player.tsx");
    expect(describeChunk(`/_next/${layoutChunk}`)).toBe("with the site's components/layout/nav-link.tsx");
  });

  it("calls a chunk that holds none of the site's components the framework's", () => {
    expect(describeChunk("/_next/static/chunks/runtime.js")).toBe("Next.js and React runtime");
  });
});
