/**
 * In a real firefox-esr: the sample chest report with RadLens's highlights, and the sidebar
 * page on it (findings, a topic with a note, its decision branches, the notes view, a
 * search), light and dark, at a sidebar's width, saved to .demo/screens/firefox/. Run by
 * `npm run screenshots -- --firefox`, on the build in .output/firefox-mv2. The browser's own
 * frame cannot be captured; the sidebar page is shown in a tab of the sidebar's width.
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension } from '../support/firefox';
import { ROOT, screenshotSession } from './screenshot-session';

const outDir = resolve(ROOT, '.demo/screens/firefox');

/** Firefox's override of prefers-color-scheme for web content: 0 dark, 1 light. */
const SCHEME_PREF = 'layout.css.prefers-color-scheme.content-override';

await screenshotSession(
  outDir,
  () => launchFirefoxWithExtension(),
  async (ff, origin) => {
    const page = await ff.openPage(`${origin}/chest.html`);
    await page.setViewport({ width: 900, height: 600 });
    await page.waitForFunction(() => (CSS.highlights.get('radlens-present')?.size ?? 0) > 0);
    await page.screenshot({ path: resolve(outDir, 'page.png') });
    const tabId = await ff.tabIdOf(page);
    const panel = await ff.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
    await panel.setViewport({ width: 380, height: 900 });
    const shoot = async (p: Page, name: string) => {
      for (const [scheme, value] of [
        ['light', 1],
        ['dark', 0],
      ] as const) {
        await ff.inBrowserWindow(`Services.prefs.setIntPref('${SCHEME_PREF}', ${value})`);
        await new Promise((done) => setTimeout(done, 300));
        const path = resolve(outDir, `${name}-${scheme}.png`);
        await p.screenshot({ path });
        console.log(path);
      }
    };
    await panel.locator('.finding').wait();
    await shoot(panel, 'findings');
    await panel
      .locator('.finding[data-topic-id="pulmonary-nodule"][data-status="present"]')
      .click();
    await panel.locator('textarea.note-body').fill('Chest clinic: Lung-RADS on Tuesdays.');
    await panel.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await panel.locator('.note-status').wait();
    await panel.evaluate(() => window.scrollTo(0, 0));
    await shoot(panel, 'topic');
    await panel.evaluate(() => document.querySelector('section.branches')?.scrollIntoView());
    await shoot(panel, 'topic-branches');
    await panel.locator('button[aria-label="Notes"], button ::-p-text(Notes)').click();
    await shoot(panel, 'notes');
    await panel.locator('[role="combobox"]').fill('pneumothorx');
    await panel.locator('[role="option"]').wait();
    await shoot(panel, 'search');
  },
);
