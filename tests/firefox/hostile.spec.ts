/** Firefox: hostile pages, other add-ons and bad messages cannot drive RadLens or bury its button. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { BUTTON_HOST } from '../../utils/dom/selection-button';
import { framesKey } from '../../utils/messaging';
import { GECKO_ID, loaded, type FirefoxExtension } from '../support/firefox';
import * as hostile from '../support/hostile';
import { appendParagraph, coverPage, forgeFromPage } from '../support/in-page';
import type { Opened } from '../support/suite';
import { count, expect, test, texts } from './fixtures';
import { drawnMentionPoint, highlightSizes, select } from './page-actions';

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const statsOf = (ff: FirefoxExtension, tabId: number) =>
  ff.api.evaluate(
    (id) => browser.tabs.sendMessage(id, { type: 'findings:stats' }, { frameId: 0 }),
    tabId,
  ) as Promise<hostile.Stats | undefined>;

type Listed = { findings: { topicId: string; status: string; start: number; end: number }[] };

/** The top frame's findings as the panel gets them, one line each. */
const findingsOf = (ff: FirefoxExtension, tabId: number) =>
  ff.api.evaluate(async (id) => {
    const request = { type: 'findings:get' };
    const answer = (await browser.tabs.sendMessage(id, request, { frameId: 0 })) as Listed;
    return answer.findings.map((f) => `${f.topicId} ${f.status} ${f.start}-${f.end}`);
  }, tabId);

const badgeOf = (ff: FirefoxExtension, tabId: number) =>
  ff.api.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);

/** The background's per-frame counts of the tab: every report a frame sends bumps `scans`. */
const framesOf = (ff: FirefoxExtension, tabId: number) =>
  ff.api.evaluate(async (key) => (await browser.storage.session.get(key))[key], framesKey(tabId));

/** The tab's badge and the background's per-frame counts. */
const countsOf = async (ff: FirefoxExtension, tabId: number) => ({
  badge: await badgeOf(ff, tabId),
  frames: await framesOf(ff, tabId),
});

/** chest.html and its panel, once the badge counts its findings; the counts then. */
async function openCounted(ff: FirefoxExtension, open: (sample: string) => Promise<Opened<Page>>) {
  const { tabId } = await open('chest.html');
  await expect.poll(() => badgeOf(ff, tabId)).toMatch(/^[1-9]/);
  return { tabId, counts: await countsOf(ff, tabId) };
}

const drawnCount = async (page: Page) =>
  Object.values(await highlightSizes(page)).reduce((sum, size) => sum + size, 0);

/** The centre of RadLens's selection button when it is shown, else null. */
const buttonCentre = (page: Page) =>
  page.evaluate((name) => {
    const host = document.querySelector(name);
    if (!host || getComputedStyle(host).display === 'none') return null;
    const box = host.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return null;
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  }, BUTTON_HOST);

/**
 * Everything RadLens's panels show: the panel page in its tab, then Firefox's own sidebar
 * (open since install, so it too takes the lookups the background offers).
 */
const panelsText = async (ff: FirefoxExtension, panel: Page) => [
  await panel.evaluate(() => document.body.innerText),
  ...(await ff.api.evaluate(() =>
    browser.extension.getViews({ type: 'sidebar' }).map((view) => view.document.body.innerText),
  )),
];

/** How many findings each panel lists (the panel page's tab, then the sidebar). */
const findingsListed = async (ff: FirefoxExtension, panel: Page) => [
  await count(panel, '.finding'),
  ...(await ff.api.evaluate(() =>
    browser.extension
      .getViews({ type: 'sidebar' })
      .map((view) => view.document.querySelectorAll('.finding').length),
  )),
];

/** The titles of the topics open in RadLens's panels (the panel page's tab, the sidebar). */
const topicsShown = async (ff: FirefoxExtension, panel: Page) => [
  ...(await texts(panel, 'article.topic h1')),
  ...(await ff.api.evaluate(() =>
    browser.extension
      .getViews({ type: 'sidebar' })
      .flatMap((view) =>
        [...view.document.querySelectorAll('article.topic h1')].map((h) => h.textContent),
      ),
  )),
];

test('forged messages, events, clicks and attributes from the page change nothing', async ({
  ff,
  openWithPanel,
}) => {
  const { page, panel, tabId } = await openWithPanel('chest.html');
  // The panel's tab opened last; the page's tab in front gets the real input.
  await page.bringToFront();
  // Every panel done listing the page's findings, so that the "before" is settled.
  await expect
    .poll(async () => {
      const listed = await findingsListed(ff, panel);
      return listed[0]! > 0 && listed.every((n) => n === listed[0]);
    })
    .toBe(true);
  await expect.poll(async () => (await statsOf(ff, tabId))?.drawn ?? 0).toBeGreaterThan(0);
  await expect.poll(() => badgeOf(ff, tabId)).toMatch(/^[1-9]/);
  await expect.poll(() => framesOf(ff, tabId)).toBeDefined();
  const before = {
    stats: await statsOf(ff, tabId),
    findings: await findingsOf(ff, tabId),
    badge: await badgeOf(ff, tabId),
    frames: await framesOf(ff, tabId),
    highlights: await highlightSizes(page),
    panels: await panelsText(ff, panel),
  };
  const mention = await drawnMentionPoint(page, 'radlens-present');

  // In Firefox the content script's runtime.id, which WXT builds its event names from, is the
  // gecko id (see .output/firefox-mv2/content-scripts/content.js).
  // The page forges messages, WXT's events, a click, a selection and attributes.
  await page.evaluate(forgeFromPage, [GECKO_ID, mention] as const);
  // Long enough for whatever the forgeries set off: message round trips, the button's delay.
  await sleep(1500);

  // No topic opened, no lookup offered, no button shown.
  expect(await topicsShown(ff, panel)).toEqual([]);
  expect(await count(page, BUTTON_HOST)).toBe(0);
  expect(await panelsText(ff, panel)).toEqual(before.panels);
  // Still the same script, not restarted and not re-reading (no new report to the background),
  // its findings and marks in place, the badge as it was.
  expect(await statsOf(ff, tabId)).toEqual(before.stats);
  expect(await findingsOf(ff, tabId)).toEqual(before.findings);
  expect(await framesOf(ff, tabId)).toEqual(before.frames);
  expect(await highlightSizes(page)).toEqual(before.highlights);
  expect(await badgeOf(ff, tabId)).toBe(before.badge);
  // The page wipes RadLens's highlights from the (shared) registry: the next redraw, after
  // the next real change, draws them all again.
  await page.evaluate(() => CSS.highlights.clear());
  // The script still answers and still follows real changes of the page.
  await page.evaluate(appendParagraph, { text: 'Addendum: small right pneumothorax.' });
  await expect
    .poll(() => count(panel, '.finding[data-topic-id="pneumothorax"][data-status="present"]'))
    .toBe(1);
  await expect.poll(() => drawnCount(page)).toBe(before.stats!.drawn + 1);
  // And a real click on a mention still opens its topic: the forged one above could have.
  const real = await drawnMentionPoint(page, 'radlens-present');
  await page.mouse.click(real.x, real.y);
  await expect.poll(() => topicsShown(ff, panel)).toEqual(['Pulmonary nodule']);
});

/** A minimal other add-on with one page to act from. */
async function installOtherAddOn(ff: FirefoxExtension, dir: string): Promise<Page> {
  const id = 'other@radlens.invalid';
  await writeFile(
    join(dir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 2,
      name: 'Other add-on',
      version: '1.0',
      browser_specific_settings: { gecko: { id } },
    }),
  );
  await writeFile(join(dir, 'page.html'), '<!doctype html><title>other</title>');
  await ff.firefox.installExtension(dir);
  const uuid = await ff.inBrowserWindow(
    `WebExtensionPolicy.getByID(${JSON.stringify(id)}).mozExtensionHostname`,
  );
  const url = `moz-extension://${String(uuid)}/page.html`;
  return loaded(await ff.firefox.newPage(), url);
}

test('another add-on cannot reach RadLens; RadLens answers its own pages only in the expected shape', async ({
  ff,
  openWithPanel,
}) => {
  const { tabId, counts } = await openCounted(ff, openWithPanel);
  const dir = await mkdtemp(join(tmpdir(), 'radlens-other-addon-'));
  try {
    const other = await installOtherAddOn(ff, dir);
    // Firefox hands another add-on's messages to RadLens's onMessageExternal (it has none),
    // never to its onMessage, and tabs.sendMessage reaches only the sender's own content scripts.
    const fromOther = await other.evaluate(
      async (radlens, id) => {
        const outcome = (sent: Promise<unknown>) =>
          sent.then(
            (answer) => ({ answered: answer }),
            (error: Error) => ({ refused: error.message }),
          );
        return {
          changed: await outcome(
            browser.runtime.sendMessage(radlens, {
              type: 'findings:changed',
              present: 42,
              total: 42,
              urgency: 'critical',
            }),
          ),
          take: await outcome(browser.runtime.sendMessage(radlens, { type: 'lookup:take' })),
          lexicon: await outcome(browser.runtime.sendMessage(radlens, { type: 'lexicon:get' })),
          contentScript: await outcome(
            browser.tabs.sendMessage(id, { type: 'findings:get' }, { frameId: 0 }),
          ),
        };
      },
      GECKO_ID,
      tabId,
    );
    const refused = { refused: 'Could not establish connection. Receiving end does not exist.' };
    expect(fromOther).toEqual({
      changed: refused,
      take: refused,
      lexicon: refused,
      contentScript: refused,
    });
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  // RadLens's own page, a real sender: the background answers only the shapes it expects.
  const fromOwnPage = await ff.api.evaluate(async (id) => {
    const { windowId } = await browser.tabs.get(id);
    const ask = (message: unknown) =>
      browser.runtime.sendMessage(message).then(
        (answer) => (answer === undefined ? 'ignored' : answer),
        (error: Error) => `refused: ${error.message}`,
      );
    return {
      wrongType: await ask({ type: 'lookup:take', windowId: String(windowId) }),
      extraFields: await ask({ type: 'lookup:take', windowId, admin: true }),
      unknownType: await ask({ type: 'settings:set', mode: 'off' }),
      notAnObject: await ask('lexicon:get'),
      lexiconExtra: await ask({ type: 'lexicon:get', topics: [] }),
      // The controls: the same requests in the expected shape are answered.
      take: await ask({ type: 'lookup:take', windowId }),
      lexicon: typeof (await ask({ type: 'lexicon:get' })),
    };
  }, tabId);
  expect(fromOwnPage).toEqual({
    wrongType: 'ignored',
    extraFields: 'ignored',
    unknownType: 'ignored',
    notAnObject: 'ignored',
    lexiconExtra: 'ignored',
    take: {}, // answered: nothing waiting
    lexicon: 'object',
  });
  expect(await countsOf(ff, tabId)).toEqual(counts);
});

/**
 * Loads the built background script again in a fresh RadLens page, with `browser` wrapped so
 * that its listeners are kept rather than registered, and returns that page: its
 * `window.heard` holds the listeners by event ('runtime.onMessage'). Every other call reaches
 * the real API (storage, the badge), so what a listener accepts has real effects.
 */
async function backgroundCopy(ff: FirefoxExtension): Promise<Page> {
  const page = await ff.openExtensionPage('options.html');
  await page.evaluate(async () => {
    const heard: Record<string, unknown> = {};
    const wrap = (target: object, path: string): object =>
      new Proxy(
        {},
        {
          has: (_, key) => key in target,
          get(_, key) {
            const value: unknown = Reflect.get(target, key);
            const name = path ? `${path}.${String(key)}` : String(key);
            if (key === 'addListener') return (listener: unknown) => void (heard[path] = listener);
            if (typeof value === 'function') return (value as () => unknown).bind(target);
            if (value && typeof value === 'object') return wrap(value, name);
            return value;
          },
        },
      );
    Object.assign(window, { heard, browser: wrap(browser, '') });
    const script = document.createElement('script');
    script.src = '/background.js';
    await new Promise((done, fail) => {
      script.onload = done;
      script.onerror = fail;
      document.head.append(script);
    });
  });
  return page;
}

test("the background's listener takes messages only from RadLens itself, in the shape it expects", async ({
  ff,
  openWithPanel,
}) => {
  const { tabId, counts } = await openCounted(ff, openWithPanel);
  // Firefox sets every sender itself and its onMessage has no dispatch() (Chrome's bindings
  // have one): the background's own listener, from a copy of the built script, gets the
  // forged senders.
  const copy = await backgroundCopy(ff);
  const facts = await ff.api.evaluate(hostile.senderFacts, tabId);
  const cases = hostile.forgedSenderCases('other@radlens.invalid', facts);
  const answers = await copy.evaluate(hostile.askListener, [cases, 'window.heard', 500] as const);
  expect(answers).toEqual(hostile.expectedAnswers(cases));
  expect(await countsOf(ff, tabId)).toEqual(counts);
});

test('the selection button comes back when the page removes or hides it, and is on top when covered', async ({
  ff,
  openWithPanel,
}) => {
  const { page, panel } = await openWithPanel('chest.html');
  await page.bringToFront();
  await expect.poll(() => count(panel, '.finding')).toBeGreaterThan(0);
  const showButton = async () => {
    await hostile.selectByHand(page, () => select(page, 'Small left pleural effusion'));
    await expect.poll(() => buttonCentre(page)).not.toBeNull();
  };
  await showButton();
  // The page removes RadLens's element; the next selection brings it back.
  await page.evaluate((name) => document.querySelector(name)!.remove(), BUTTON_HOST);
  expect(await count(page, BUTTON_HOST)).toBe(0);
  await page.keyboard.press('Escape');
  await showButton();
  // The page takes it out of the top layer, hides it and makes it inert and hidden from
  // screen readers; the next selection undoes all of it.
  await page.evaluate((name) => {
    const host = document.querySelector<HTMLElement>(name)!;
    host.removeAttribute('popover');
    host.setAttribute('hidden', '');
    host.setAttribute('inert', '');
    host.setAttribute('aria-hidden', 'true');
    host.style.display = 'none';
  }, BUTTON_HOST);
  expect(await buttonCentre(page)).toBeNull();
  await page.keyboard.press('Escape');
  await showButton();
  expect(await page.$eval(BUTTON_HOST, (host) => host.getAttributeNames().sort())).toEqual([
    'popover',
    'style',
  ]);
  // The page covers everything with its own layer at the highest z-index, placed after
  // RadLens's element so that it would paint over it.
  await page.evaluate(coverPage);
  const centre = (await buttonCentre(page))!;
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, centre);
  expect(hit).toBe(BUTTON_HOST);
  await page.mouse.click(centre.x, centre.y);
  await expect.poll(() => topicsShown(ff, panel)).toEqual(['Pleural effusion']);
});
