/**
 * A page style RadLens needs (its marks, the flash) given as an adopted stylesheet, so no
 * element is inserted into the page: one sheet per style text, adopted once per document.
 */
const sheets = new Map<string, CSSStyleSheet>();

/** Adopts `css` into `doc` once; false when the browser has no constructable stylesheets. */
export function adoptStyle(doc: Document, css: string): boolean {
  try {
    let sheet = sheets.get(css);
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(css);
      sheets.set(css, sheet);
    }
    if (!doc.adoptedStyleSheets.includes(sheet)) {
      doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    }
    return true;
  } catch {
    return false;
  }
}
