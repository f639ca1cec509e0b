import { expect, test } from './fixtures';
import { finding } from './panel-view';

test('the report page: both seed findings are present, with their place and severity', async ({
  openWithPanel,
}) => {
  const { panel } = await openWithPanel('report.html');
  const ho = finding(panel, 'heterotopic-ossification');
  const hip = finding(panel, 'hip-osteoarthritis');
  await expect(ho).toHaveAttribute('data-status', 'present');
  await expect(hip).toHaveAttribute('data-status', 'present');
  await expect(ho.locator('.chip')).toContainText(['right hip']);
  // The side is part of the place: "hip, both sides".
  await expect(hip.locator('.chip')).toContainText(['mild', 'hip, both sides']);
  // "The sacroiliac joints are unremarkable." rules sacroiliitis out, and nothing else is absent.
  await expect(finding(panel, 'sacroiliitis')).toHaveAttribute('data-status', 'absent');
  await expect(panel.locator('.finding[data-status="absent"]')).toHaveCount(1);
});

test('findings inside an iframe of an EHR shell reach the panel', async ({ openWithPanel }) => {
  const { page, panel } = await openWithPanel('ehr.html');
  await expect(page.frameLocator('#report-frame').locator('h1')).toContainText('XR PELVIS');
  await expect(finding(panel, 'heterotopic-ossification', 'present')).toBeVisible();
  await expect(finding(panel, 'hip-osteoarthritis', 'present')).toBeVisible();
});

test('an iframe the page removes takes its findings out of the panel', async ({
  openWithPanel,
}) => {
  const { page, panel } = await openWithPanel('ehr.html');
  const fromFrame = finding(panel, 'heterotopic-ossification');
  await expect(fromFrame).toBeVisible();
  await page.evaluate(() => document.getElementById('report-frame')?.remove());
  await expect(fromFrame).toHaveCount(0);
});

test('"no heterotopic ossification" is listed as absent, not present', async ({
  openWithPanel,
}) => {
  const { panel } = await openWithPanel('negated.html');
  await expect(finding(panel, 'heterotopic-ossification', 'absent')).toBeVisible();
  await expect(panel.locator('.finding[data-status="present"]')).toHaveCount(0);
  await expect(panel.locator('[aria-label^="Absent"]')).toContainText('Heterotopic');
});

test('a literature abstract that mentions HO is recognised', async ({ openWithPanel }) => {
  const { panel } = await openWithPanel('abstract.html');
  await expect(finding(panel, 'heterotopic-ossification', 'present')).toBeVisible();
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

test('a page without findings shows the empty state', async ({ openWithPanel }) => {
  const { panel } = await openWithPanel('empty.html');
  await expect(panel.locator('.empty')).toContainText('No radiology findings');
});

test('each finding shows its own urgency: raised by the wording, lowered by a stated course', async ({
  ext,
  openWithPanel,
}) => {
  const { panel, tabId } = await openWithPanel('emergency.html');
  const row = (topicId: string) =>
    panel.locator('.finding-row').filter({
      has: panel.locator(`.finding[data-topic-id="${topicId}"][data-status="present"]`),
    });
  // The aneurysm topic needs follow-up; a ruptured one is an emergency.
  await expect(row('abdominal-aortic-aneurysm')).toHaveClass(/indicator-critical/);
  await expect(row('abdominal-aortic-aneurysm').locator('.urgency-note')).toHaveText(
    'Needs action today, as the report words it',
  );
  // A dissection is an emergency; a chronic one, unchanged, is shown one step lower.
  await expect(row('aortic-dissection')).toHaveClass(/indicator-warning/);
  await expect(row('aortic-dissection').locator('.urgency-note')).toHaveText(
    'Stated as chronic or unchanged: shown one step less urgent',
  );
  // A renal cyst is usually benign; a Bosniak IV cystic mass needs follow-up.
  await expect(row('renal-cyst')).toHaveClass(/indicator-warning/);
  // Most urgent first among the present findings.
  const order = await panel
    .locator('.status-present .finding')
    .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-topic-id')));
  expect(order[0]).toBe('abdominal-aortic-aneurysm');
  // The badge is red: an emergency is on the page.
  await expect
    .poll(() =>
      ext.worker.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId),
    )
    .toEqual([0xb3, 0x26, 0x1e, 255]);
});
