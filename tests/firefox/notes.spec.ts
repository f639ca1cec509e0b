/** Firefox: a note autosaves, survives reloads, downloads as Markdown and JSON, imports JSON. */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import type { Page } from 'puppeteer-core';
import type { FirefoxExtension } from '../support/firefox';
import { dumpIndexedDb } from '../support/idb-dump';
import { click, count, expect, test, text, texts } from './fixtures';

const NOTE = 'Our chest team: Lung-RADS clinic on Tuesdays.';

interface StoredNote {
  topicId: string;
  body: string;
  createdAt: number;
  updatedAt: number;
}

/** The notes in the extension's IndexedDB, read from one of its pages (not through the UI). */
const storedNotes = (extensionPage: Page): Promise<StoredNote[]> =>
  extensionPage.evaluate(
    () =>
      new Promise<StoredNote[]>((done, fail) => {
        const open = indexedDB.open('radlens');
        open.onerror = () => fail(new Error(`cannot open radlens: ${String(open.error)}`));
        open.onsuccess = () => {
          const request = open.result.transaction('notes').objectStore('notes').getAll();
          request.onsuccess = () => {
            open.result.close();
            done(request.result as StoredNote[]);
          };
          request.onerror = () => fail(new Error(`cannot read notes: ${String(request.error)}`));
        };
      }),
  );

async function openTopic(panel: Page, topicId: string): Promise<void> {
  await click(panel, `.finding[data-topic-id="${topicId}"][data-status="present"]`);
  await expect.poll(() => panel.$eval('textarea.note-body', (t) => !t.readOnly)).toBe(true);
}

const noteValue = (panel: Page) =>
  panel.$eval('textarea.note-body', (t) => t.value).catch(() => '');

/** Writes `body` into the open topic's note with real keystrokes and waits for the autosave. */
async function writeNote(panel: Page, body: string): Promise<void> {
  await click(panel, 'textarea.note-body');
  await panel.type('textarea.note-body', body);
  // No blur: the save must come from the pause after typing.
  await expect.poll(() => text(panel, '.note-status')).toMatch(/^Saved \d{1,2}:\d{2}/);
  // A pause mid-typing may have saved part of the text first: wait for the whole of it.
  await expect.poll(async () => (await storedNotes(panel)).map((n) => n.body)).toEqual([body]);
}

interface BidiConnection {
  send(method: string, params: object): Promise<unknown>;
  on(event: string, handler: (params: never) => void): void;
  off(event: string, handler: (params: never) => void): void;
}

/**
 * Makes Firefox save downloads into a fresh folder without asking (WebDriver BiDi's
 * browser.setDownloadBehavior) and returns a function that runs `trigger` and resolves with
 * the file Firefox wrote: what the user would find on disk, not what the page meant to save.
 */
async function captureDownloads(ff: FirefoxExtension, folder: string) {
  const connection = (ff.firefox as unknown as { connection: BidiConnection }).connection;
  await mkdir(folder, { recursive: true });
  await connection.send('session.subscribe', {
    events: ['browsingContext.downloadWillBegin', 'browsingContext.downloadEnd'],
  });
  await connection.send('browser.setDownloadBehavior', {
    downloadBehavior: { type: 'allowed', destinationFolder: folder },
  });
  return async (trigger: () => Promise<void>): Promise<{ name: string; content: string }> => {
    let name = '';
    const began = (event: { suggestedFilename: string }) => (name = event.suggestedFilename);
    const ended = new Promise<{ status: string; filepath?: string }>((done, fail) => {
      const timer = setTimeout(() => fail(new Error('no download finished within 10 s')), 10_000);
      const onEnd = (event: { status: string; filepath?: string }) => {
        clearTimeout(timer);
        connection.off('browsingContext.downloadEnd', onEnd);
        done(event);
      };
      connection.on('browsingContext.downloadEnd', onEnd);
    });
    connection.on('browsingContext.downloadWillBegin', began);
    try {
      await trigger();
      const end = await ended;
      expect(end.status, `download of ${name}`).toBe('complete');
      expect(end.filepath, 'the downloaded file is in the test folder').toContain(folder);
      return { name, content: await readFile(end.filepath!, 'utf8') };
    } finally {
      connection.off('browsingContext.downloadWillBegin', began);
    }
  };
}

test('a note autosaves, shows the time, and survives reloading the sidebar and the options page', async ({
  ff,
  openWithPanel,
}) => {
  const { panel } = await openWithPanel('chest.html');
  await openTopic(panel, 'pulmonary-nodule');
  expect(await text(panel, 'article.topic h1')).toBe('Pulmonary nodule');
  await writeNote(panel, NOTE);
  // Stored, not just shown: another extension page reads it, before any reload.
  expect((await storedNotes(ff.api)).map((n) => [n.topicId, n.body])).toEqual([
    ['pulmonary-nodule', NOTE],
  ]);

  await ff.reload(panel);
  // The sidebar page comes back to the topic it showed, with the note in the editor.
  await expect.poll(() => text(panel, 'article.topic h1')).toBe('Pulmonary nodule');
  await expect.poll(() => noteValue(panel)).toBe(NOTE);
  expect(await text(panel, '.note-status')).toMatch(/^Last edited /);

  await ff.reload(ff.api);
  expect((await storedNotes(ff.api)).map((n) => [n.topicId, n.body])).toEqual([
    ['pulmonary-nodule', NOTE],
  ]);

  // A sidebar page opened afresh lists the note in the notes view and opens it from there.
  await panel.close();
  const fresh = await ff.openExtensionPage('sidepanel.html');
  await click(fresh, 'nav.views button::-p-text(Notes)');
  const item = '.note-item[data-topic-id="pulmonary-nodule"]';
  await expect.poll(() => text(fresh, `${item} .note-item-title`)).toBe('Pulmonary nodule');
  expect(await text(fresh, `${item} .note-item-body`)).toBe(NOTE);
  await click(fresh, item);
  await expect.poll(() => text(fresh, 'article.topic h1')).toBe('Pulmonary nodule');
  await expect.poll(() => noteValue(fresh)).toBe(NOTE);
});

test('the notes view exports the note as Markdown and as JSON files, with the topic', async ({
  ff,
  openWithPanel,
}, testInfo) => {
  const download = await captureDownloads(ff, testInfo.outputPath('downloads'));
  const { panel } = await openWithPanel('chest.html');
  await openTopic(panel, 'pulmonary-nodule');
  await writeNote(panel, NOTE);
  await click(panel, 'nav.views button::-p-text(Notes)');
  await expect.poll(() => count(panel, '.note-item')).toBe(1);

  const json = await download(() => click(panel, 'button::-p-text(Export JSON)'));
  expect(json.name).toMatch(/^radlens-notes-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(json.content) as { format: string; notes: StoredNote[] };
  expect(exported.format).toBe('radlens-notes');
  expect(exported.notes.map((n) => [n.topicId, n.body])).toEqual([['pulmonary-nodule', NOTE]]);

  const markdown = await download(() => click(panel, 'button::-p-text(Export Markdown)'));
  expect(markdown.name).toMatch(/^radlens-notes-\d{4}-\d{2}-\d{2}\.md$/);
  expect(markdown.content).toMatch(/^# RadLens notes\n/);
  expect(markdown.content).toContain('\n## Pulmonary nodule\n');
  expect(markdown.content).toContain('Topic `pulmonary-nodule`');
  expect(markdown.content).toContain(`\n${NOTE}\n`);
});

test('importing notes: a bad file names the problem and changes nothing; a good one is merged on the user’s choice', async ({
  ff,
  openWithPanel,
}, testInfo) => {
  const { panel } = await openWithPanel('chest.html');
  await openTopic(panel, 'pulmonary-nodule');
  await writeNote(panel, NOTE);
  await click(panel, 'nav.views button::-p-text(Notes)');
  await expect.poll(() => count(panel, '.note-item')).toBe(1);
  const { topicId, createdAt, updatedAt } = (await storedNotes(ff.api))[0]!;
  const mine = { topicId, body: NOTE, createdAt, updatedAt };
  const input = (await panel.$('.notes-view input[type="file"]'))!;
  const choose = async (name: string, content: unknown) => {
    const path = testInfo.outputPath(name);
    await writeFile(path, JSON.stringify(content));
    // A real file chosen through the file input (WebDriver BiDi input.setFiles).
    await input.uploadFile(path);
  };
  const file = (notes: unknown[]) => ({
    format: 'radlens-notes',
    version: 1,
    exportedAt: new Date().toISOString(),
    notes,
  });

  const before = await dumpIndexedDb(ff.api);
  expect(before).toContain(NOTE);
  await choose('bad.json', file([{ ...mine, body: 42 }]));
  await expect.poll(() => text(panel, '.notes-view .error')).toContain('notes[0].body');
  expect(await text(panel, '.notes-view .error')).toContain('“bad.json” was not imported');
  expect(await text(panel, '.notes-view .error')).toMatch(/Nothing was changed\.$/);
  expect(await dumpIndexedDb(ff.api)).toBe(before);
  expect(await texts(panel, '.note-item-body')).toEqual([NOTE]);

  const theirs = 'Theirs: Lung-RADS for screening CTs.';
  await choose(
    'colleague.json',
    file([
      { ...mine, body: theirs, updatedAt: Date.now() + 1000 },
      { topicId: 'emphysema', body: 'Spirometry first.', createdAt: 1, updatedAt: 2 },
    ]),
  );
  await expect
    .poll(() => text(panel, '.import-choice'))
    .toContain('“colleague.json”: 1 new, 0 identical, 1 different');
  expect(await dumpIndexedDb(ff.api), 'nothing is stored before the user chooses').toBe(before);
  await click(panel, '.import-choice button::-p-text(The imported notes)');
  await expect
    .poll(() => text(panel, '.notes-view .success'))
    .toBe('Notes imported: 1 added, 1 replaced.');
  await expect
    .poll(() => text(panel, '.note-item[data-topic-id="pulmonary-nodule"] .note-item-body'))
    .toBe(theirs);
  expect(await text(panel, '.note-item[data-topic-id="emphysema"] .note-item-title')).toBe(
    'Emphysema',
  );
  const stored = await storedNotes(ff.api);
  expect(stored.map((n) => [n.topicId, n.body]).sort()).toEqual([
    ['emphysema', 'Spirometry first.'],
    ['pulmonary-nodule', theirs],
  ]);
});
