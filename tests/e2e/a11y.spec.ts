/** axe-core on every view of the panel and the options page, light and dark: no serious or critical violation. */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`);
}

for (const scheme of ['light', 'dark'] as const) {
  test(`axe: findings, topic, search and notes views in ${scheme}`, async ({ openWithPanel }) => {
    const { panel } = await openWithPanel('chest.html');
    await panel.emulateMedia({ colorScheme: scheme });
    await panel.setViewportSize({ width: 360, height: 800 });

    await expect(panel.locator('.finding').first()).toBeVisible();
    await panel.locator('details.status-absent summary').click();
    expect(await violations(panel), 'findings view').toEqual([]);

    await panel
      .locator('.finding[data-topic-id="pulmonary-nodule"][data-status="present"]')
      .click();
    await expect(panel.locator('textarea.note-body')).toBeEditable();
    await panel.locator('details.legend summary').click();
    expect(await violations(panel), 'topic view').toEqual([]);

    await panel.getByRole('combobox', { name: 'Search topics' }).fill('effus');
    await expect(panel.getByRole('option').first()).toBeVisible();
    expect(await violations(panel), 'search view').toEqual([]);

    await panel.getByRole('combobox', { name: 'Search topics' }).press('Escape');
    await panel.locator('textarea.note-body').fill('A note for the list.');
    await panel.locator('textarea.note-body').blur();
    await panel.getByRole('button', { name: 'Notes' }).click();
    await expect(panel.locator('.note-item')).toHaveCount(1);
    expect(await violations(panel), 'notes view').toEqual([]);
  });

  test(`axe: options page in ${scheme}`, async ({ ext }) => {
    const page = await ext.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect(page.locator('h1')).toBeVisible();
    expect(await violations(page)).toEqual([]);
  });
}

test('the panel is readable at 360 px: nothing overflows sideways', async ({ openWithPanel }) => {
  const { panel } = await openWithPanel('chest.html');
  await panel.setViewportSize({ width: 360, height: 800 });
  await expect(panel.locator('.finding').first()).toBeVisible();
  const overflow = () =>
    panel.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
  expect(await overflow()).toBeLessThanOrEqual(0);
  await panel.locator('.finding[data-topic-id="pulmonary-nodule"][data-status="present"]').click();
  await expect(panel.locator('article.topic h1')).toBeVisible();
  expect(await overflow()).toBeLessThanOrEqual(0);
});
