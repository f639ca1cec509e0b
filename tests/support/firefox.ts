/**
 * Starts a real Firefox (Debian's firefox-esr) with the built Firefox extension installed as a
 * temporary add-on, driven by puppeteer-core over WebDriver BiDi, for the Firefox browser
 * tests and the Firefox screenshots. No Firefox is a hard error saying what to install.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findBrowser } from './browser';

/** Where `npm run build:firefox` puts the Firefox build. */
export const FIREFOX_BUILD = resolve(import.meta.dirname, '../../.output/firefox-mv2');
/** The add-on id in the Firefox manifest (wxt.config.ts). */
export const GECKO_ID = 'radlens@radlens.invalid';
/** The extension's internal UUID, fixed so tests know its moz-extension:// origin. */
const EXTENSION_UUID = '2f5a3c1e-7b9d-4e2a-9c4f-5d6e7f8a9b0c';

/** The Firefox executable to use, or an Error saying what to install. */
export const findFirefox = (env: NodeJS.ProcessEnv = process.env): string =>
  findBrowser(
    {
      variable: 'FIREFOX_PATH',
      candidates: ['/usr/bin/firefox-esr', '/usr/bin/firefox'],
      install:
        'No Firefox found. Install one: on Debian/Ubuntu `apt-get install -y firefox-esr`, ' +
        'or set FIREFOX_PATH to a Firefox executable.',
    },
    env,
  );

/** A Firefox with RadLens installed. */
export interface FirefoxExtension {
  /** Puppeteer's handle on the browser. */
  firefox: Browser;
  /** `moz-extension://<uuid>`, the extension's origin. */
  origin: string;
  /** An extension page in a tab: it has the whole `browser` API, as the tests' hands. */
  api: Page;
  /** Opens an extension page (`sidepanel.html?tabId=3`) in a new tab, loaded. */
  openExtensionPage(path: string): Promise<Page>;
  /** Reloads an extension page and waits until the new document has loaded. */
  reload(page: Page): Promise<Page>;
  /** Opens a web page in a new tab, loaded. */
  openPage(url: string): Promise<Page>;
  /** The tab id of `page`: brought to the front, it is the active tab. */
  tabIdOf(page: Page): Promise<number>;
  /** Evaluates `expression` in the browser window's own (chrome) document, browser.xhtml. */
  inBrowserWindow(expression: string): Promise<unknown>;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Opens `url` in `page` and waits until its document has loaded (moz-extension:// too). */
export async function loaded(page: Page, url: string): Promise<Page> {
  const deadline = Date.now() + 15_000;
  // page.goto to a moz-extension:// page never resolves over BiDi: start it and poll.
  page.goto(url).catch(() => {});
  while (Date.now() < deadline) {
    // Puppeteer's own page.url() may lag behind: ask the document.
    const state = await page
      .evaluate(() => ({ href: location.href, ready: document.readyState }))
      .catch(() => undefined);
    if (state?.href === url && state.ready === 'complete') return page;
    await sleep(50);
  }
  throw new Error(`${url} did not load in 15 s`);
}

interface BidiConnection {
  send(method: string, params: object): Promise<{ result: unknown }>;
}

/** Launches Firefox with the Firefox build at `extensionDir` installed. */
export async function launchFirefoxWithExtension({
  headless = true,
  extensionDir = FIREFOX_BUILD,
  prefs = {},
}: {
  headless?: boolean;
  extensionDir?: string;
  /** More Firefox preferences (a test's proxy, say). */
  prefs?: Record<string, unknown>;
} = {}): Promise<FirefoxExtension> {
  if (!existsSync(join(extensionDir, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${extensionDir}: run \`npm run build:firefox\` first.`);
  }
  const profile = await mkdtemp(join(tmpdir(), 'radlens-firefox-'));
  const firefox = await puppeteer.launch({
    browser: 'firefox',
    executablePath: findFirefox(),
    headless,
    userDataDir: profile,
    defaultViewport: { width: 1280, height: 900 },
    // BiDi refuses moz-extension:// pages and the browser window without it.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      ...prefs,
    },
  });
  try {
    await firefox.installExtension(extensionDir);
    const origin = `moz-extension://${EXTENSION_UUID}`;
    const openExtensionPage = async (path: string) =>
      loaded(await firefox.newPage(), `${origin}/${path}`);
    const api = await openExtensionPage('options.html');
    const connection = (firefox as unknown as { connection: BidiConnection }).connection;
    return {
      firefox,
      origin,
      api,
      openExtensionPage,
      async reload(page) {
        // page.reload() never resolves for moz-extension:// pages over BiDi either.
        const url = await page.evaluate(() => {
          (window as { radlensOld?: true }).radlensOld = true;
          return location.href;
        });
        void page.evaluate(() => location.reload()).catch(() => {});
        const deadline = Date.now() + 15_000;
        while (Date.now() < deadline) {
          const fresh = await page
            .evaluate(
              () =>
                !(window as { radlensOld?: true }).radlensOld && document.readyState === 'complete',
            )
            .catch(() => false);
          if (fresh) return page;
          await sleep(50);
        }
        throw new Error(`${url} did not reload in 15 s`);
      },
      async openPage(url) {
        const page = await firefox.newPage();
        await page.goto(url);
        return page;
      },
      async tabIdOf(page) {
        await page.bringToFront();
        const id = await api.evaluate(async () => {
          const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
          return tab?.id;
        });
        if (typeof id !== 'number') throw new Error(`no tab found for ${page.url()}`);
        return id;
      },
      async inBrowserWindow(expression) {
        const tree = (await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' }))
          .result as { contexts: { context: string; url: string }[] };
        const window = tree.contexts.find((c) => c.url.endsWith('/browser.xhtml'));
        if (!window) throw new Error('no browser window');
        const answer = (
          await connection.send('script.evaluate', {
            expression,
            target: { context: window.context },
            awaitPromise: true,
            resultOwnership: 'none',
          })
        ).result as { type: string; result?: { value?: unknown }; exceptionDetails?: unknown };
        if (answer.type !== 'success') {
          throw new Error(`browser window: ${JSON.stringify(answer.exceptionDetails)}`);
        }
        return answer.result?.value;
      },
      async close() {
        await firefox.close();
        await rm(profile, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await firefox.close();
    await rm(profile, { recursive: true, force: true });
    throw error;
  }
}
