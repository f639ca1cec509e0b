/**
 * "Show in page": scrolls a mention into view and flashes it with the CSS Custom Highlight
 * API, so the page's DOM is not touched (the style is an adopted stylesheet, not an element).
 */

const FLASH = 'radlens-flash';
const STYLE = `::highlight(${FLASH}) { background-color: #ffd43b; color: #111; }`;

let sheet: CSSStyleSheet | undefined;

/** Adds the flash style to `doc` once, as an adopted stylesheet (no element is inserted). */
function ensureStyle(doc: Document): boolean {
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
    }
    if (!doc.adoptedStyleSheets.includes(sheet)) {
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
    return true;
  } catch {
    return false;
  }
}

/** Scrolls `range` to the middle of the view and flashes it for `ms`; false if it cannot. */
export function flashRange(range: Range, ms = 1800): boolean {
  const doc = range.startContainer.ownerDocument;
  const target = range.startContainer.parentElement;
  if (!doc || !target) return false;
  const reduced = doc.defaultView?.matchMedia('(prefers-reduced-motion: reduce)').matches;
  target.scrollIntoView({ block: 'center', behavior: reduced ? 'auto' : 'smooth' });
  const highlights = (globalThis.CSS as { highlights?: HighlightRegistry } | undefined)?.highlights;
  if (highlights && typeof Highlight === 'function' && ensureStyle(doc)) {
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
