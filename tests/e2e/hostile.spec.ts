/**
 * A hostile page cannot talk to RadLens: forged window messages, forged events (WXT's own
 * event names included, built from the extension's id), synthetic clicks and key presses,
 * and attributes it sets on RadLens's button change nothing. The background takes messages
 * only from its own extension, in the shape it expects. The selection button comes back
 * when the page removes it and stays clickable when the page covers it.
 */
import type { Worker } from '@playwright/test';
import { BUTTON_HOST } from '../../utils/dom/selection-button';
import * as hostile from '../support/hostile';
import { appendParagraph, coverPage, forgeFromPage } from '../support/in-page';
import { expect, test } from './fixtures';
import { finding, topicTitle } from './panel-view';
import { drawnMentionPoint, highlightSizes, select } from './page-actions';

const statsOf = (worker: Worker, tabId: number) =>
  worker.evaluate(
    (id) => chrome.tabs.sendMessage(id, { type: 'findings:stats' }, { frameId: 0 }),
    tabId,
  ) as Promise<hostile.Stats | undefined>;

const badgeOf = (worker: Worker, tabId: number) =>
  worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

test('forged messages, events, clicks and attributes from the page change nothing', async ({
  ext,
  openWithFindings,
}) => {
  const { page, panel, tabId } = await openWithFindings('chest.html');
  await expect.poll(async () => (await statsOf(ext.worker, tabId))?.drawn ?? 0).toBeGreaterThan(0);
  await expect.poll(() => badgeOf(ext.worker, tabId)).toMatch(/^[1-9]/);
  const before = (await statsOf(ext.worker, tabId))!;
  const badge = await badgeOf(ext.worker, tabId);
  const mention = await drawnMentionPoint(page, 'radlens-present');

  // The page forges messages, WXT's events, a click, a selection and attributes.
  await page.evaluate(forgeFromPage, [ext.extensionId, mention] as const);
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
  await page.evaluate(appendParagraph, { text: 'Addendum: small right pneumothorax.' });
  await expect(finding(panel, 'pneumothorax', 'present')).toBeVisible();
  const drawnNow = async () =>
    Object.values(await highlightSizes(page)).reduce((sum, size) => sum + size, 0);
  await expect.poll(drawnNow).toBe(before.drawn + 1);
  // And a real click on a mention still opens its topic.
  const box = await drawnMentionPoint(page, 'radlens-present');
  await page.mouse.click(box.x, box.y);
  await expect(topicTitle(panel)).toBeVisible();
});

test('the background takes messages only from RadLens itself, in the shape it expects', async ({
  ext,
  openWithFindings,
}) => {
  const { tabId } = await openWithFindings('chest.html');
  await expect.poll(() => badgeOf(ext.worker, tabId)).toMatch(/^[1-9]/);
  const badge = await badgeOf(ext.worker, tabId);
  const facts = await ext.worker.evaluate(hostile.senderFacts, tabId);
  const cases = hostile.forgedSenderCases('abcdefghijklmnopabcdefghijklmnop', facts);
  // The background's real listener, called with forged senders and spoiled payloads.
  const answers = await ext.worker.evaluate(hostile.askListener, [
    cases,
    'chrome.runtime.onMessage',
    300,
  ] as const);
  expect(answers).toEqual(hostile.expectedAnswers(cases));
  expect(await badgeOf(ext.worker, tabId)).toBe(badge);
});

test('the selection button comes back when the page removes it, and is on top when covered', async ({
  openWithFindings,
}) => {
  const { page, panel } = await openWithFindings('chest.html');
  const host = page.locator(BUTTON_HOST);
  const showButton = async () => {
    await hostile.selectByHand(page, () => select(page, 'Small left pleural effusion'));
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
  await page.evaluate(coverPage);
  const box = (await host.boundingBox())!;
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.localName, {
    x: box.x + box.width / 2,
    y: box.y + box.height / 2,
  });
  expect(hit).toBe(BUTTON_HOST);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(topicTitle(panel)).toHaveText('Pleural effusion');
});
