/**
 * Marks a subtree narration leaves out, such as the player and its "Listen from here" buttons.
 * On its own so the player can mark itself without bringing in the page reader.
 */
export const SKIP_ATTRIBUTE = "data-narration-skip";
