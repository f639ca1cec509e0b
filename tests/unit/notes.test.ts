/**
 * Notes in IndexedDB (Dexie on fake-indexeddb): saving only over the version an editor
 * started from, deleting, listing, and import / export through the database, round trip
 * byte-exact and all or nothing (a refused file or batch leaves every table as it was).
 */
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTopics, seedVersion } from '../../data/index';
import { notesToJson, readNotesFile } from '../../utils/core/notes-file';
import type { Note } from '../../utils/core/schema';
import { createDb, type RadLensDb } from '../../utils/db';
import {
  exportNotes,
  getNote,
  importNotes,
  listNotes,
  MAX_NOTE_CHARS,
  saveNote,
} from '../../utils/notes';
import { importPackText } from '../../utils/packs';
import { syncBuiltinTopics } from '../../utils/seed';

let db: RadLensDb;
let counter = 0;
beforeEach(() => {
  db = createDb(`notes-test-${++counter}`);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const at = new Date('2026-11-25T08:00:00.000Z');
const snapshot = async (d: RadLensDb = db) => notesToJson(await exportNotes(d), at);

/** Every table's rows (topics, notes, meta, packs), to compare before and after. */
async function everything(): Promise<string> {
  return JSON.stringify({
    topics: await db.topics.orderBy('id').toArray(),
    notes: await db.notes.orderBy('topicId').toArray(),
    meta: await db.meta.orderBy('key').toArray(),
    packs: await db.packs.orderBy('id').toArray(),
  });
}

describe('saveNote', () => {
  it('creates, updates (updatedAt strictly increasing, createdAt kept) and deletes on empty', async () => {
    const first = await saveNote(db, 'atelectasis', 'one', undefined, 1000);
    expect(first).toEqual({
      status: 'saved',
      note: { topicId: 'atelectasis', body: 'one', createdAt: 1000, updatedAt: 1000 },
    });
    // A clock that went backwards still moves updatedAt on.
    const second = await saveNote(db, 'atelectasis', 'two', 1000, 500);
    expect(second).toMatchObject({ status: 'saved', note: { createdAt: 1000, updatedAt: 1001 } });
    expect((await getNote(db, 'atelectasis'))?.body).toBe('two');
    expect(await saveNote(db, 'atelectasis', '  \n ', 1001)).toEqual({ status: 'deleted' });
    expect(await getNote(db, 'atelectasis')).toBeUndefined();
  });

  it('two panels from the same version: the first save wins, the second gets a conflict', async () => {
    const base = await saveNote(db, 'emphysema', 'start', undefined, 1000);
    const from = base.status === 'saved' ? base.note.updatedAt : -1;
    const a = await saveNote(db, 'emphysema', 'panel A', from, 2000);
    const b = await saveNote(db, 'emphysema', 'panel B', from, 2001);
    expect(a.status).toBe('saved');
    expect(b).toEqual({
      status: 'conflict',
      current: { topicId: 'emphysema', body: 'panel A', createdAt: 1000, updatedAt: 2000 },
    });
    expect((await getNote(db, 'emphysema'))?.body).toBe('panel A');
  });

  it('a panel that started with no note does not overwrite one created meanwhile', async () => {
    await saveNote(db, 'emphysema', 'other panel', undefined, 1000);
    const late = await saveNote(db, 'emphysema', 'mine', undefined, 2000);
    expect(late).toMatchObject({ status: 'conflict', current: { body: 'other panel' } });
  });

  it('a panel editing a note deleted elsewhere is asked too', async () => {
    await saveNote(db, 'emphysema', 'x', undefined, 1000);
    await saveNote(db, 'emphysema', '', 1000, 1100);
    expect(await saveNote(db, 'emphysema', 'y', 1000, 1200)).toEqual({
      status: 'conflict',
      current: undefined,
    });
  });

  it('refuses a body over 100,000 characters with a clear error and writes nothing', async () => {
    await saveNote(db, 'emphysema', 'kept', undefined, 1000);
    await expect(saveNote(db, 'emphysema', 'x'.repeat(100_001), 1000, 2000)).rejects.toThrow(
      'the note cannot be saved: it is 100,001 characters long; a note may be at most 100,000',
    );
    expect(await getNote(db, 'emphysema')).toEqual({
      topicId: 'emphysema',
      body: 'kept',
      createdAt: 1000,
      updatedAt: 1000,
    });
    expect(MAX_NOTE_CHARS).toBe(100_000);
    const longest = await saveNote(db, 'emphysema', 'x'.repeat(100_000), 1000, 2000);
    expect(longest.status).toBe('saved');
  });

  it('refuses a topic id that is not a slug, writing nothing', async () => {
    await expect(saveNote(db, 'Not A Slug', 'x', undefined, 1000)).rejects.toThrow(
      /cannot be saved: topicId: must be a lowercase slug/,
    );
    expect(await listNotes(db)).toEqual([]);
  });

  it('updatedAt strictly increases even when saves share a millisecond', async () => {
    let base: number | undefined;
    const stamps: number[] = [];
    for (const body of ['a', 'b', 'c', 'd']) {
      const result = await saveNote(db, 'atelectasis', body, base, 5000);
      if (result.status !== 'saved') throw new Error(result.status);
      base = result.note.updatedAt;
      stamps.push(base);
    }
    expect(stamps).toEqual([5000, 5001, 5002, 5003]);
    expect((await getNote(db, 'atelectasis'))?.createdAt).toBe(5000);
  });

  it('two panels saving at the same moment: exactly one wins, the other sees its note', async () => {
    const results = await Promise.all([
      saveNote(db, 'emphysema', 'panel A', undefined, 1000),
      saveNote(db, 'emphysema', 'panel B', undefined, 1000),
    ]);
    const saved = results.filter((r) => r.status === 'saved');
    const conflicts = results.filter((r) => r.status === 'conflict');
    expect(saved).toHaveLength(1);
    expect(conflicts).toEqual([{ status: 'conflict', current: saved[0]!.note }]);
    expect(await listNotes(db)).toEqual([saved[0]!.note]);
  });

  it('an empty save from a stale version does not delete the newer note', async () => {
    await saveNote(db, 'emphysema', 'one', undefined, 1000);
    await saveNote(db, 'emphysema', 'two', 1000, 2000);
    expect(await saveNote(db, 'emphysema', '', 1000, 3000)).toMatchObject({
      status: 'conflict',
      current: { body: 'two', updatedAt: 2000 },
    });
    expect((await getNote(db, 'emphysema'))?.body).toBe('two');
  });

  it('an empty save with no note stored writes nothing', async () => {
    expect(await saveNote(db, 'emphysema', '   ', undefined, 1000)).toEqual({ status: 'deleted' });
    expect(await listNotes(db)).toEqual([]);
  });
});

describe('listNotes', () => {
  it('lists the most recently edited first', async () => {
    await saveNote(db, 'a', 'x', undefined, 3000);
    await saveNote(db, 'b', 'x', undefined, 1000);
    await saveNote(db, 'c', 'x', undefined, 2000);
    expect((await listNotes(db)).map((n) => n.topicId)).toEqual(['a', 'c', 'b']);
  });
});

describe('importNotes', () => {
  const note = (topicId: string, body: string, updatedAt: number): Note => ({
    topicId,
    body,
    createdAt: 1,
    updatedAt,
  });
  beforeEach(async () => {
    await db.notes.bulkPut([note('a', 'mine A', 100), note('b', 'mine B', 300)]);
    // Topics, meta and a pack too, so "changes nothing" is checked on every table.
    await syncBuiltinTopics(db, seedTopics, seedVersion);
    const pneumothorax = seedTopics.find((t) => t.id === 'pneumothorax');
    const packFile = JSON.stringify({
      format: 'radlens-pack',
      version: 1,
      name: 'Chest',
      publisher: 'Here',
      topics: [{ ...pneumothorax, bottomLine: 'Our pathway.' }],
    });
    expect((await importPackText(db, packFile, () => true)).outcome).toBe('imported');
  });
  const incoming = [note('a', 'theirs A', 200), note('b', 'theirs B', 200), note('c', 'new', 1)];

  it.each([
    ['keep-mine', { added: 1, replaced: 0, kept: 2, unchanged: 0 }, ['mine A', 'mine B', 'new']],
    [
      'take-imported',
      { added: 1, replaced: 2, kept: 0, unchanged: 0 },
      ['theirs A', 'theirs B', 'new'],
    ],
    ['keep-newer', { added: 1, replaced: 1, kept: 1, unchanged: 0 }, ['theirs A', 'mine B', 'new']],
  ] as const)('%s', async (resolution, counts, bodies) => {
    expect(await importNotes(db, incoming, resolution)).toEqual(counts);
    expect((await exportNotes(db)).map((n) => n.body)).toEqual(bodies);
  });

  it('counts identical notes as unchanged', async () => {
    expect(await importNotes(db, [note('a', 'mine A', 999)], 'take-imported')).toMatchObject({
      unchanged: 1,
      replaced: 0,
    });
  });

  it('keep-newer keeps mine when both were edited at the same time', async () => {
    expect(await importNotes(db, [note('a', 'theirs A', 100)], 'keep-newer')).toEqual({
      added: 0,
      replaced: 0,
      kept: 1,
      unchanged: 0,
    });
    expect((await getNote(db, 'a'))?.body).toBe('mine A');
  });

  it('an empty import changes nothing', async () => {
    const before = await everything();
    expect(await importNotes(db, [], 'take-imported')).toEqual({
      added: 0,
      replaced: 0,
      kept: 0,
      unchanged: 0,
    });
    expect(await everything()).toBe(before);
  });

  it.each([
    ['a negative updatedAt', { ...note('d', 'x', 1), updatedAt: -5 }, /notes\[1\]\.updatedAt/],
    ['a body that is not text', { ...note('d', 'x', 1), body: 7 }, /notes\[1\]\.body/],
    ['a body too long', note('d', 'x'.repeat(100_001), 1), /notes\[1\]\.body/],
    ['an extra key', { ...note('d', 'x', 1), html: '<b>' }, /notes\[1\] is not valid/],
    ['a repeated topic', note('c', 'again', 2), /notes\[1\] repeats the topic "c"/],
    ['a lone surrogate', note('d', 'x\ud800', 1), /notes\[1\]\.body.*lone surrogate/],
  ])('an invalid note in the batch (%s) changes nothing', async (_name, bad, message) => {
    const before = await everything();
    const batch = [note('c', 'fine', 1), bad as Note, note('e', 'fine too', 1)];
    await expect(importNotes(db, batch, 'take-imported')).rejects.toThrow(message);
    await expect(importNotes(db, batch, 'take-imported')).rejects.toThrow(/nothing was imported/);
    expect(await everything()).toBe(before);
  });

  /** Reads and imports a notes file as the side panel does; the refusal, if any. */
  async function importFile(text: string, bytes = text.length) {
    const reading = readNotesFile(text, bytes);
    if (!reading.ok) return reading.error;
    await importNotes(db, reading.file.notes, 'take-imported');
    return undefined;
  }
  const file = (notes: unknown[], extra: Record<string, unknown> = {}) =>
    JSON.stringify({
      format: 'radlens-notes',
      version: 1,
      exportedAt: at.toISOString(),
      notes,
      ...extra,
    });
  const depth = 100_000;

  it.each([
    ['invalid JSON', () => '{"format":"radlens-notes",,}', '(the file)', /not valid JSON/],
    ['a newer version', () => file([note('c', 'x', 1)], { version: 2 }), 'version', /2/],
    ['a content pack', () => '{"format":"radlens-pack","version":1}', 'format', /pack/],
    [
      'a lone surrogate in a body',
      () => file([note('c', 'x', 1), note('d', '\udfff', 1)]),
      'notes[1].body',
      /lone surrogate/,
    ],
    [
      'a __proto__ key',
      () => file([note('c', 'x', 1)]).replace('"notes"', '"__proto__":{"x":1},"notes"'),
      '__proto__',
      /not allowed/,
    ],
    [
      'two notes on one topic',
      () => file([note('a', 'x', 1), note('a', 'y', 2)]),
      'notes[1].topicId',
      /already has a note/,
    ],
    [
      `${depth.toLocaleString('en')} nested arrays`,
      () => file([]).replace('"notes":[]', `"notes":[${'['.repeat(depth)}${']'.repeat(depth)}]`),
      '(the file)',
      /nested too deeply/,
    ],
  ])('a bad notes file (%s) is refused and changes no table', async (_what, make, path, msg) => {
    const before = await everything();
    const error = await importFile(make());
    expect(error?.path).toBe(path);
    expect(error?.message).toMatch(msg);
    expect(await everything()).toBe(before);
  });

  it('a 50 MB notes file is refused by its size and changes no table', async () => {
    const before = await everything();
    const error = await importFile(file([note('c', 'x', 1)]), 50 * 1024 * 1024);
    expect(error?.path).toBe('(the file)');
    expect(error?.message).toMatch(/50\.0 MB.*at most 20 MB/);
    expect(await everything()).toBe(before);
  });

  it('a transaction that fails midway changes nothing (all or nothing)', async () => {
    const before = await everything();
    db.notes.hook('creating', (key) => {
      if (key === 'c') throw new Error('disk full');
    });
    await expect(importNotes(db, incoming, 'take-imported')).rejects.toThrow(/disk full/);
    expect(await everything()).toBe(before);
  });
});

describe('export -> import round trip through the database', () => {
  const arbitraryNotes = fc.uniqueArray(
    fc.record({
      topicId: fc.stringMatching(/^[a-z0-9]{1,8}(?:-[a-z0-9]{1,8}){0,2}$/),
      body: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 200 }),
      createdAt: fc.integer({ min: 0, max: 2 ** 45 }),
      updatedAt: fc.integer({ min: 0, max: 2 ** 45 }),
    }),
    { selector: (n) => n.topicId, maxLength: 8 },
  );

  it('is byte-exact: notes exported from one browser and imported into another export the same', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(arbitraryNotes, async (notes) => {
        const from = createDb(`notes-from-${counter}-${++run}`);
        const to = createDb(`notes-to-${counter}-${run}`);
        try {
          await from.notes.bulkPut(notes);
          const file = await snapshot(from);
          const read = readNotesFile(file);
          expect(read.ok).toBe(true);
          if (!read.ok) return;
          await importNotes(to, read.file.notes, 'keep-mine');
          expect(await snapshot(to)).toBe(file);
        } finally {
          from.close();
          to.close();
          await Dexie.delete(from.name);
          await Dexie.delete(to.name);
        }
      }),
      { numRuns: 60 },
    );
  });
});
