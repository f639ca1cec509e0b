/**
 * The options page in the real extension: importing a pack (its topic is then detected on a
 * report), refusing a bad file with the failing path and no change, confirming before a
 * built-in topic is replaced and restoring it, and exporting the built-in topics.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { exportPack } from '../../utils/core/pack';
import type { Topic } from '../../utils/core/schema';
import type { ExtensionBrowser } from '../support/extension';
import { expect, test } from './fixtures';
import { finding } from './panel-view';
import { chestDrainPack, topicFile } from '../support/packs';

async function openOptions(ext: ExtensionBrowser): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await expect(page.getByRole('heading', { name: 'Content packs' })).toBeVisible();
  return page;
}

async function choose(page: Page, name: string, text: string): Promise<void> {
  await page
    .getByTestId('pack-file')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('an imported pack is listed and its topic is detected on a report opened afterwards', async ({
  ext,
  openWithPanel,
}) => {
  const options = await openOptions(ext);
  await choose(options, 'chest.json', chestDrainPack());
  await expect(options.getByTestId('pack-notice')).toContainText('Imported “Chest pathways”');
  await expect(options.getByTestId('pack-list')).toContainText('chest-drain-care');

  const { panel } = await openWithPanel('chest-drain.html');
  await expect(finding(panel, 'chest-drain-care', 'present')).toBeVisible();
  await expect(finding(panel, 'pleural-effusion', 'present')).toBeVisible();

  await options.getByRole('button', { name: 'Remove “Chest pathways”' }).click();
  await expect(options.getByTestId('no-packs')).toBeVisible();
});

test('a bad pack file is refused with the failing path and changes nothing', async ({ ext }) => {
  const options = await openOptions(ext);
  const pack = JSON.parse(chestDrainPack()) as { topics: { indicator: string }[] };
  pack.topics[0]!.indicator = 'urgent';
  await choose(options, 'bad.json', JSON.stringify(pack));
  const notice = options.getByRole('alert');
  await expect(notice).toContainText('Not imported, nothing changed');
  await expect(notice).toContainText('topics[0].indicator');
  await expect(options.getByTestId('no-packs')).toBeVisible();

  await choose(options, 'broken.json', '{ "format": "radlens-pack", ');
  await expect(options.getByRole('alert')).toContainText('is not valid JSON');
  await expect(options.getByTestId('no-packs')).toBeVisible();
});

test('replacing a built-in topic asks first, and the built-in can be restored', async ({ ext }) => {
  const options = await openOptions(ext);
  const edited = { ...topicFile('pneumothorax'), bottomLine: 'Call the on-call chest team first.' };
  const text = exportPack('Local pneumothorax pathway', 'St Elsewhere', [edited]);

  await choose(options, 'ptx.json', text);
  const dialog = options.getByRole('alertdialog');
  await expect(dialog).toContainText('replaces 1 topic');
  await expect(dialog).toContainText('built-in');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(options.getByTestId('pack-notice')).toContainText('Cancelled');
  await expect(options.getByTestId('no-packs')).toBeVisible();

  await choose(options, 'ptx.json', text);
  await options.getByRole('button', { name: 'Replace and import' }).click();
  await expect(options.getByTestId('pack-notice')).toContainText('1 replaced');
  const restore = options.getByRole('button', { name: /Restore built-in/ });
  await expect(restore).toBeVisible();
  await restore.click();
  await expect(options.getByTestId('pack-notice')).toContainText('Restored');
  await expect(restore).toHaveCount(0);
});

test('exports the built-in topics as a pack file', async ({ ext }) => {
  const options = await openOptions(ext);
  const [download] = await Promise.all([
    options.waitForEvent('download'),
    options.getByRole('button', { name: 'Export built-in topics' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('radlens-builtin-topics.json');
  const path = await download.path();
  const pack = JSON.parse(readFileSync(path, 'utf8')) as { format: string; topics: Topic[] };
  expect(pack.format).toBe('radlens-pack');
  expect(pack.topics.map((t) => t.id)).toContain('pneumothorax');
  expect(pack.topics.length).toBeGreaterThanOrEqual(22);
});
