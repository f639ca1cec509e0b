/** Firefox: the options page imports a pack (its topic is then found) and refuses bad files. */
import { writeFile } from 'node:fs/promises';
import type { TestInfo } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import type { FirefoxExtension } from '../support/firefox';
import { dumpIndexedDb } from '../support/idb-dump';
import { click, count, expect, test, text, texts } from './fixtures';
import { chestDrainPack } from '../support/packs';

/** Chooses a file holding `content` in the options page's pack input, as the user would. */
async function choose(options: Page, testInfo: TestInfo, name: string, content: string) {
  const path = testInfo.outputPath(name);
  await writeFile(path, content);
  const input = await options.$('input[data-testid="pack-file"]');
  // A real file through WebDriver BiDi's input.setFiles, which fires input and change.
  await input!.uploadFile(path);
}

async function openOptions(ff: FirefoxExtension): Promise<Page> {
  const options = await ff.openExtensionPage('options.html');
  await expect.poll(() => text(options, '#packs-title')).toBe('Content packs');
  // The installed packs are listed once the database answered.
  await expect.poll(() => count(options, '[data-testid="no-packs"]')).toBe(1);
  return options;
}

/** The topic ids the sidebar page's search offers for `query`. */
async function search(panel: Page, query: string): Promise<string[]> {
  await panel.$eval('.search-input', (input) => ((input as HTMLInputElement).value = ''));
  await click(panel, '.search-input');
  await panel.type('.search-input', query);
  await expect
    .poll(() => panel.$eval('.search-input', (input) => (input as HTMLInputElement).value))
    .toBe(query);
  await expect.poll(() => count(panel, '.search-results')).toBe(1);
  // Let Preact render the results of the last keystroke.
  await panel.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
  return panel.$$eval('.search-results .hit', (hits) =>
    hits.map((h) => (h as HTMLElement).dataset.topicId ?? ''),
  );
}

test('an imported pack is listed, its topic is searchable and detected; removing it takes it away', async ({
  ff,
  openWithPanel,
}, testInfo) => {
  const options = await openOptions(ff);
  const before = await dumpIndexedDb(ff.api);
  await choose(options, testInfo, 'chest.json', chestDrainPack());
  await expect
    .poll(() => text(options, '[data-testid="pack-notice"]'))
    .toBe('Imported “Chest pathways” (St Elsewhere): 1 topic. Reload open reports to detect them.');
  expect(await text(options, '[data-testid="pack-list"] strong')).toBe('Chest pathways');
  expect(await text(options, '[data-testid="pack-list"]')).toContain('chest-drain-care');
  // The dump the bad-file test compares does see an import.
  const after = await dumpIndexedDb(ff.api);
  expect(after).not.toBe(before);
  expect(after).toContain('"chest-drain-care"');

  // A report opened afterwards: the pack's topic is detected next to the built-in one.
  const { panel } = await openWithPanel('chest-drain.html');
  const finding = (id: string) => `.finding[data-topic-id="${id}"][data-status="present"]`;
  await expect.poll(() => count(panel, finding('chest-drain-care'))).toBe(1);
  await expect.poll(() => count(panel, finding('pleural-effusion'))).toBe(1);
  expect(await text(panel, `${finding('chest-drain-care')} .finding-title`)).toBe(
    'Chest drain care',
  );

  // The sidebar page's search finds it, and it opens as a topic.
  expect((await search(panel, 'chest drain'))[0]).toBe('chest-drain-care');
  expect(await texts(panel, '.hit[data-topic-id="chest-drain-care"] .hit-title')).toEqual([
    'Chest drain care',
  ]);
  await click(panel, '.hit[data-topic-id="chest-drain-care"]');
  await expect.poll(() => text(panel, 'article.topic h1')).toBe('Chest drain care');

  // A background tab runs animation frames slowly, and the click waits on them.
  await options.bringToFront();
  await click(options, 'button::-p-text(Remove “Chest pathways”)');
  await expect
    .poll(() => text(options, '[data-testid="pack-notice"]'))
    .toBe('Removed “Chest pathways”.');
  expect(await count(options, '[data-testid="no-packs"]')).toBe(1);
  const fresh = await ff.openExtensionPage('sidepanel.html');
  const hits = await search(fresh, 'chest drain');
  expect(hits.length, 'the search still answers, with built-in topics').toBeGreaterThan(0);
  expect(hits).not.toContain('chest-drain-care');
});

test('a bad pack file (schema error, not JSON) is refused, naming the problem, and changes nothing', async ({
  ff,
}, testInfo) => {
  const options = await openOptions(ff);
  const before = await dumpIndexedDb(ff.api);
  // The dump is real: it holds the built-in topics.
  expect(before).toContain('"pleural-effusion"');
  expect(before).not.toContain('chest-drain-care');

  const pack = JSON.parse(chestDrainPack()) as { topics: { indicator: string }[] };
  pack.topics[0]!.indicator = 'urgent';
  await choose(options, testInfo, 'bad.json', JSON.stringify(pack));
  const alert = '[data-testid="pack-notice"][role="alert"]';
  await expect
    .poll(() => text(options, alert))
    .toMatch(/^Not imported, nothing changed\. bad\.json: topics\[0\]\.indicator: /);
  expect(await count(options, '[data-testid="no-packs"]')).toBe(1);
  expect(await dumpIndexedDb(ff.api)).toBe(before);

  await choose(options, testInfo, 'broken.json', '{ "format": "radlens-pack", ');
  await expect
    .poll(() => text(options, alert))
    .toMatch(/^Not imported, nothing changed\. broken\.json: .*is not valid JSON/);
  expect(await count(options, '[data-testid="no-packs"]')).toBe(1);
  expect(await dumpIndexedDb(ff.api)).toBe(before);
});
