import { expect, test } from './fixtures';

test('the panel follows the active tab of its window', async ({ ext, samples }) => {
  const report = await ext.context.newPage();
  await report.goto(`${samples.origin}/report.html`);
  const negated = await ext.context.newPage();
  await negated.goto(`${samples.origin}/negated.html`);
  await report.bringToFront();
  const windowId = await ext.worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab!.windowId;
  });
  // A panel in its own window, following the report's window as the side panel would.
  const [panel] = await Promise.all([
    ext.context.waitForEvent('page'),
    ext.worker.evaluate(
      (url) => chrome.windows.create({ url, focused: false }),
      `chrome-extension://${ext.extensionId}/sidepanel.html?windowId=${windowId}`,
    ),
  ]);
  const present = panel.locator(
    '.finding[data-topic-id="heterotopic-ossification"][data-status="present"]',
  );
  const absent = panel.locator(
    '.finding[data-topic-id="heterotopic-ossification"][data-status="absent"]',
  );
  await expect(present).toBeVisible();
  await negated.bringToFront();
  await expect(absent).toBeVisible();
  await expect(present).toHaveCount(0);
  await report.bringToFront();
  await expect(present).toBeVisible();
});
