/**
 * Playwright fixtures: a fresh Chromium with the built extension for each test, and the
 * sample pages served on 127.0.0.1.
 */
import { test as base, type Page } from '@playwright/test';
import {
  launchWithExtension,
  openPanelFor,
  tabIdOf,
  type ExtensionBrowser,
} from '../support/extension';
import { samplesFixture, type StaticServer } from '../support/serve';

interface Fixtures {
  ext: ExtensionBrowser;
  /** Opens a sample page and the side panel pinned to its tab. */
  openWithPanel: (sample: string) => Promise<{ page: Page; panel: Page; tabId: number }>;
}

export const test = base.extend<Fixtures, { samples: StaticServer }>({
  samples: samplesFixture,
  ext: async ({}, use) => {
    const ext = await launchWithExtension();
    await use(ext);
    await ext.close();
  },
  openWithPanel: async ({ ext, samples }, use) => {
    await use(async (sample) => {
      const page = await ext.context.newPage();
      await page.goto(`${samples.origin}/${sample}`);
      const tabId = await tabIdOf(ext, page);
      const panel = await openPanelFor(ext, tabId);
      return { page, panel, tabId };
    });
  },
});

export { expect } from '@playwright/test';
