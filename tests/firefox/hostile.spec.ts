/** Firefox: hostile pages, other add-ons and bad messages cannot drive RadLens or bury its button. */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { BUTTON_HOST } from '../../utils/dom/selection-button';
import { framesKey } from '../../utils/messaging';
import { GECKO_ID, loaded, type FirefoxExtension } from '../support/firefox';
import { count, expect, test, texts } from './fixtures';
import { drawnMentionPoint, highlightSizes, select } from './page-actions';

interface Stats {
  firstMs?: number;
  updates: number;
  drawn: number;
}

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const statsOf = (ff: FirefoxExtension, tabId: number) =>
  ff.api.evaluate(
    (id) => browser.tabs.sendMessage(id, { type: 'findings:stats' }, { frameId: 0 }),
    tabId,
  ) as Promise<Stats | undefined>;

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
  await page.evaluate(
    (extensionId, point) => {
      // Messages shaped like RadLens's own, posted to the window.
      for (const message of [
        { type: 'lookup:topic', topicId: 'pneumothorax' },
        { type: 'lookup:selection', text: 'pneumothorax' },
        { type: 'findings:changed', present: 99, total: 99, urgency: 'critical' },
        { type: 'findings:get' },
      ]) {
        window.postMessage(message, '*');
      }
      // WXT's events for this content script, forged: "a newer copy started" (which would end
      // the script) and "the address changed" (which would read the page afresh).
      const started = `${extensionId}:content:wxt:content-script-started`;
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(started, { detail }));
      window.postMessage({ type: started, ...detail }, '*');
      window.dispatchEvent(new Event(`${extensionId}:content:wxt:locationchange`));
      // A synthetic click right on a highlighted mention (a real one opens its topic).
      const at = { clientX: point.x, clientY: point.y, bubbles: true };
      document.elementFromPoint(at.clientX, at.clientY)!.dispatchEvent(new MouseEvent('click', at));
      // A selection with synthetic mouseup and keyup (real ones show the button).
      const selected = document.createRange();
      selected.setStart(document.querySelector('pre')!.firstChild!, 0);
      selected.setEnd(document.querySelector('pre')!.firstChild!, 40);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(selected);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
      // Attributes RadLens might be thought to read.
      document.documentElement.setAttribute('data-radlens-mode', 'off');
      document.body.setAttribute('data-radlens', 'disabled');
    },
    GECKO_ID,
    mention,
  );
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
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Addendum: small right pneumothorax.';
    document.body.append(p);
  });
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
  const { tabId } = await openWithPanel('chest.html');
  await expect.poll(() => badgeOf(ff, tabId)).toMatch(/^[1-9]/);
  const badge = await badgeOf(ff, tabId);
  const frames = await framesOf(ff, tabId);
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
  expect(await badgeOf(ff, tabId)).toBe(badge);
  expect(await framesOf(ff, tabId)).toEqual(frames);
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
  const { tabId } = await openWithPanel('chest.html');
  await expect.poll(() => badgeOf(ff, tabId)).toMatch(/^[1-9]/);
  const badge = await badgeOf(ff, tabId);
  const frames = await framesOf(ff, tabId);
  // Firefox sets every sender itself and its onMessage has no dispatch() (Chrome's bindings
  // have one): the background's own listener, from a copy of the built script, gets the
  // forged senders.
  const copy = await backgroundCopy(ff);
  const answers = await copy.evaluate(async (id) => {
    type Listener = (message: unknown, sender: object, respond: (a: unknown) => void) => unknown;
    const listener = (window as unknown as { heard: Record<string, Listener> }).heard[
      'runtime.onMessage'
    ]!;
    const ask = (message: unknown, sender: object) =>
      new Promise<unknown>((done) => {
        listener(message, sender, done);
        setTimeout(() => done('ignored'), 500);
      });
    const tab = await browser.tabs.get(id);
    const url = tab.url;
    return {
      otherExtension: await ask(
        { type: 'findings:changed', present: 42, total: 42, urgency: 'critical' },
        { id: 'other@radlens.invalid', tab, frameId: 0, url },
      ),
      spoiledPayload: await ask(
        { type: 'findings:changed', present: 'many', total: -1 },
        { id: browser.runtime.id, tab, frameId: 0, url },
      ),
      extraFields: await ask(
        { type: 'findings:changed', present: 42, total: 42, urgency: 'info', admin: true },
        { id: browser.runtime.id, tab, frameId: 0, url },
      ),
      pageAsksForLookup: await ask(
        { type: 'lookup:take', windowId: tab.windowId },
        { id: browser.runtime.id, tab, frameId: 0, url },
      ),
      unknownType: await ask({ type: 'settings:set', mode: 'off' }, { id: browser.runtime.id }),
      // The control: the panel (an extension page) asking is answered.
      panelAsksForLookup: await ask(
        { type: 'lookup:take', windowId: tab.windowId },
        { id: browser.runtime.id, url: browser.runtime.getURL('sidepanel.html') },
      ),
    };
  }, tabId);
  expect(answers).toEqual({
    otherExtension: 'ignored',
    spoiledPayload: 'ignored',
    extraFields: 'ignored',
    pageAsksForLookup: 'ignored',
    unknownType: 'ignored',
    panelAsksForLookup: {}, // answered: nothing waiting
  });
  expect(await badgeOf(ff, tabId)).toBe(badge);
  expect(await framesOf(ff, tabId)).toEqual(frames);
});

test('the selection button comes back when the page removes or hides it, and is on top when covered', async ({
  ff,
  openWithPanel,
}) => {
  const { page, panel } = await openWithPanel('chest.html');
  await page.bringToFront();
  await expect.poll(() => count(panel, '.finding')).toBeGreaterThan(0);
  const showButton = async () => {
    await select(page, 'Small left pleural effusion');
    await page.mouse.move(5, 5);
    await page.mouse.down();
    await page.mouse.up(); // a real mouseup
    await select(page, 'Small left pleural effusion');
    await page.keyboard.press('Shift');
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
  await page.evaluate(() => {
    const cover = document.createElement('div');
    cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.2)';
    document.documentElement.append(cover);
  });
  const centre = (await buttonCentre(page))!;
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, centre);
  expect(hit).toBe(BUTTON_HOST);
  await page.mouse.click(centre.x, centre.y);
  await expect.poll(() => topicsShown(ff, panel)).toEqual(['Pleural effusion']);
});
