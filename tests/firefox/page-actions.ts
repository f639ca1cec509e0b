/**
 * What the Firefox tests do to a page through the browser itself: select text, open the real
 * context menu on it and choose RadLens's item, and fire RadLens's keyboard command through
 * the browser window's own key binding. Nothing here calls RadLens's listeners by hand.
 */
import type { Page } from 'puppeteer-core';
import { GECKO_ID, type FirefoxExtension } from '../support/firefox';

/** Selects the first occurrence of `text` (in one text node); returns a point inside it. */
export async function select(page: Page, text: string): Promise<{ x: number; y: number }> {
  return page.evaluate((wanted) => {
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
  }, text);
}

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
