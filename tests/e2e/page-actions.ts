/**
 * What browser tests do to a page and read back from it, shared by the specs: select text,
 * click "Look up … in RadLens" (the background's real menu listener), read RadLens's
 * highlights and find where a drawn mention is on screen.
 */
import type { BrowserContext, Page, Worker } from '@playwright/test';
import {
  drawnMentionPoint as inPageDrawnMentionPoint,
  highlightSizes as inPageHighlightSizes,
  HIGHLIGHTS,
  selectText,
} from '../support/in-page';

/** Opens `url` in a new tab; `init`, when given, runs first in every document the tab loads. */
export async function openPage(
  ext: { context: BrowserContext },
  url: string,
  init?: () => void,
): Promise<Page> {
  const page = await ext.context.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(url);
  return page;
}

/** Selects the first occurrence of `text` in the page (in one text node). */
export async function select(page: Page, text: string): Promise<void> {
  await page.evaluate(selectText, text);
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
  page.evaluate(inPageHighlightSizes, HIGHLIGHTS);

/**
 * Where the first mention drawn in highlight `name` is on screen: a point inside its text,
 * near its start; it must be drawn with a StaticRange.
 */
export const drawnMentionPoint = (page: Page, name: string): Promise<{ x: number; y: number }> =>
  page.evaluate(inPageDrawnMentionPoint, name);
