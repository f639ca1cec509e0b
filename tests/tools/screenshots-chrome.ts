/**
 * The Chrome side panel's views (findings, topic, notes, lookup, search, a structured report's
 * findings) and the options page, light and dark, at a side panel's width, saved to
 * .demo/screens/ for a human to look at. Run by `npm run screenshots`, on the build in
 * .output/chrome-mv3.
 */
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import { launchWithExtension, openPanelFor, tabIdOf } from '../support/extension';
import { ROOT, screenshotSession } from './screenshot-session';

const outDir = resolve(ROOT, '.demo/screens');

await screenshotSession(
  outDir,
  () => launchWithExtension(),
  async (ext, origin) => {
    const page = await ext.context.newPage();
    await page.goto(`${origin}/chest.html`);
    const tabId = await tabIdOf(ext, page);
    const panel = await openPanelFor(ext, tabId);
    await panel.setViewportSize({ width: 380, height: 900 });
    const shoot = async (p: Page, name: string) => {
      for (const scheme of ['light', 'dark'] as const) {
        await p.emulateMedia({ colorScheme: scheme });
        await p.screenshot({ path: resolve(outDir, `${name}-${scheme}.png`), fullPage: false });
      }
    };
    await panel.locator('.finding').first().waitFor();
    await shoot(panel, 'findings');
    await panel
      .locator('.finding[data-topic-id="pulmonary-nodule"][data-status="present"]')
      .click();
    await panel.locator('textarea.note-body').fill('Chest clinic: Lung-RADS on Tuesdays.');
    await panel.locator('textarea.note-body').blur();
    await shoot(panel, 'topic');
    await panel.locator('section.branches').first().scrollIntoViewIfNeeded();
    await shoot(panel, 'topic-branches');
    await panel.getByRole('combobox', { name: 'Search topics' }).fill('pneumothorx');
    await panel.getByRole('option').first().waitFor();
    await shoot(panel, 'search');
    await panel.getByRole('combobox', { name: 'Search topics' }).press('Escape');
    await panel.getByRole('button', { name: 'Notes' }).click();
    await shoot(panel, 'notes');
    const windowId = await ext.worker.evaluate(
      async (id) => (await chrome.tabs.get(id)).windowId,
      tabId,
    );
    await ext.worker.evaluate(
      ([id, win]) =>
        chrome.contextMenus.onClicked.dispatch(
          { menuItemId: 'radlens-lookup', selectionText: 'AAA' },
          { id: id!, windowId: win! },
        ),
      [tabId, windowId],
    );
    await panel.locator('article.topic h1').waitFor();
    await shoot(panel, 'lookup');
    const options = await ext.context.newPage();
    await options.setViewportSize({ width: 800, height: 900 });
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await options.locator('h1').waitFor();
    await shoot(options, 'options');
    // A structured CT report: each finding with its organ and side.
    await page.goto(`${origin}/ct-abdomen-pelvis.html`);
    await panel.getByRole('button', { name: 'Findings' }).click();
    await panel.locator('.finding[data-topic-id="nephrolithiasis"]').first().waitFor();
    await shoot(panel, 'structured');
  },
);
