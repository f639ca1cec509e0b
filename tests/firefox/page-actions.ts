/**
 * What the Firefox tests do to a page and read back from it: select text, read RadLens's
 * highlights, open the real context menu on a selection and choose RadLens's item, and fire
 * RadLens's keyboard command through the browser window's own key binding. Nothing here calls
 * RadLens's listeners by hand.
 */
import type { Page } from 'puppeteer-core';
import { GECKO_ID, type FirefoxExtension } from '../support/firefox';
import {
  drawnMentionPoint as inPageDrawnMentionPoint,
  highlightSizes as inPageHighlightSizes,
  HIGHLIGHTS,
  selectText,
} from '../support/in-page';

/** Selects the first occurrence of `text` (in one text node); returns a point inside it. */
export const select = (page: Page, text: string): Promise<{ x: number; y: number }> =>
  page.evaluate(selectText, text);

/** Sizes of RadLens's highlights in the page's own registry (0 when absent). */
export const highlightSizes = (page: Page): Promise<Record<string, number>> =>
  page.evaluate(inPageHighlightSizes, HIGHLIGHTS);

/** A point inside the first mention drawn in highlight `name` (a StaticRange), near its start. */
export const drawnMentionPoint = (page: Page, name: string): Promise<{ x: number; y: number }> =>
  page.evaluate(inPageDrawnMentionPoint, name);

/** The id Firefox gives RadLens's things in the browser window (`radlens_radlens_invalid`). */
const WIDGET_ID = GECKO_ID.replace(/[^a-z0-9_-]/gi, '_');

/**
 * Right-clicks the selected `text` and chooses "Look up “…” in RadLens" in the browser's own
 * context menu. Returns the item's label as the menu showed it.
 */
export async function lookUpFromMenu(
  ff: FirefoxExtension,
  page: Page,
  text: string,
): Promise<string> {
  await page.bringToFront();
  const point = await select(page, text);
  await page.mouse.click(point.x, point.y, { button: 'right' });
  const label = await ff.inBrowserWindow(`(async () => {
    const menu = document.getElementById('contentAreaContextMenu');
    for (let i = 0; i < 100 && menu.state !== 'open'; i++) await new Promise((r) => setTimeout(r, 50));
    const item = [...menu.querySelectorAll('menuitem')].find(
      (i) => i.id.startsWith(${JSON.stringify(WIDGET_ID)}) && !i.hidden,
    );
    if (!item) throw new Error('RadLens has no item in the context menu (' + menu.state + ')');
    const label = item.label;
    menu.activateItem(item);
    return label;
  })()`);
  return String(label);
}

/** Fires RadLens's keyboard command (Alt+Shift+L) through the browser window's key binding. */
export async function pressLookupCommand(ff: FirefoxExtension, page: Page): Promise<string> {
  await page.bringToFront();
  const binding = await ff.inBrowserWindow(`(() => {
    const key = document.querySelector('#ext-keyset-id-${WIDGET_ID} key');
    if (!key) throw new Error('RadLens has no key binding in the browser window');
    const binding = key.getAttribute('modifiers') + '+' + key.getAttribute('key');
    key.doCommand();
    return binding;
  })()`);
  return String(binding);
}
