/**
 * In the page: split terms, shadow roots, srcdoc and about:blank frames, highlights without
 * DOM changes, strict CSP, site modes, route changes, and a click on a mark.
 */
import { openPanelFor, tabIdOf } from '../support/extension';
import { countMutationsAfterLoad, mutationCount } from '../support/in-page';
import { expect, test } from './fixtures';
import { finding, topicTitle } from './panel-view';
import { drawnMentionPoint, highlightSizes, openPage } from './page-actions';

test('a term split across inline elements, shadow-root text, srcdoc and about:blank frames all reach the panel', async ({
  openWithPanel,
}) => {
  const { panel } = await openWithPanel('structured.html');
  const present = (topic: string) =>
    panel.locator(`.finding[data-topic-id="${topic}"][data-status="present"]`);
  await expect(present('heterotopic-ossification')).toBeVisible(); // Hetero<b>topic</b> <i>ossi</i>fication
  await expect(present('pleural-effusion')).toBeVisible(); // in an open shadow root
  await expect(present('cardiomegaly')).toBeVisible(); // srcdoc frame
  await expect(present('emphysema')).toBeVisible(); // about:blank frame written by the page
});

test('findings are highlighted per status with no change to the page DOM', async ({
  ext,
  samples,
}) => {
  // Count every DOM mutation once the page is parsed (before the extension reads it).
  const page = await openPage(ext, `${samples.origin}/chest.html`, countMutationsAfterLoad);
  await expect.poll(async () => (await highlightSizes(page))['radlens-present']).toBeGreaterThan(0);
  const sizes = await highlightSizes(page);
  expect(sizes['radlens-absent']).toBeGreaterThan(0); // "No pneumothorax."
  // The page's own parser inserts nothing after load here: any mutation is the extension's.
  await page.waitForTimeout(500);
  expect(await page.evaluate(mutationCount)).toBe(0);
});

test('a strict-CSP page gets its highlights and reports no CSP violation', async ({
  ext,
  samples,
}) => {
  const page = await ext.context.newPage();
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`Content Security Policy violation: ${e.violatedDirective}`),
    );
  });
  await page.goto(`${samples.origin}/csp.html`);
  await expect.poll(async () => (await highlightSizes(page))['radlens-present']).toBeGreaterThan(0);
  await page.waitForTimeout(300);
  expect(violations).toEqual([]);
});

test('a click on a highlighted mention opens its topic', async ({ openWithFindings }) => {
  const { page, panel } = await openWithFindings('negated.html');
  await expect.poll(async () => (await highlightSizes(page))['radlens-absent']).toBeGreaterThan(0);
  const box = await drawnMentionPoint(page, 'radlens-absent');
  await page.mouse.click(box.x, box.y);
  await expect(topicTitle(panel)).toHaveText('Heterotopic ossification');
});

test('site modes: "off" reads nothing, "count only" sets the badge and draws nothing, at once', async ({
  ext,
  openWithFindings,
  samples,
}) => {
  const { page, panel, tabId } = await openWithFindings('chest.html');
  await expect.poll(async () => (await highlightSizes(page))['radlens-present']).toBeGreaterThan(0);
  const badge = () => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

  await ext.worker.evaluate(
    (origin) => chrome.storage.local.set({ settings: { siteModes: { [origin]: 'count' } } }),
    samples.origin,
  );
  await expect.poll(async () => (await highlightSizes(page))['radlens-present']).toBe(0);
  await expect.poll(badge).toMatch(/^[1-9]/);
  await panel.reload();
  await expect(panel.locator('.finding').first()).toBeVisible();

  await ext.worker.evaluate(
    (origin) => chrome.storage.local.set({ settings: { siteModes: { [origin]: 'off' } } }),
    samples.origin,
  );
  await expect.poll(badge).toBe('');
  await panel.reload();
  await expect(panel.locator('.empty')).toContainText('off on this site');
  await expect(panel.locator('.finding')).toHaveCount(0);

  // A page opened while the site is off is not read at all.
  const second = await openPage(ext, `${samples.origin}/report.html`);
  await second.waitForTimeout(500);
  expect(await highlightSizes(second)).toEqual({
    'radlens-present': 0,
    'radlens-possible': 0,
    'radlens-absent': 0,
  });

  // Back to highlighting, without reloading the page.
  await ext.worker.evaluate(() => chrome.storage.local.set({ settings: {} }));
  await expect.poll(async () => (await highlightSizes(page))['radlens-present']).toBeGreaterThan(0);
});

test('a single-page app route change updates the findings', async ({ openWithPanel }) => {
  const { page, panel } = await openWithPanel('spa.html');
  await expect(finding(panel, 'consolidation', 'present')).toBeVisible();
  await page.click('#next');
  await expect(finding(panel, 'pneumothorax', 'present')).toBeVisible();
  await expect(finding(panel, 'consolidation')).toHaveCount(0);
});

test('a page edit redraws only what changed, and the badge follows', async ({ ext, samples }) => {
  const page = await openPage(ext, `${samples.origin}/chest.html`);
  const tabId = await tabIdOf(ext, page);
  const badge = () => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  await expect.poll(async () => (await highlightSizes(page))['radlens-present']).toBeGreaterThan(0);
  await expect.poll(badge).toMatch(/^[1-9]/);
  const badgeBefore = Number(await badge());
  // Keep the page's own handles on the ranges drawn now.
  const drawnBefore = await page.evaluate(() => {
    const w = window as unknown as { radlensBefore: AbstractRange[] };
    w.radlensBefore = [...CSS.highlights.get('radlens-present')!];
    return w.radlensBefore.length;
  });
  // A new paragraph with a finding the report did not have.
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.id = 'added';
    p.textContent = 'Addendum: small right pneumothorax.';
    document.body.append(p);
  });
  await expect
    .poll(async () => (await highlightSizes(page))['radlens-present'])
    .toBe(drawnBefore + 1);
  await expect.poll(badge).toBe(String(badgeBefore + 1));
  // Every mention drawn before is still drawn by the same range: nothing else was redrawn.
  expect(
    await page.evaluate(() => {
      const w = window as unknown as { radlensBefore: AbstractRange[] };
      const now = CSS.highlights.get('radlens-present')!;
      return w.radlensBefore.every((range) => now.has(range));
    }),
  ).toBe(true);
  // Edited away: its mark and its count go.
  await page.evaluate(() => (document.getElementById('added')!.textContent = 'Addendum: none.'));
  await expect.poll(async () => (await highlightSizes(page))['radlens-present']).toBe(drawnBefore);
  await expect.poll(badge).toBe(String(badgeBefore));
});

test('a changed paragraph keeps the section of the header above it', async ({ ext, samples }) => {
  const page = await ext.context.newPage();
  const url = `${samples.origin}/family-history.html`;
  await page.route(url, (route) =>
    route.fulfill({
      contentType: 'text/html; charset=utf-8',
      body: `<!doctype html><meta charset="utf-8"><title>r</title><body>
        <p>FINDINGS: No pleural effusion.</p>
        <p>FAMILY HISTORY:</p>
        <p id="relative">Abdominal aortic aneurysm.</p></body>`,
    }),
  );
  await page.goto(url);
  const panel = await openPanelFor(ext, await tabIdOf(ext, page));
  const aneurysm = (status: string) =>
    panel.locator(`.finding[data-topic-id="abdominal-aortic-aneurysm"][data-status="${status}"]`);
  await expect(aneurysm('other-person')).toBeVisible();
  // The page rewrites the paragraph: read again alone, it is still family history.
  await page.evaluate(
    () => (document.getElementById('relative')!.textContent = 'Abdominal aortic aneurysm, 5 cm.'),
  );
  await expect(finding(panel, 'abdominal-aortic-aneurysm')).toContainText('5 cm');
  await expect(aneurysm('other-person')).toBeVisible();
  await expect(aneurysm('present')).toHaveCount(0);
});
