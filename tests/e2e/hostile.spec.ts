/**
 * A hostile page cannot talk to RadLens: forged window messages, forged events (WXT's own
 * event names included, built from the extension's id), synthetic clicks and key presses,
 * and attributes it sets on RadLens's button change nothing. The background takes messages
 * only from its own extension, in the shape it expects. The selection button comes back
 * when the page removes it and stays clickable when the page covers it.
 */
import type { Worker } from '@playwright/test';
import { BUTTON_HOST } from '../../utils/dom/selection-button';
import { expect, test } from './fixtures';
import { drawnMentionPoint, highlightSizes, select } from './page-actions';

interface Stats {
  firstMs?: number;
  updates: number;
  drawn: number;
}

const statsOf = (worker: Worker, tabId: number) =>
  worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'findings:stats' }, { frameId: 0 }),
    tabId,
  ) as Promise<Stats | undefined>;

const badgeOf = (worker: Worker, tabId: number) =>
  worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

test('forged messages, events, clicks and attributes from the page change nothing', async ({
  ext,
  openWithPanel,
}) => {
  const { page, panel, tabId } = await openWithPanel('chest.html');
  await expect(panel.locator('.finding').first()).toBeVisible();
  await expect.poll(async () => (await statsOf(ext.worker, tabId))?.drawn ?? 0).toBeGreaterThan(0);
  await expect.poll(() => badgeOf(ext.worker, tabId)).toMatch(/^[1-9]/);
  const before = (await statsOf(ext.worker, tabId))!;
  const badge = await badgeOf(ext.worker, tabId);
  const mention = await drawnMentionPoint(page, 'radlens-present');

  await page.evaluate(
    ([extensionId, point]) => {
      // Messages shaped like RadLens's own, posted to the window and to every frame.
      for (const message of [
        { type: 'lookup:topic', topicId: 'pneumothorax' },
        { type: 'lookup:selection', text: 'pneumothorax' },
        { type: 'findings:changed', present: 99, total: 99, urgency: 'critical' },
        { type: 'findings:get' },
      ]) {
        window.postMessage(message, '*');
      }
      // WXT's events for this extension's content script, forged: "a newer copy started"
      // (which would end the script) and "the address changed" (which would read the page
      // afresh), on the document and on the window.
      const started = `${extensionId}:content:wxt:content-script-started`;
      const detail = { contentScriptName: 'content', messageId: 'forged' };
      document.dispatchEvent(new CustomEvent(started, { detail }));
      window.postMessage({ type: started, ...detail }, '*');
      window.dispatchEvent(new Event(`${extensionId}:content:wxt:locationchange`));
      // A synthetic click right on a highlighted mention (a real one opens its topic).
      const at = { clientX: point.x, clientY: point.y, bubbles: true };
      document.elementFromPoint(at.clientX, at.clientY)!.dispatchEvent(new MouseEvent('click', at));
      // A selection with synthetic mouseup and keyup (a real one shows the button).
      const text = document.querySelector('pre')!.firstChild!;
      const selected = document.createRange();
      selected.setStart(text, 0);
      selected.setEnd(text, 40);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(selected);
      document.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
      document.dispatchEvent(new KeyboardEvent('keyup', { key: 'Shift', bubbles: true }));
      // Attributes RadLens might be thought to read.
      document.documentElement.setAttribute('data-radlens-mode', 'off');
      document.body.setAttribute('data-radlens', 'disabled');
    },
    [ext.extensionId, mention] as const,
  );
  await page.waitForTimeout(1500);

  // Still the same script, not restarted, its marks in place, the badge as it was.
  const after = (await statsOf(ext.worker, tabId))!;
  expect(after.firstMs).toBe(before.firstMs);
  expect(after.drawn).toBe(before.drawn);
  expect(await badgeOf(ext.worker, tabId)).toBe(badge);
  // No topic opened, no lookup offered, no button shown.
  await expect(panel.locator('article.topic')).toHaveCount(0);
  await expect(page.locator(BUTTON_HOST)).toHaveCount(0);
  // The page wipes RadLens's highlights from the (shared) registry: the next redraw, after
  // the next real change, draws them all again.
  await page.evaluate(() => CSS.highlights.clear());
  // The script still answers and still follows real changes of the page.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'Addendum: small right pneumothorax.';
    document.body.append(p);
  });
  await expect(
    panel.locator('.finding[data-topic-id="pneumothorax"][data-status="present"]'),
  ).toBeVisible();
  const drawnNow = async () =>
    Object.values(await highlightSizes(page)).reduce((sum, size) => sum + size, 0);
  await expect.poll(drawnNow).toBe(before.drawn + 1);
  // And a real click on a mention still opens its topic.
  const box = await drawnMentionPoint(page, 'radlens-present');
  await page.mouse.click(box.x, box.y);
  await expect(panel.locator('article.topic h1')).toBeVisible();
});

test('the background takes messages only from RadLens itself, in the shape it expects', async ({
  ext,
  openWithPanel,
}) => {
  const { panel, tabId } = await openWithPanel('chest.html');
  await expect(panel.locator('.finding').first()).toBeVisible();
  await expect.poll(() => badgeOf(ext.worker, tabId)).toMatch(/^[1-9]/);
  const badge = await badgeOf(ext.worker, tabId);
  const frameUrl = await ext.worker.evaluate(async (id) => (await chrome.tabs.get(id)).url, tabId);
  // The background's real listener, called with forged senders and spoiled payloads.
  const answers = await ext.worker.evaluate(
    async ([id, url]) => {
      // The listener's answer, or 'ignored' when it gives none.
      const ask = (message: unknown, sender: object) =>
        new Promise<unknown>((done) => {
          chrome.runtime.onMessage.dispatch(message, sender, done);
          setTimeout(() => done('ignored'), 300);
        });
      const tab = await chrome.tabs.get(id);
      return {
        otherExtension: await ask(
          { type: 'findings:changed', present: 42, total: 42, urgency: 'critical' },
          { id: 'abcdefghijklmnopabcdefghijklmnop', tab, frameId: 0, url },
        ),
        spoiledPayload: await ask(
          { type: 'findings:changed', present: 'many', total: -1 },
          { id: chrome.runtime.id, tab, frameId: 0, url },
        ),
        extraFields: await ask(
          { type: 'findings:changed', present: 42, total: 42, urgency: 'info', admin: true },
          { id: chrome.runtime.id, tab, frameId: 0, url },
        ),
        pageAsksForLookup: await ask(
          { type: 'lookup:take', windowId: tab.windowId },
          { id: chrome.runtime.id, tab, frameId: 0, url },
        ),
        unknownType: await ask({ type: 'settings:set', mode: 'off' }, { id: chrome.runtime.id }),
        // The control: the panel (an extension page) asking is answered.
        panelAsksForLookup: await ask(
          { type: 'lookup:take', windowId: tab.windowId },
          { id: chrome.runtime.id, url: chrome.runtime.getURL('sidepanel.html') },
        ),
      };
    },
    [tabId, frameUrl] as const,
  );
  expect(answers).toEqual({
    otherExtension: 'ignored',
    spoiledPayload: 'ignored',
    extraFields: 'ignored',
    pageAsksForLookup: 'ignored',
    unknownType: 'ignored',
    panelAsksForLookup: {}, // answered: nothing waiting
  });
  expect(await badgeOf(ext.worker, tabId)).toBe(badge);
});

test('the selection button comes back when the page removes it, and is on top when covered', async ({
  openWithPanel,
}) => {
  const { page, panel } = await openWithPanel('chest.html');
  await expect(panel.locator('.finding').first()).toBeVisible();
  const host = page.locator(BUTTON_HOST);
  const showButton = async () => {
    await select(page, 'Small left pleural effusion');
    await page.mouse.move(5, 5);
    await page.mouse.down();
    await page.mouse.up(); // a real mouseup (the selection stays: no drag)
    await select(page, 'Small left pleural effusion');
    await page.keyboard.press('Shift');
    await expect(host).toBeVisible();
  };
  await showButton();
  // The page removes RadLens's element; the next selection brings it back.
  await page.evaluate((name) => document.querySelector(name)!.remove(), BUTTON_HOST);
  await expect(host).toHaveCount(0);
  await page.keyboard.press('Escape');
  await showButton();
  // The page covers everything with its own layer at the highest z-index, placed after
  // RadLens's element so that it would paint over it.
  await page.keyboard.press('Escape');
  await showButton();
  await page.evaluate(() => {
    const cover = document.createElement('div');
    cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;background:rgba(0,0,0,.2)';
    document.documentElement.append(cover);
  });
  const box = (await host.boundingBox())!;
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
    x: box.x + box.width / 2,
    y: box.y + box.height / 2,
  });
  expect(hit).toBe(BUTTON_HOST);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(panel.locator('article.topic h1')).toHaveText('Pleural effusion');
});
