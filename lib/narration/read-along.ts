/**
 * Shows which sentence and word are being spoken without touching the page's DOM: the CSS
 * Custom Highlight API (https://drafts.csswg.org/css-highlight-api-1/) paints Ranges, so screen
 * readers, text selection and find-in-page see the page exactly as before. Where the API is
 * missing (Chrome before 105, Safari before 17.2, Firefox before 140:
 * https://developer.mozilla.org/docs/Web/API/Highlight#browser_compatibility) the sentence's
 * block gets an outline class instead, and words are not shown.
 */

export const SENTENCE_HIGHLIGHT = "narration-sentence";
export const WORD_HIGHLIGHT = "narration-word";
/** On the block being read when a Range cannot be painted: no Highlight API, or an image. */
export const FALLBACK_CLASS = "narration-current";


/** The space kept between a revealed sentence and the viewport's edge. */
const REVEAL_MARGIN_PX = 48;

/**
 * Scrolls only when the target is not wholly in view, and only as far as needed. The only thing
 * fixed on the page is the player's bar while it plays, and the page's bottom scroll padding is
 * its height (components/narration/narration.css), so the view ends above it. The scroll uses
 * the page's scroll-behavior, which is smooth only without prefers-reduced-motion.
 */
function revealIfHidden(target: Range | Element): void {
  const rect = target.getBoundingClientRect();
  const root = document.documentElement;
  const viewportHeight = root.clientHeight - (parseFloat(getComputedStyle(root).scrollPaddingBottom) || 0);
  if (rect.top >= 0 && rect.bottom <= viewportHeight) return;
  const fitsWithMargin = rect.height + 2 * REVEAL_MARGIN_PX <= viewportHeight;
  const distance = rect.top < 0 || !fitsWithMargin ? rect.top - REVEAL_MARGIN_PX : rect.bottom - viewportHeight + REVEAL_MARGIN_PX;
  window.scrollBy({ top: distance });
}

export class ReadAlong {
  private readonly canHighlight: boolean;
  private outlined: Element | null = null;

  constructor(canHighlight: boolean) {
    this.canHighlight = canHighlight;
  }

  /**
   * `sentence` null means the sentence cannot be painted as text (an image, or a node React
   * replaced); the block element is outlined instead. `reveal` scrolls it into view if needed.
   */
  show(block: Element, sentence: Range | null, word: Range | null, reveal: boolean): void {
    const canPaint = this.canHighlight && sentence !== null;
    if (canPaint) {
      CSS.highlights.set(SENTENCE_HIGHLIGHT, new Highlight(sentence));
      if (word) CSS.highlights.set(WORD_HIGHLIGHT, new Highlight(word));
      else CSS.highlights.delete(WORD_HIGHLIGHT);
      this.outline(null);
    } else {
      this.clearHighlights();
      this.outline(block);
    }
    if (reveal) revealIfHidden(canPaint ? sentence : block);
  }

  clear(): void {
    this.clearHighlights();
    this.outline(null);
  }

  private clearHighlights(): void {
    if (!this.canHighlight) return;
    CSS.highlights.delete(SENTENCE_HIGHLIGHT);
    CSS.highlights.delete(WORD_HIGHLIGHT);
  }

  private outline(element: Element | null): void {
    if (this.outlined === element) return;
    this.outlined?.classList.remove(FALLBACK_CLASS);
    element?.classList.add(FALLBACK_CLASS);
    this.outlined = element;
  }
}
