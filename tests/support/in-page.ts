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

/** Appends a paragraph saying `text` (with `id`, if given) to the page's body. */
export function appendParagraph({ text, id }: { text: string; id?: string }): void {
  const p = document.createElement('p');
  if (id) p.id = id;
  p.textContent = text;
  document.body.append(p);
}

/**
 * What a hostile page does to drive RadLens without the user, all of which must change
 * nothing: messages shaped like RadLens's own posted to the window; WXT's events for the
 * content script of extension `extensionId`, forged ("a newer copy started", which would end
 * the script, and "the address changed", which would read the page afresh); a synthetic click
 * at `point` (a real one on a mention opens its topic); a selection with synthetic mouseup and
 * keyup (real ones show the button); and attributes RadLens might be thought to read.
 */
export function forgeFromPage([extensionId, point]: readonly [
  string,
  { x: number; y: number },
]): void {
  for (const message of [
    { type: 'lookup:topic', topicId: 'pneumothorax' },
    { type: 'lookup:selection', text: 'pneumothorax' },
    { type: 'findings:changed', present: 99, total: 99, urgency: 'critical' },
    { type: 'findings:get' },
  ]) {
    window.postMessage(message, '*');
  }
  const started = `${extensionId}:content:wxt:content-script-started`;
  const detail = { contentScriptName: 'content', messageId: 'forged' };
  document.dispatchEvent(new CustomEvent(started, { detail }));
  window.postMessage({ type: started, ...detail }, '*');
  window.dispatchEvent(new Event(`${extensionId}:content:wxt:locationchange`));
  const at = { clientX: point.x, clientY: point.y, bubbles: true };
  document.elementFromPoint(at.clientX, at.clientY)!.dispatchEvent(new MouseEvent('click', at));
  const text = document.querySelector('pre')!.firstChild!;
  const selected = document.createRange();
  selected.setStart(text, 0);
  selected.setEnd(text, 40);
  getSelection()!.removeAllRanges();
  getSelection()!.addRange(selected);
  document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
  document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
  document.documentElement.setAttribute('data-radlens-mode', 'off');
  document.body.setAttribute('data-radlens', 'disabled');
}

/**
 * The page covers everything with its own layer at the highest z-index, placed after
 * RadLens's selection button so that it would paint over it.
 */
export function coverPage(): void {
  const cover = document.createElement('div');
  cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.2)';
  document.documentElement.append(cover);
}
