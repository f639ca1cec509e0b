/**
 * Functions that run inside a web page, for `page.evaluate(fn, arg)` in Playwright (Chromium)
 * and Puppeteer (Firefox) alike: each uses only its argument and the page's own globals.
 */

/** RadLens's highlight names, by status. */
export const HIGHLIGHTS = ['radlens-present', 'radlens-possible', 'radlens-absent'];

/** Selects the first occurrence of `wanted` (in one text node); a point inside it. */
export function selectText(wanted: string): { x: number; y: number } {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const at = node.nodeValue!.indexOf(wanted);
    if (at < 0) continue;
    const range = document.createRange();
    range.setStart(node, at);
    range.setEnd(node, at + wanted.length);
    const selection = getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + Math.min(4, rect.width / 2), y: rect.top + rect.height / 2 };
  }
  throw new Error(`"${wanted}" is not on the page`);
}

/** The sizes of the named highlights in the page's registry (0 when absent). */
export function highlightSizes(names: string[]): Record<string, number> {
  return Object.fromEntries(names.map((name) => [name, CSS.highlights.get(name)?.size ?? 0]));
}

/**
 * A point inside the first mention drawn in highlight `name`, near its start. Fails unless it
 * is drawn with a StaticRange (what RadLens draws with: the page pays nothing for static
 * ranges when it changes).
 */
export function drawnMentionPoint(name: string): { x: number; y: number } {
  const drawn = [...(CSS.highlights.get(name) ?? [])][0];
  if (!drawn) throw new Error(`nothing drawn in ${name}`);
  if (!(drawn instanceof StaticRange)) throw new Error('highlights should be StaticRanges');
  const range = document.createRange();
  range.setStart(drawn.startContainer, drawn.startOffset);
  range.setEnd(drawn.endContainer, drawn.endOffset);
  const rect = range.getBoundingClientRect();
  return { x: rect.left + Math.min(2, rect.width / 2), y: rect.top + rect.height / 2 };
}

/** Init script: counts every DOM mutation once the page is parsed, in `radlensTestMutations`. */
export function countMutationsAfterLoad(): void {
  const w = window as unknown as { radlensTestMutations: number };
  w.radlensTestMutations = 0;
  document.addEventListener('DOMContentLoaded', () =>
    new MutationObserver((records) => (w.radlensTestMutations += records.length)).observe(
      document,
      { subtree: true, childList: true, attributes: true, characterData: true },
    ),
  );
}

/** The count `countMutationsAfterLoad` keeps. */
export function mutationCount(): number {
  return (window as unknown as { radlensTestMutations: number }).radlensTestMutations;
}
