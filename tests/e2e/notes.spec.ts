/** Notes: autosave, the notes view, two panels, export / import, and surviving an update. */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { openPanelFor, type ExtensionBrowser } from '../support/extension';
import type { Opened } from '../support/suite';
import { expect, test } from './fixtures';
import { finding, topicTitle } from './panel-view';

const noteBox = (panel: Page) => panel.locator('textarea.note-body');

/** The notes view's item for the note on topic `topicId`. */
const noteItem = (panel: Page, topicId: string) =>
  panel.locator(`.note-item[data-topic-id="${topicId}"]`);

/** Opens the topic of the present finding `topicId`, whose note box is then editable. */
async function openNote(panel: Page, topicId: string) {
  await finding(panel, topicId, 'present').click();
  await expect(noteBox(panel)).toBeEditable();
}

/** Writes `text` in the open note and leaves the box, which saves it at once. */
async function saveNote(panel: Page, text: string) {
  await noteBox(panel).fill(text);
  await noteBox(panel).blur(); // Saves at once (typing saves after a short pause).
  await expect(panel.locator('.note-status')).toHaveText(/Saved/);
}

/** Opens the topic of the present finding `topicId` and saves `text` as its note. */
async function writeNote(panel: Page, topicId: string, text: string) {
  await openNote(panel, topicId);
  await saveNote(panel, text);
}

/** chest.html with a second panel on its tab, both showing the note on topic `topicId`. */
async function twoPanels(
  ext: ExtensionBrowser,
  openWithPanel: (sample: string) => Promise<Opened<Page>>,
  topicId: string,
) {
  const { panel, tabId } = await openWithPanel('chest.html');
  const second = await openPanelFor(ext, tabId);
  await openNote(panel, topicId);
  await openNote(second, topicId);
  return { panel, second };
}

test('a note autosaves, shows when it was saved, and is listed, searchable, in the notes view', async ({
  openWithPanel,
}) => {
  const { panel } = await openWithPanel('chest.html');
  await openNote(panel, 'pulmonary-nodule');
  await noteBox(panel).fill('Our chest team: Lung-RADS clinic on Tuesdays.');
  await expect(panel.locator('.note-status')).toHaveText(/Saved \d/);

  await panel.getByRole('button', { name: 'Notes' }).click();
  const item = noteItem(panel, 'pulmonary-nodule');
  await expect(item).toContainText('Pulmonary nodule');
  await expect(item).toContainText('Lung-RADS clinic');
  const filter = panel.getByRole('searchbox', { name: 'Search my notes' });
  await filter.fill('tuesdays');
  await expect(item).toBeVisible();
  await filter.fill('wednesday');
  await expect(item).toHaveCount(0);
  await filter.fill('');
  await item.click();
  await expect(topicTitle(panel)).toHaveText('Pulmonary nodule');
  await expect(noteBox(panel)).toHaveValue('Our chest team: Lung-RADS clinic on Tuesdays.');
});

test('a note written in one panel appears in a second within 1 s', async ({
  ext,
  openWithPanel,
}) => {
  const { panel, second } = await twoPanels(ext, openWithPanel, 'pleural-effusion');
  await saveNote(panel, 'Tap if > 1 cm on decubitus.');
  await expect(noteBox(second)).toHaveValue('Tap if > 1 cm on decubitus.', { timeout: 1000 });
});

test('two panels editing the same note: the second is asked, nothing is lost silently', async ({
  ext,
  openWithPanel,
}) => {
  const { panel, second } = await twoPanels(ext, openWithPanel, 'cardiomegaly');
  // The second panel has unsaved text when the first saves another version.
  await noteBox(second).fill('Echo if new.');
  await noteBox(panel).fill('Compare with the last film first.');
  await noteBox(panel).blur();
  const conflict = second.locator('.conflict');
  await expect(conflict).toBeVisible();
  await expect(noteBox(second)).toHaveValue('Echo if new.');
  await conflict.locator('summary').click();
  await expect(conflict.locator('.their-version')).toHaveText('Compare with the last film first.');
  await conflict.getByRole('button', { name: 'Keep my version' }).click();
  await expect(second.locator('.note-status')).toHaveText(/Saved/);
  await expect(noteBox(panel)).toHaveValue('Echo if new.', { timeout: 1000 });
});

test('export as JSON and Markdown, import JSON with a choice on conflicts; a bad file changes nothing', async ({
  openWithPanel,
}, testInfo) => {
  const { panel } = await openWithPanel('chest.html');
  await writeNote(panel, 'pulmonary-nodule', 'Mine: Fleischner for incidental nodules only.');
  await panel.getByRole('button', { name: 'Notes' }).click();

  const [jsonDownload] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export JSON' }).click(),
  ]);
  const jsonPath = testInfo.outputPath('notes.json');
  await jsonDownload.saveAs(jsonPath);
  const exported = JSON.parse(await readFile(jsonPath, 'utf8')) as {
    format: string;
    notes: { topicId: string; body: string; updatedAt: number; createdAt: number }[];
  };
  expect(exported.format).toBe('radlens-notes');
  expect(exported.notes).toHaveLength(1);
  expect(exported.notes[0]!.body).toBe('Mine: Fleischner for incidental nodules only.');

  const [mdDownload] = await Promise.all([
    panel.waitForEvent('download'),
    panel.getByRole('button', { name: 'Export Markdown' }).click(),
  ]);
  const mdPath = testInfo.outputPath('notes.md');
  await mdDownload.saveAs(mdPath);
  const markdown = await readFile(mdPath, 'utf8');
  expect(markdown).toContain('## Pulmonary nodule');
  expect(markdown).toContain('Mine: Fleischner for incidental nodules only.');

  const fileInput = panel.locator('input[type="file"]');
  // A bad file: rejected naming the failing place; the note is unchanged.
  const bad = { ...exported, notes: [{ ...exported.notes[0], body: 42 }] };
  await fileInput.setInputFiles({
    name: 'bad.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(bad)),
  });
  await expect(panel.locator('.notes-view .error')).toContainText('notes[0].body');
  await expect(panel.locator('.notes-view .error')).toContainText('Nothing was changed');
  await expect(panel.locator('.note-item')).toContainText('Mine: Fleischner');

  // A file with a different version of the note and a new one: the user chooses.
  const theirs = {
    ...exported,
    notes: [
      {
        ...exported.notes[0]!,
        body: 'Theirs: Lung-RADS for screening CTs.',
        updatedAt: Date.now() + 1000,
      },
      { topicId: 'emphysema', body: 'Spirometry.', createdAt: 1, updatedAt: 2 },
    ],
  };
  await fileInput.setInputFiles({
    name: 'colleague.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(theirs)),
  });
  const choice = panel.locator('.import-choice');
  await expect(choice).toContainText('1 new');
  await expect(choice).toContainText('1 different');
  await choice.getByRole('button', { name: 'The imported notes' }).click();
  await expect(panel.locator('.notes-view .success')).toContainText('1 added');
  await expect(noteItem(panel, 'pulmonary-nodule')).toContainText('Theirs: Lung-RADS');
  await expect(noteItem(panel, 'emphysema')).toContainText('Spirometry');
});

test('a note survives a reload and an extension update that re-seeds the topics', async ({
  ext,
  openWithPanel,
}) => {
  const { panel, tabId } = await openWithPanel('chest.html');
  await writeNote(panel, 'pulmonary-nodule', 'Survives updates.');

  await panel.reload();
  await expect(noteBox(panel)).toHaveValue('Survives updates.');

  // Simulate an update: make the stored seed version old, then reload the extension, which
  // fires onInstalled and rewrites every built-in topic.
  await panel.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('radlens');
        open.onerror = () => reject(open.error ?? new Error('open failed'));
        open.onsuccess = () => {
          const tx = open.result.transaction('meta', 'readwrite');
          tx.objectStore('meta').put({ key: 'seedVersion', value: 'an-older-build' });
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error ?? new Error('write failed'));
        };
      }),
  );
  // The update: the background's real onInstalled listener, as the browser calls it.
  await ext.worker.evaluate(() =>
    chrome.runtime.onInstalled.dispatch({ reason: 'update', previousVersion: '0.0.1' }),
  );
  const storedVersion = () =>
    ext.worker.evaluate(
      () =>
        new Promise<unknown>((resolve, reject) => {
          const open = indexedDB.open('radlens');
          open.onerror = () => reject(open.error ?? new Error('open failed'));
          open.onsuccess = () => {
            const get = open.result.transaction('meta').objectStore('meta').get('seedVersion');
            get.onsuccess = () => {
              open.result.close();
              resolve((get.result as { value: unknown } | undefined)?.value);
            };
          };
        }),
    );
  await expect.poll(storedVersion).not.toBe('an-older-build');
  const topicCount = await ext.worker.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const open = indexedDB.open('radlens');
        open.onsuccess = () => {
          const count = open.result.transaction('topics').objectStore('topics').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );
  expect(topicCount).toBeGreaterThanOrEqual(60);
  await panel.close();
  const after = await openPanelFor(ext, tabId);
  // The panel reopens where it was: the topic, with the note.
  await expect(topicTitle(after)).toHaveText('Pulmonary nodule');
  await expect(noteBox(after)).toHaveValue('Survives updates.');
});
