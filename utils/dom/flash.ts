/**
 * "Show in page": scrolls a mention into view and flashes it with the CSS Custom Highlight
 * API, so the page's DOM is not touched (the style is an adopted stylesheet, not an element).
 */

import { adoptStyle } from './adopted-style';

const FLASH = 'radlens-flash';
const STYLE = `::highlight(${FLASH}) { background-color: #ffd43b; color: #111; }`;

/** Scrolls `range` to the middle of the view and flashes it for `ms`; false if it cannot. */
export function flashRange(range: Range, ms = 1800): boolean {
  const doc = range.startContainer.ownerDocument;
  const target = range.startContainer.parentElement;
  if (!doc || !target) return false;
  const reduced = doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  const highlights = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  if (highlights && typeof Highlight === 'function' && adoptStyle(doc, STYLE)) {
    highlights.set(FLASH, new Highlight(range));
    setTimeout(() => highlights.delete(FLASH), ms);
    return true;
  }
  // No highlight API: select the mention instead (also no DOM change).
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  return true;
}
