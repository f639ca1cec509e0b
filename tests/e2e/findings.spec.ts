import { expect, test } from './fixtures';

test('the report page: both seed findings are present, with laterality and severity', async ({
  openWithPanel,
}) => {
  const { panel } = await openWithPanel('report.html');
  const ho = panel.locator('.finding[data-topic-id="heterotopic-ossification"]');
  const hip = panel.locator('.finding[data-topic-id="hip-osteoarthritis"]');
  await expect(ho).toHaveAttribute('data-status', 'present');
  await expect(hip).toHaveAttribute('data-status', 'present');
  await expect(ho.locator('.chip')).toContainText(['right']);
  await expect(hip.locator('.chip')).toContainText(['mild', 'bilateral']);
  await expect(panel.locator('.finding[data-status="absent"]')).toHaveCount(0);
});

test('findings inside an iframe of an EHR shell reach the panel', async ({ openWithPanel }) => {
  const { page, panel } = await openWithPanel('ehr.html');
  await expect(page.frameLocator('#report-frame').locator('h1')).toContainText('XR PELVIS');
  await expect(
    panel.locator('.finding[data-topic-id="heterotopic-ossification"][data-status="present"]'),
  ).toBeVisible();
  await expect(
    panel.locator('.finding[data-topic-id="hip-osteoarthritis"][data-status="present"]'),
  ).toBeVisible();
});

test('"no heterotopic ossification" is listed as absent, not present', async ({
  openWithPanel,
}) => {
  const { panel } = await openWithPanel('negated.html');
  await expect(
    panel.locator('.finding[data-topic-id="heterotopic-ossification"][data-status="absent"]'),
  ).toBeVisible();
  await expect(panel.locator('.finding[data-status="present"]')).toHaveCount(0);
  await expect(panel.locator('[aria-label^="Absent"]')).toContainText('Heterotopic');
});

test('a literature abstract that mentions HO is recognised', async ({ openWithPanel }) => {
  const { panel } = await openWithPanel('abstract.html');
  await expect(
    panel.locator('.finding[data-topic-id="heterotopic-ossification"][data-status="present"]'),
  ).toBeVisible();
});

test('the toolbar badge counts the distinct present findings in the tab', async ({
  ext,
  openWithPanel,
}) => {
  const { tabId, panel } = await openWithPanel('report.html');
  // Two present findings (HO and hip OA), each mentioned more than once.
  await expect(panel.locator('.finding[data-status="present"]')).toHaveCount(2);
  await expect(
    panel.locator('.finding[data-topic-id="heterotopic-ossification"] .chip-count'),
  ).toHaveText('×2');
  await expect
    .poll(() => ext.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId))
    .toBe('2');
});

test('a page without findings shows the empty state', async ({ ext, samples }) => {
  const page = await ext.context.newPage();
  await page.goto(`${samples.origin}/empty.html`);
  const { tabIdOf, openPanelFor } = await import('../support/extension');
  const panel = await openPanelFor(ext, await tabIdOf(ext, page));
  await expect(panel.locator('.empty')).toContainText('No radiology findings');
});
