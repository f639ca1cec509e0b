/**
 * What browser tests do to a page and read back from it, shared by the specs: select text,
 * click "Look up … in RadLens" (the background's real menu listener), read RadLens's
 * highlights and find where a drawn mention is on screen.
 */
import type { Page, Worker } from '@playwright/test';

/** Selects the first occurrence of `text` in the page (in one text node). */
export async function select(page: Page, text: string): Promise<void> {
  await page.evaluate((wanted) => {
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
      return;
    }
    throw new Error(`"${wanted}" is not on the page`);
  }, text);
}

/** The window of tab `tabId`. */
export async function windowOf(ext: { worker: Worker }, tabId: number): Promise<number> {
  return ext.worker.evaluate(async (id) => (await chrome.tabs.get(id)).windowId, tabId);
}

/** Clicks "Look up “…” in RadLens" on `text`: the background's real menu listener runs. */
export async function lookUpFromMenu(
  ext: { worker: Worker },
  tabId: number,
  text: string,
): Promise<void> {
  const windowId = await windowOf(ext, tabId);
  await ext.worker.evaluate(
    ([id, win, selectionText]) =>
      chrome.contextMenus.onClicked.dispatch(
        { menuItemId: 'radlens-lookup', selectionText },
        { id, windowId: win },
      ),
    [tabId, windowId, text] as const,
  );
}

/** Sizes of RadLens's highlights in the page (0 when absent). */
export const highlightSizes = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(() =>
    Object.fromEntries(
      ['radlens-present', 'radlens-possible', 'radlens-absent'].map((name) => [
        name,
        CSS.highlights.get(name)?.size ?? 0,
      ]),
    ),
  );

/**
 * Where the first mention drawn in highlight `name` is on screen: a point inside its text,
 * near its start. Fails unless it is drawn with a StaticRange (what RadLens draws with: the
 * page pays nothing for static ranges when it changes).
 */
export function drawnMentionPoint(page: Page, name: string): Promise<{ x: number; y: number }> {
  return page.evaluate((highlight) => {
    const drawn = [...(CSS.highlights.get(highlight) ?? [])][0];
    if (!drawn) throw new Error(`nothing drawn in ${highlight}`);
    if (!(drawn instanceof StaticRange)) throw new Error('highlights should be StaticRanges');
    const range = document.createRange();
    range.setStart(drawn.startContainer, drawn.startOffset);
    range.setEnd(drawn.endContainer, drawn.endOffset);
    const rect = range.getBoundingClientRect();
    return { x: rect.left + Math.min(2, rect.width / 2), y: rect.top + rect.height / 2 };
  }, name);
}
