/**
 * Playwright fixtures: a fresh Chromium with the built extension for each test, and the
 * sample pages served on 127.0.0.1.
 */
import type { Page } from '@playwright/test';
import {
  launchWithExtension,
  openPanelFor,
  tabIdOf,
  type ExtensionBrowser,
} from '../support/extension';
import { extensionSuite } from '../support/suite';

export const test = extensionSuite<ExtensionBrowser, Page>(
  () => launchWithExtension(),
  async (ext, url) => {
    const page = await ext.context.newPage();
    await page.goto(url);
    const tabId = await tabIdOf(ext, page);
    return { page, panel: await openPanelFor(ext, tabId), tabId };
  },
).extend<{ ext: ExtensionBrowser }>({
  ext: async ({ launched }, use) => use(launched),
});

export { expect } from '@playwright/test';
