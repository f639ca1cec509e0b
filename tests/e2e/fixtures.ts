/**
 * Playwright fixtures: a fresh Chromium with the built extension for each test, and the
 * sample pages served on 127.0.0.1.
 */
import { expect, type Page } from '@playwright/test';
import {
  launchWithExtension,
  openPanelFor,
  tabIdOf,
  type ExtensionBrowser,
} from '../support/extension';
import { extensionSuite, type Opened } from '../support/suite';
import { finding } from './panel-view';

interface PanelFixtures {
  ext: ExtensionBrowser;
  /** Opens a sample page and its panel, and waits until the panel lists a finding. */
  openWithFindings: (sample: string) => Promise<Opened<Page>>;
  /** Opens a sample page and its panel, and clicks the finding of `topicId` to open its topic. */
  openTopic: (sample: string, topicId: string, status?: string) => Promise<Opened<Page>>;
}

export const test = extensionSuite<ExtensionBrowser, Page>(
  () => launchWithExtension(),
  async (ext, url) => {
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, page);
    return { page, panel: await openPanelFor(ext, tabId), tabId };
  },
).extend<PanelFixtures>({
  ext: async ({ launched }, use) => use(launched),
  openWithFindings: async ({ openWithPanel }, use) => {
    await use(async (sample) => {
      const opened = await openWithPanel(sample);
      await expect(opened.panel.locator('.finding').first()).toBeVisible();
      return opened;
    });
  },
  openTopic: async ({ openWithPanel }, use) => {
    await use(async (sample, topicId, status) => {
      const opened = await openWithPanel(sample);
      await finding(opened.panel, topicId, status).click();
      return opened;
    });
  },
});

export { expect };
