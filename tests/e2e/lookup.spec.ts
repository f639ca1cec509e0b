/**
 * Highlight-to-lookup: the context-menu item, the keyboard command and the selection button
 * each open the best topic in the panel. The tests call the background's real listeners
 * (Chrome lets an extension event be dispatched by hand) since a browser menu cannot be
 * clicked from a test.
 */
import type { Page } from '@playwright/test';
import { BUTTON_HOST } from '../../utils/dom/selection-button';
import type { ExtensionBrowser } from '../support/extension';
import { expect, test } from './fixtures';
import { topicTitle } from './panel-view';
import { lookUpFromMenu, select, windowOf } from './page-actions';

/** Each way in, from a selection in the page: how it is asked for, and the topic it opens. */
const lookups: {
  title: string;
  sample: string;
  ask: (ext: ExtensionBrowser, page: Page, tabId: number) => Promise<void>;
  topic: string | RegExp;
}[] = [
  {
    title: 'context menu: "Look up “PTX” in RadLens" opens the pneumothorax topic',
    sample: 'chest.html',
    ask: (ext, _page, tabId) => lookUpFromMenu(ext, tabId, 'PTX'),
    topic: 'Pneumothorax',
  },
  {
    title: 'context menu: a selection naming a site-specific finding resolves through the lexicon',
    sample: 'report.html',
    ask: (ext, _page, tabId) =>
      lookUpFromMenu(ext, tabId, 'mild joint space narrowing of the right hip'),
    topic: /hip/i,
  },
  {
    title: 'keyboard command: Alt+Shift+L looks up the text selected in the page',
    sample: 'chest.html',
    ask: async (ext, page, tabId) => {
      await select(page, 'Small left pleural effusion');
      const windowId = await windowOf(ext, tabId);
      const manifest = await ext.worker.evaluate(() => chrome.runtime.getManifest());
      expect(JSON.stringify(manifest)).toContain('Alt+Shift+L');
      await ext.worker.evaluate(
        ([id, win]) =>
          chrome.commands.onCommand.dispatch('lookup-selection', { id: id!, windowId: win! }),
        [tabId, windowId],
      );
    },
    topic: 'Pleural effusion',
  },
];

for (const { title, sample, ask, topic } of lookups) {
  test(title, async ({ ext, openWithFindings }) => {
    const { page, panel, tabId } = await openWithFindings(sample);
    await ask(ext, page, tabId);
    await expect(topicTitle(panel)).toHaveText(topic);
  });
}

test('context menu: nothing found offers the search box prefilled', async ({
  ext,
  openWithPanel,
}) => {
  const { panel, tabId } = await openWithPanel('chest.html');
  await lookUpFromMenu(ext, tabId, 'qwzx vbnm');
  await expect(panel.locator('.lookup-miss')).toContainText('qwzx vbnm');
  await expect(panel.getByRole('combobox', { name: 'Search topics' })).toHaveValue('qwzx vbnm');
});

test('selection button: appears next to a selection, opens the side panel and the topic', async ({
  ext,
  openWithFindings,
}) => {
  const { page, panel } = await openWithFindings('chest.html');
  await select(page, 'The heart is mildly enlarged');
  await page.keyboard.press('Shift'); // the user's own key (a page's events are ignored)
  const host = page.locator(BUTTON_HOST);
  await expect(host).toBeVisible();
  // Its content is in a closed shadow root: the page sees an empty element.
  expect(await host.evaluate((el) => el.shadowRoot)).toBeNull();
  const box = (await host.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(topicTitle(panel)).toHaveText(/^Cardiomegaly/);
  await expect(host).toBeHidden();
  // The click was a user gesture: the browser's own side panel opened too.
  const cdp = await ext.context.browser()!.newBrowserCDPSession();
  const sidePanelUrl = `chrome-extension://${ext.extensionId}/sidepanel.html`;
  await expect
    .poll(async () => {
      const { targetInfos } = await cdp.send('Target.getTargets');
      return targetInfos.some((t) => t.url === sidePanelUrl);
    })
    .toBe(true);
});

test('selection button: never in editable fields, and off when the user turns it off', async ({
  ext,
  openWithFindings,
}) => {
  const { page } = await openWithFindings('chest.html');
  const host = page.locator(BUTTON_HOST);

  await page.evaluate(() => {
    const area = document.createElement('textarea');
    area.value = 'small left pleural effusion';
    document.body.prepend(area);
    area.focus();
    area.select();
  });
  await page.keyboard.press('Shift'); // the user's own key (a page's events are ignored)
  await page.waitForTimeout(400);
  await expect(host).toHaveCount(0);

  await ext.worker.evaluate(() =>
    chrome.storage.local.set({ settings: { selectionButton: false } }),
  );
  await page.locator('h1').click();
  await select(page, 'The heart is mildly enlarged');
  await page.keyboard.press('Shift'); // the user's own key (a page's events are ignored)
  await page.waitForTimeout(400);
  await expect(host).toHaveCount(0);

  // Turned back on, it appears at once (no reload).
  await ext.worker.evaluate(() =>
    chrome.storage.local.set({ settings: { selectionButton: true } }),
  );
  await select(page, 'The heart is mildly enlarged');
  await page.keyboard.press('Shift'); // the user's own key (a page's events are ignored)
  await expect(host).toBeVisible();
});

test('search: typo-tolerant results, arrow keys and Enter open a topic, Escape goes back', async ({
  openWithFindings,
}) => {
  const { panel } = await openWithFindings('chest.html');
  const box = panel.getByRole('combobox', { name: 'Search topics' });
  await box.fill('pneumothorx');
  const options = panel.getByRole('option');
  await expect(options.first()).toContainText('Pneumothorax');
  await box.fill('effus');
  await expect(options.filter({ hasText: 'Pleural effusion' })).toHaveCount(1);
  const count = await options.count();
  expect(count).toBeGreaterThan(1);
  await expect(box).toHaveAttribute('aria-activedescendant', 'search-option-0');
  await box.press('ArrowDown');
  await expect(box).toHaveAttribute('aria-activedescendant', 'search-option-1');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  const second = (await options.nth(1).locator('.hit-title').textContent())!;
  await box.press('Enter');
  await expect(topicTitle(panel)).toHaveText(second);

  await box.fill('bosniak');
  await expect(options.first()).toContainText('Renal cyst');
  await box.press('Escape');
  await expect(box).toHaveValue('');
  await expect(topicTitle(panel)).toHaveText(second);
});

test('options: the selection button setting is saved and read back', async ({ ext }) => {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  const box = options.getByRole('checkbox', { name: /Look up in RadLens/ });
  await expect(box).toBeChecked();
  await box.uncheck();
  await expect
    .poll(() =>
      ext.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings),
    )
    .toMatchObject({ selectionButton: false });
  await options.reload();
  await expect(options.getByRole('checkbox', { name: /Look up in RadLens/ })).not.toBeChecked();
});
