/**
 * Firefox: highlight-to-lookup through the browser's own context menu (a real right-click and
 * the menu item chosen) and through the keyboard command's key binding, each opening the
 * best topic in the browser's own sidebar (the menu click and the key are user gestures).
 */
import type { Page } from 'puppeteer-core';
import { count, expect, sidebarText, test } from './fixtures';
import { lookUpFromMenu, pressLookupCommand, select } from './page-actions';

/**
 * Opens a sample and waits until it is read, then closes the pinned panel tab: the sidebar,
 * which Firefox opened at install, is then the one panel to take the lookup.
 */
async function readBySidebarOnly(
  openWithPanel: (sample: string) => Promise<{ page: Page; panel: Page }>,
  sample: string,
): Promise<Page> {
  const { page, panel } = await openWithPanel(sample);
  await expect.poll(() => count(panel, '.finding')).toBeGreaterThan(0);
  await panel.close();
  return page;
}

test('context menu: "Look up “PTX” in RadLens" opens the pneumothorax topic', async ({
  ff,
  openWithPanel,
}) => {
  const page = await readBySidebarOnly(openWithPanel, 'chest.html');
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Comparison: no PTX on the prior film.';
    document.body.append(p);
  });
  const label = await lookUpFromMenu(ff, page, 'PTX');
  expect(label).toBe('Look up “PTX” in RadLens');
  // The menu click is a user gesture: the browser's own sidebar opens on the topic.
  await expect.poll(() => sidebarText(ff, 'article.topic h1')).toBe('Pneumothorax');
});

test('context menu: a site-specific selection resolves through the lexicon; a miss prefills search', async ({
  ff,
  openWithPanel,
}) => {
  const page = await readBySidebarOnly(openWithPanel, 'report.html');
  await lookUpFromMenu(ff, page, 'Mild bilateral hip joint space loss');
  await expect.poll(() => sidebarText(ff, 'article.topic h1')).toMatch(/hip|osteoarthritis/i);
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Signed by qwzx vbnm.';
    document.body.append(p);
  });
  await lookUpFromMenu(ff, page, 'qwzx vbnm');
  // The sidebar is open now: it takes the second lookup as it is.
  await expect.poll(() => sidebarText(ff, '.lookup-miss')).toContain('qwzx vbnm');
  const query = await ff.api.evaluate(() => {
    const [view] = browser.extension.getViews({ type: 'sidebar' });
    return view?.document.querySelector<HTMLInputElement>('[role="combobox"]')?.value;
  });
  expect(query).toBe('qwzx vbnm');
});

test('keyboard command: Alt+Shift+L looks up the text selected in the page', async ({
  ff,
  openWithPanel,
}) => {
  const page = await readBySidebarOnly(openWithPanel, 'chest.html');
  await page.bringToFront();
  await select(page, 'Small left pleural effusion');
  expect(await pressLookupCommand(ff, page)).toBe('alt,shift+L');
  await expect.poll(() => sidebarText(ff, 'article.topic h1')).toBe('Pleural effusion');
});
