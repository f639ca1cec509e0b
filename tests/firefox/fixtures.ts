/**
 * Fixtures for the Firefox browser tests: a fresh Firefox with the built Firefox extension for
 * each test, the sample pages served on 127.0.0.1, and small readers of a page's DOM (Puppeteer
 * has no auto-waiting locators: tests poll these with `expect.poll`).
 */
import type { Page } from 'puppeteer-core';
import { launchFirefoxWithExtension, type FirefoxExtension } from '../support/firefox';
import { extensionSuite } from '../support/suite';

export const test = extensionSuite<FirefoxExtension, Page>(
  () => launchFirefoxWithExtension(),
  async (ff, url) => {
    const page = await ff.openPage(url);
    const tabId = await ff.tabIdOf(page);
    return { page, panel: await ff.openExtensionPage(`sidepanel.html?tabId=${tabId}`), tabId };
  },
).extend<{ ff: FirefoxExtension }>({
  ff: async ({ launched }, use) => use(launched),
});

export { expect } from '@playwright/test';

/** How many elements match `selector` now. */
export const count = (page: Page, selector: string): Promise<number> =>
  page.$$eval(selector, (elements) => elements.length);

/** The text of every element matching `selector`, trimmed. */
export const texts = (page: Page, selector: string): Promise<string[]> =>
  page.$$eval(selector, (elements) => elements.map((e) => e.textContent?.trim() ?? ''));

/** The text of the first element matching `selector` ('' when there is none). */
export const text = async (page: Page, selector: string): Promise<string> =>
  (await texts(page, selector))[0] ?? '';

/**
 * The real sidebar's document, read through an extension page: the text of `selector` in it,
 * or undefined while the sidebar is closed or still loading.
 */
export const sidebarText = (ff: FirefoxExtension, selector: string): Promise<string | undefined> =>
  ff.api.evaluate((sel) => {
    const [view] = browser.extension.getViews({ type: 'sidebar' });
    return view?.document.querySelector(sel)?.textContent?.trim();
  }, selector);

/** Clicks the first element matching `selector` once it is there and visible (a real click). */
export const click = (page: Page, selector: string): Promise<void> =>
  page.locator(selector).click();
