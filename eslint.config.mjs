import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTypescript,
  {
    // The accessibility rules are errors here, not warnings: they guard the people this site is for.
    rules: Object.fromEntries(
      Object.keys(nextVitals.find((config) => config.plugins?.["jsx-a11y"])?.rules ?? {})
        .filter((rule) => rule.startsWith("jsx-a11y/"))
        .map((rule) => [rule, "error"]),
    ),
  },
  globalIgnores([".next/**", ".cache/**", ".scratch/**", "node_modules/**", "test-results/**", "playwright-report/**", "next-env.d.ts"]),
]);
