/**
 * Starts Chromium with the built extension loaded, in a fresh profile, the way the demo and
 * the browser tests need it, and finds the extension's id from its service worker.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { findChromium } from './browser';

/** Where `npm run build` puts the Chrome build. */
export const CHROME_BUILD = resolve(import.meta.dirname, '../../.output/chrome-mv3');

/** A browser with the extension loaded. */
export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  close(): Promise<void>;
}

/** Launches Chromium with the extension at `extensionDir`. */
export async function launchWithExtension({
  headless = true,
  extensionDir = CHROME_BUILD,
  args = [],
}: {
  headless?: boolean;
  extensionDir?: string;
  /** More Chromium switches (a test's proxy, say). */
  args?: string[];
} = {}): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'radlens-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChromium(),
    headless,
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      ...args,
    ],
  });
  const worker =
    context.serviceWorkers()[0] ??
    (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    worker,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing `page`: brought to the front, it is the active tab. */
export async function tabIdOf(browser: ExtensionBrowser, page: Page): Promise<number> {
  await page.bringToFront();
  const id = await browser.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab?.id;
  });
  if (typeof id !== 'number') throw new Error(`no tab found for ${page.url()}`);
  return id;
}

/** Opens the side panel page as a tab, pinned to the tab `tabId`. */
export async function openPanelFor(browser: ExtensionBrowser, tabId: number): Promise<Page> {
  const panel = await browser.context.newPage();
  await panel.goto(`chrome-extension://${browser.extensionId}/sidepanel.html?tabId=${tabId}`);
  return panel;
}
