import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/**/*.test.ts", "lib/**/*.test.ts", "content/**/*.test.ts", "components/**/*.test.ts", "scripts/**/*.test.ts"],
    // `npm run coverage`: what the unit tests reach of the code that ships or builds the site.
    // Components and pages are reached by the browser tests, which this does not count.
    coverage: {
      provider: "v8",
      include: ["lib/**/*.ts", "scripts/**/*.ts", "content/**/*.ts"],
      exclude: ["**/*.test.ts", "**/testing/**", "**/fixtures/**"],
      reporter: ["text-summary", "text"],
    },
  },
});
