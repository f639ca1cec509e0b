/** Firefox: findings detected in the page and inside its iframe reach the sidebar page; the badge. */
import { count, expect, test, text, texts } from './fixtures';

const finding = (topic: string, status = 'present') =>
  `.finding[data-topic-id="${topic}"][data-status="${status}"]`;

test('the report page: both findings are present, with their place and severity', async ({
  openWithPanel,
}) => {
  const { panel } = await openWithPanel('report.html');
  await expect.poll(() => count(panel, finding('heterotopic-ossification'))).toBe(1);
  await expect.poll(() => count(panel, finding('hip-osteoarthritis'))).toBe(1);
  expect(await texts(panel, `${finding('heterotopic-ossification')} .chip`)).toContain('right hip');
  expect(await texts(panel, `${finding('hip-osteoarthritis')} .chip`)).toEqual(
    expect.arrayContaining(['mild', 'hip, both sides']),
  );
  expect(await count(panel, '.finding[data-status="absent"]')).toBe(1); // the sacroiliac joints, unremarkable
});

test('findings inside an iframe of an EHR shell reach the sidebar page', async ({
  openWithPanel,
}) => {
  const { page, panel } = await openWithPanel('ehr.html');
  const frame = page.frames().find((f) => f.url().endsWith('/report.html'));
  expect(frame, 'the report iframe').toBeDefined();
  expect(await frame!.$eval('h1', (h) => h.textContent)).toContain('XR PELVIS');
  // The top document of the shell has no findings of its own: these come from the iframe.
  await expect.poll(() => count(panel, finding('heterotopic-ossification'))).toBe(1);
  await expect.poll(() => count(panel, finding('hip-osteoarthritis'))).toBe(1);
});

test('"no heterotopic ossification" is listed as absent, not present', async ({
  openWithPanel,
}) => {
  const { panel } = await openWithPanel('negated.html');
  await expect.poll(() => count(panel, finding('heterotopic-ossification', 'absent'))).toBe(1);
  expect(await count(panel, '.finding[data-status="present"]')).toBe(0);
});

test('the toolbar badge counts the distinct present findings in the tab', async ({
  ff,
  openWithPanel,
}) => {
  const { panel, tabId } = await openWithPanel('report.html');
  await expect.poll(() => count(panel, '.finding[data-status="present"]')).toBe(2);
  expect(await text(panel, `${finding('heterotopic-ossification')} .chip-count`)).toBe('×2');
  await expect
    .poll(() => ff.api.evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId))
    .toBe('2');
});

test('a ruptured aneurysm is shown as an emergency, and the badge turns red', async ({
  ff,
  openWithPanel,
}) => {
  const { panel, tabId } = await openWithPanel('emergency.html');
  const aaa = '.finding-row:has(.finding[data-topic-id="abdominal-aortic-aneurysm"])';
  await expect.poll(() => count(panel, `${aaa}.indicator-critical`)).toBe(1);
  expect(await text(panel, `${aaa} .urgency-note`)).toBe(
    'Needs action today, as the report words it',
  );
  await expect
    .poll(() =>
      ff.api.evaluate((id) => browser.browserAction.getBadgeBackgroundColor({ tabId: id }), tabId),
    )
    .toEqual([0xb3, 0x26, 0x1e, 255]);
});
