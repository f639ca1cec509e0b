/**
 * Firefox: the browser's own sidebar, opened by the toolbar button, lists the findings of the
 * active tab and follows tab switches; the sidebar page renders a topic (bottom line, graded
 * recommendations, the branch that fits the measured size, references).
 */
import type { FirefoxExtension } from '../support/firefox';
import { click, count, expect, test, text, texts } from './fixtures';

const WIDGET_ID = 'radlens_radlens_invalid-browser-action';

/** Clicks RadLens's toolbar button in the browser window (wherever Firefox placed it). */
async function clickToolbarButton(ff: FirefoxExtension): Promise<void> {
  await ff.inBrowserWindow(`(() => {
    const node = CustomizableUI.getWidget(${JSON.stringify(WIDGET_ID)})?.forWindow(window)?.node;
    if (!node) throw new Error('no RadLens toolbar button');
    // Firefox puts it in the extensions panel; its action button takes the command.
    const button = node.querySelector('.unified-extensions-item-action-button') ?? node;
    button.dispatchEvent(new CustomEvent('command', { bubbles: true }));
  })()`);
}

const sidebarCount = (ff: FirefoxExtension, selector: string) =>
  ff.api.evaluate((sel) => {
    const [view] = browser.extension.getViews({ type: 'sidebar' });
    return view ? view.document.querySelectorAll(sel).length : -1;
  }, selector);

test('the toolbar button toggles the sidebar, which lists the active tab’s findings and follows tabs', async ({
  ff,
  samples,
}) => {
  const report = await ff.openPage(`${samples.origin}/report.html`);
  await report.bringToFront();
  const isOpen = () => ff.api.evaluate(() => browser.sidebarAction.isOpen({}));
  // Firefox opens an add-on's sidebar when it is installed; the button toggles it.
  await expect.poll(isOpen).toBe(true);
  await clickToolbarButton(ff);
  await expect.poll(isOpen).toBe(false);
  await clickToolbarButton(ff);
  await expect.poll(isOpen).toBe(true);
  const ho = '.finding[data-topic-id="heterotopic-ossification"][data-status="present"]';
  await expect.poll(() => sidebarCount(ff, ho)).toBe(1);

  const chest = await ff.openPage(`${samples.origin}/chest.html`);
  await chest.bringToFront();
  const nodule = '.finding[data-topic-id="pulmonary-nodule"][data-status="present"]';
  await expect.poll(() => sidebarCount(ff, nodule)).toBe(1);
  expect(await sidebarCount(ff, ho)).toBe(0);
});

test('a finding opens its topic: bottom line, graded items, the fitting branch, references', async ({
  openWithPanel,
}) => {
  const { panel } = await openWithPanel('chest.html');
  await click(panel, '.finding[data-topic-id="pulmonary-nodule"][data-status="present"]');
  await expect.poll(() => text(panel, 'article.topic h1')).toBe('Pulmonary nodule');
  expect(await text(panel, '.bottom-line, .bottomline, [class*="bottom"]')).not.toBe('');
  const strengths = await texts(panel, '.grades .badge[class*="strength-"]');
  expect(strengths.length).toBeGreaterThan(0);
  expect(strengths.every((s) => /^Strength: /.test(s))).toBe(true);
  const matched = await texts(panel, 'section.branches li.branch-match');
  expect(matched.join(' | ')).toContain('6-8 mm');
  expect(matched.join(' | ')).toContain('Fits 6 mm on this page');
  const links = await panel.$$eval('.references a', (anchors) =>
    anchors.map((a) => ({ href: a.getAttribute('href'), target: a.getAttribute('target') })),
  );
  expect(links.length).toBeGreaterThan(0);
  for (const link of links) {
    expect(link.href).toMatch(/^https:\/\/(pubmed\.ncbi\.nlm\.nih\.gov|doi\.org)\//);
    expect(link.target).toBe('_blank');
  }
  // Back returns to the list.
  await click(panel, 'button[aria-label="Back"]');
  await expect.poll(() => count(panel, '.finding')).toBeGreaterThan(0);
});
