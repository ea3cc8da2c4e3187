/**
 * Whether the read-along can paint Ranges with the CSS Custom Highlight API (read-along.ts); on
 * its own so the player can ask before the narration engine is loaded.
 */
export function supportsHighlights(scope: typeof globalThis): boolean {
  return typeof scope.CSS !== "undefined" && "highlights" in scope.CSS && typeof scope.Highlight === "function";
}
