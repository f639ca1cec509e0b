/**
 * Firefox: in the page, findings are drawn with CSS highlights and no change to the page's
 * DOM (a strict-CSP page too), a click on a mark opens its topic in the sidebar, and the
 * site modes (off / count only / highlight) apply at once.
 */
import type { Page } from 'puppeteer-core';
import type { FirefoxExtension } from '../support/firefox';
import { countMutationsAfterLoad, HIGHLIGHTS, mutationCount } from '../support/in-page';
import { count, expect, sidebarText, test, text } from './fixtures';
import { drawnMentionPoint, highlightSizes } from './page-actions';

const presentDrawn = async (page: Page) => (await highlightSizes(page))['radlens-present'];

const badge = (ff: FirefoxExtension, tabId: number) =>
  ff.api.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);

const setSettings = (ff: FirefoxExtension, settings: object) =>
  ff.api.evaluate((value) => browser.storage.local.set({ settings: value }), settings);

test('findings are highlighted per status with no change to the page DOM', async ({
  ff,
  samples,
}) => {
  const page = await ff.firefox.newPage();
  // Count every DOM mutation once the page is parsed (before the extension reads it).
  await page.evaluateOnNewDocument(countMutationsAfterLoad);
  await page.goto(`${samples.origin}/chest.html`);
  await expect.poll(() => presentDrawn(page)).toBeGreaterThan(0);
  expect((await highlightSizes(page))['radlens-absent']).toBeGreaterThan(0); // "No pneumothorax."
  // The highlights are StaticRanges over the page's own text nodes.
  await drawnMentionPoint(page, 'radlens-present');
  // Drawn, not only registered: the page's adopted style sheets style each highlight.
  const styled = await page.evaluate((names) => {
    const selectors = document.adoptedStyleSheets.flatMap((sheet) =>
      [...sheet.cssRules].map((rule) => (rule as CSSStyleRule).selectorText ?? ''),
    );
    return names.filter((name) => selectors.some((s) => s.includes(`::highlight(${name})`)));
  }, HIGHLIGHTS);
  expect(styled).toEqual(HIGHLIGHTS);
  await new Promise((done) => setTimeout(done, 500));
  const mutations = await page.evaluate(mutationCount);
  expect(mutations, 'DOM mutations after load (the page itself makes none)').toBe(0);
});

test('a strict-CSP page gets its highlights and reports no CSP violation', async ({
  ff,
  samples,
}) => {
  const page = await ff.firefox.newPage();
  await page.evaluateOnNewDocument(() => {
    const w = window as unknown as { radlensViolations: string[] };
    w.radlensViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      w.radlensViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.goto(`${samples.origin}/csp.html`);
  await expect.poll(() => presentDrawn(page)).toBeGreaterThan(0);
  await new Promise((done) => setTimeout(done, 300));
  const violations = await page.evaluate(
    () => (window as unknown as { radlensViolations: string[] }).radlensViolations,
  );
  // Firefox itself asks the page for its favicon, which default-src 'none' refuses.
  const browsersOwn = `img-src ${samples.origin}/favicon.ico`;
  expect(violations.filter((v) => v !== browsersOwn)).toEqual([]);
});

test('a click on a highlighted mention opens its topic in the sidebar', async ({ ff, samples }) => {
  const page = await ff.openPage(`${samples.origin}/negated.html`);
  await page.bringToFront();
  await expect.poll(async () => (await highlightSizes(page))['radlens-absent']).toBeGreaterThan(0);
  const point = await drawnMentionPoint(page, 'radlens-absent');
  await page.mouse.click(point.x, point.y);
  // Firefox opened RadLens's sidebar at install; the click's topic shows there.
  await expect.poll(() => sidebarText(ff, 'article.topic h1')).toBe('Heterotopic ossification');
});

test('site modes: "off" reads nothing, "count only" sets the badge and draws nothing, at once', async ({
  ff,
  openWithPanel,
  samples,
}) => {
  const { page, panel, tabId } = await openWithPanel('chest.html');
  await expect.poll(() => count(panel, '.finding')).toBeGreaterThan(0);
  await expect.poll(() => presentDrawn(page)).toBeGreaterThan(0);

  await setSettings(ff, { siteModes: { [samples.origin]: 'count' } });
  await expect.poll(() => presentDrawn(page)).toBe(0);
  await expect.poll(() => badge(ff, tabId)).toMatch(/^[1-9]/);
  await ff.reload(panel);
  await expect.poll(() => count(panel, '.finding')).toBeGreaterThan(0);

  await setSettings(ff, { siteModes: { [samples.origin]: 'off' } });
  await expect.poll(() => badge(ff, tabId)).toBe('');
  await ff.reload(panel);
  await expect.poll(() => text(panel, '.empty')).toContain('off on this site');
  expect(await count(panel, '.finding')).toBe(0);

  // A page opened while the site is off is not read at all.
  const second = await ff.openPage(`${samples.origin}/report.html`);
  await new Promise((done) => setTimeout(done, 800));
  expect(await highlightSizes(second)).toEqual({
    'radlens-present': 0,
    'radlens-possible': 0,
    'radlens-absent': 0,
  });

  // Back to highlighting, without reloading the page.
  await setSettings(ff, {});
  await expect.poll(() => presentDrawn(page)).toBeGreaterThan(0);
});
