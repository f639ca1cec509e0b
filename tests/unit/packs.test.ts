/**
 * Content packs end to end on fake-indexeddb: reading pack files (bad ones, odd Unicode and
 * very deep nesting included, are refused with the first failing path and leave the
 * database exactly as it was), importing, replacing
 * built-in topics only after confirmation, removing, restoring, and the v1 -> v2 upgrade.
 */
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTopics, seedVersion } from '../../data/index';
import { exportPack, MAX_PACK_BYTES, readPack } from '../../utils/core/pack';
import type { Note, Topic } from '../../utils/core/schema';
import { createDb, type RadLensDb } from '../../utils/db';
import {
  importPackText,
  listPacks,
  packIdOf,
  removePack,
  restoreBuiltin,
  topicsRevision,
} from '../../utils/packs';
import { syncBuiltinTopics } from '../../utils/seed';

let db: RadLensDb;
let counter = 0;

beforeEach(async () => {
  db = createDb(`packs-test-${++counter}`);
  await syncBuiltinTopics(db, seedTopics, seedVersion);
  await db.notes.put(note);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(db.name);
});

const note: Note = {
  topicId: 'pleural-effusion',
  body: 'Our thoracentesis pathway — ext. 4321 ✓',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
};

const builtin = (id: string) => seedTopics.find((t) => t.id === id)!;

/** A new topic of an institution's own, built from a built-in one. */
function ownTopic(id: string, title: string): Topic {
  return {
    ...builtin('pleural-effusion'),
    id,
    title,
    terms: [{ text: title, kind: 'preferred' }],
    related: [],
  };
}

function packText(topics: Topic[], name = 'Chest pathways', publisher = 'St Elsewhere'): string {
  return exportPack(name, publisher, topics);
}

/** Every table's rows, to compare before and after. */
async function snapshot(): Promise<string> {
  return JSON.stringify({
    topics: await db.topics.orderBy('id').toArray(),
    notes: await db.notes.toArray(),
    meta: await db.meta.orderBy('key').toArray(),
    packs: await db.packs.toArray(),
  });
}

const valid = () => packText([ownTopic('chest-drain-care', 'Chest drain care')]);

/** A pack file's JSON, loosely typed so a test can spoil it. */
type LoosePack = { topics: { sections: { items: { strength: string; refs: string[] }[] }[] }[] };
const loose = () => JSON.parse(valid()) as LoosePack;

/** The valid pack with the value at `path` set to `value` (as the file's JSON would hold it). */
function spoiled(path: (string | number)[], value: unknown): string {
  const pack = JSON.parse(valid()) as Record<string | number, unknown>;
  let at = pack;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string | number, unknown>;
  at[path.at(-1)!] = value;
  return JSON.stringify(pack, null, 2);
}

/** A pack whose topics are `depth` arrays nested in one another. */
const nested = (depth: number) =>
  `{"format":"radlens-pack","version":1,"name":"Deep","publisher":"Anyone","topics":${'['.repeat(depth)}${']'.repeat(depth)}}`;

/** Bad pack files: (what, file text, the path the error must name, words the message holds). */
const badPacks: [string, () => string, string, RegExp][] = [
  [
    'invalid JSON',
    () => '{"format": "radlens-pack", "version": 1,,}',
    '(the file)',
    /not valid JSON \(line 1, column \d+\)/,
  ],
  ['an empty file', () => '   ', '(the file)', /empty/],
  ['JSON that is not a pack', () => '[1, 2, 3]', '(the file)', /object/i],
  [
    'a wrong format tag',
    () => valid().replace('"radlens-pack"', '"other-pack"'),
    'format',
    /radlens-pack/,
  ],
  [
    'a bad strength deep inside',
    () => {
      const pack = loose();
      pack.topics[0]!.sections[0]!.items[1]!.strength = 'very strong';
      return JSON.stringify(pack);
    },
    'topics[0].sections[0].items[1].strength',
    /strong/,
  ],
  [
    'a recommendation citing a missing reference',
    () => {
      const pack = loose();
      pack.topics[0]!.sections[0]!.items[0]!.refs = ['nowhere-2020'];
      return JSON.stringify(pack);
    },
    'topics[0].sections[0].items[0].refs[0]',
    /nowhere-2020/,
  ],
  [
    'duplicate topic ids',
    () =>
      packText([
        ownTopic('chest-drain-care', 'Chest drain care'),
        ownTopic('chest-drain-care', 'Drains'),
      ]),
    'topics[1].id',
    /topics\[0\]/,
  ],
  [
    'a __proto__ key',
    () =>
      valid().replace(
        '"title": "Chest drain care"',
        '"__proto__": {"polluted": true}, "title": "Chest drain care"',
      ),
    'topics[0].__proto__',
    /not allowed/,
  ],
  [
    'a nested constructor key',
    () => valid().replace('"format"', '"meta": {"constructor": {"prototype": {}}}, "format"'),
    'meta.constructor',
    /not allowed/,
  ],
  [
    'an unknown top-level key',
    () => valid().replace('"format"', '"extra": 1, "format"'),
    '(the file)',
    /extra/,
  ],
  ['no topics', () => packText([]), 'topics', /.+/],
  ['a newer version', () => spoiled(['version'], 2), 'version', /^pack version 2 is not supported/],
  ['version 0', () => spoiled(['version'], 0), 'version', /pack version 0 is not supported/],
  [
    'a version that is a string',
    () => spoiled(['version'], '1'),
    'version',
    /pack version "1" is not supported \(expected 1\)/,
  ],
  ['no version', () => spoiled(['version'], undefined), 'version', /missing.*version 1/],
  [
    'a notes file',
    () =>
      '{"format":"radlens-notes","version":1,"exportedAt":"2026-11-25T08:00:00.000Z","notes":[]}',
    'format',
    /notes file, not a content pack/,
  ],
  [
    'a lone high surrogate (JSON escape) in a title',
    () => valid().replace('"title": "Chest drain care"', '"title": "Chest \\ud83d drain care"'),
    'topics[0].title',
    /lone surrogate \(U\+D83D\) at character 7/,
  ],
  [
    'a lone low surrogate (raw, in the file text) in a term',
    () => valid().replace('"text": "Chest drain care"', '"text": "Chest \udc00drain care"'),
    'topics[0].terms[0].text',
    /lone surrogate \(U\+DC00\) at character 7/,
  ],
  [
    'a surrogate pair split by another character',
    () => spoiled(['name'], 'Chest \ud83dx\ude00'),
    'name',
    /lone surrogate \(U\+D83D\)/,
  ],
  [
    'a NUL character',
    () => spoiled(['topics', 0, 'bottomLine'], 'Drain\u0000 it'),
    'topics[0].bottomLine',
    /control character U\+0000 at character 6 \(only tab and line breaks/,
  ],
  [
    'a raw bell character in the file text (JSON itself forbids it)',
    () => valid().replace('"name": "Chest pathways"', '"name": "Chest\u0007pathways"'),
    '(the file)',
    /not valid JSON \(line \d+, column \d+\)/,
  ],
  [
    'a vertical tab that trimming would hide',
    () => spoiled(['topics', 0, 'title'], '\u000bChest drain care'),
    'topics[0].title',
    /control character U\+000B at character 1/,
  ],
  [
    'an escape character deep inside',
    () => spoiled(['topics', 0, 'sections', 0, 'items', 1, 'text'], 'Use \u001b[31mred'),
    'topics[0].sections[0].items[1].text',
    /control character U\+001B/,
  ],
  [
    'a right-to-left override',
    () => spoiled(['topics', 0, 'sections', 0, 'items', 0, 'text'], 'Give \u202e01 mg'),
    'topics[0].sections[0].items[0].text',
    /bidirectional control U\+202E at character 6/,
  ],
  [
    'a left-to-right embedding (JSON escape)',
    () => valid().replace('"publisher": "St Elsewhere"', '"publisher": "\\u202aSt Elsewhere"'),
    'publisher',
    /bidirectional control U\+202A/,
  ],
  [
    'a first strong isolate in a reference',
    () => spoiled(['topics', 0, 'references', 0, 'title'], 'Guideline \u2068x\u2069'),
    'topics[0].references[0].title',
    /bidirectional control U\+2068/,
  ],
  [
    'a pop directional isolate',
    () => spoiled(['topics', 0, 'title'], 'Chest drain care\u2069'),
    'topics[0].title',
    /bidirectional control U\+2069/,
  ],
  [
    'a bidirectional control in a key',
    () => valid().replace('"format"', '"x\u202e": 1, "format"'),
    'x\u202e',
    /^the key holds the bidirectional control U\+202E/,
  ],
  [
    'two odd characters: the first in the file is named',
    () =>
      valid()
        .replace('"name": "Chest pathways"', '"name": "Chest\\u0001pathways"')
        .replace('"title": "Chest drain care"', '"title": "Chest\\u202edrain care"'),
    'name',
    /U\+0001/,
  ],
  [
    'a topic written before claims (refines)',
    () => spoiled(['topics', 0, 'refines'], [{ topic: 'pleural-effusion', sites: ['chest'] }]),
    'topics[0].refines',
    /declare them as "claims"/,
  ],
  [
    'a generic term written before claims',
    () => spoiled(['topics', 0, 'terms', 0, 'generic'], true),
    'topics[0].terms[0].generic',
    /declare them as "claims"/,
  ],
  [
    'a claim of a head the vocabulary does not know',
    () => spoiled(['topics', 0, 'claims'], [{ heads: ['blob'], sites: ['pleura'] }]),
    'topics[0].claims.0.heads.0',
    /^unknown head "blob"/,
  ],
  [
    'a claim at a site the anatomy does not know',
    () => spoiled(['topics', 0, 'claims'], [{ heads: ['effusion'], sites: ['chest-cavity'] }]),
    'topics[0].claims.0.sites.0',
    /^unknown site "chest-cavity"/,
  ],
  [
    '100,000 nested arrays (too deep to walk)',
    () => nested(100_000),
    '(the file)',
    /^is nested too deeply to read$/,
  ],
];

describe('readPack and importPackText: bad packs change nothing', () => {
  it.each(badPacks)(
    'rejects %s naming the first failing path',
    async (_what, make, path, message) => {
      const before = await snapshot();
      const result = await importPackText(db, make(), () => true);
      expect(result.outcome).toBe('rejected');
      if (result.outcome !== 'rejected') return;
      expect(result.error.path).toBe(path);
      expect(result.error.message).toMatch(message);
      expect(await snapshot()).toBe(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  it('rejects a 50 MB file by its size, before parsing it', async () => {
    const before = await snapshot();
    const huge = `{"format":"radlens-pack","pad":"${'x'.repeat(50 * 1024 * 1024)}"}`;
    const result = await importPackText(db, huge, () => true);
    expect(result).toMatchObject({ outcome: 'rejected', error: { path: '(the file)' } });
    if (result.outcome === 'rejected')
      expect(result.error.message).toMatch(/50\.0 MB.*at most 5 MB/);
    expect(await snapshot()).toBe(before);
  });

  it('accepts a file just under the limit when it is a valid pack', () => {
    expect(readPack(valid(), MAX_PACK_BYTES).ok).toBe(true);
  });

  it('never throws, whatever the text (fuzzed JSON, spoiled packs, any string)', () => {
    const good = valid();
    const texts = fc.oneof(
      { arbitrary: fc.json(), weight: 5 },
      { arbitrary: fc.string({ unit: 'binary' }), weight: 5 },
      {
        arbitrary: fc
          .tuple(fc.nat(good.length), fc.nat(8), fc.string({ unit: 'binary', maxLength: 4 }))
          .map(([i, cut, insert]) => good.slice(0, i) + insert + good.slice(i + cut)),
        weight: 5,
      },
      { arbitrary: fc.nat({ max: 200_000 }).map(nested), weight: 1 },
    );
    fc.assert(
      fc.property(texts, (text) => {
        const result = readPack(text);
        if (!result.ok) expect(result.error.message.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  }, 30_000);
});

describe('readPack accepts what a real pack may hold', () => {
  it.each([
    ['a UTF-8 byte order mark at the start of the file', () => `\uFEFF${valid()}`],
    ['a shallowly nested pack (a few levels)', valid],
    [
      'tabs, line feeds and carriage returns',
      () => spoiled(['topics', 0, 'bottomLine'], 'First\tline\r\nsecond line\nthird'),
    ],
    [
      'emoji, accents, combining marks and joiners',
      () => spoiled(['topics', 0, 'bottomLine'], 'Épanchement ✓ 👩‍⚕️ n\u0303 x\u200dy'),
    ],
    [
      'right-to-left scripts and directional marks (not overrides)',
      () => spoiled(['topics', 0, 'bottomLine'], 'انصباب جنبي \u200f / תפליט \u200e ok'),
    ],
    [
      'characters next to the refused ranges',
      () => spoiled(['topics', 0, 'bottomLine'], 'a\u2029b\u202fc\u2065d\u206ae\u007ff'),
    ],
  ])('%s', async (_what, make) => {
    const result = await importPackText(db, make(), () => true);
    expect(result.outcome).toBe('imported');
  });
});

describe('importing, replacing, removing', () => {
  it('imports a new topic and bumps the topics revision; notes stay byte-identical', async () => {
    const noteBefore = JSON.stringify(await db.notes.get(note.topicId));
    const result = await importPackText(db, valid(), () => {
      throw new Error('nothing to confirm');
    });
    expect(result.outcome).toBe('imported');
    expect(await db.topics.get('chest-drain-care')).toMatchObject({
      source: 'pack',
      packId: 'st-elsewhere/chest-pathways',
    });
    expect(await topicsRevision(db)).toBe(1);
    expect((await listPacks(db)).map((p) => p.topicIds)).toEqual([['chest-drain-care']]);
    expect(JSON.stringify(await db.notes.get(note.topicId))).toBe(noteBefore);
  });

  it('replaces a built-in topic only after confirmation', async () => {
    const edited = { ...builtin('pleural-effusion'), bottomLine: 'Our local pathway first.' };
    const before = await snapshot();
    const asked: string[][] = [];
    const declined = await importPackText(db, packText([edited]), (r) => {
      asked.push(r.map((x) => `${x.id}:${x.from}`));
      return false;
    });
    expect(declined.outcome).toBe('cancelled');
    expect(asked).toEqual([['pleural-effusion:builtin']]);
    expect(await snapshot()).toBe(before);

    const accepted = await importPackText(db, packText([edited]), () => true);
    expect(accepted.outcome).toBe('imported');
    expect((await db.topics.get('pleural-effusion'))?.bottomLine).toBe('Our local pathway first.');
  });

  it('a new seed version does not overwrite a topic a pack replaced', async () => {
    const edited = { ...builtin('pneumothorax'), bottomLine: 'Local.' };
    await importPackText(db, packText([edited]), () => true);
    await syncBuiltinTopics(db, seedTopics, `${seedVersion}-next`);
    expect(await db.topics.get('pneumothorax')).toMatchObject({
      bottomLine: 'Local.',
      source: 'pack',
    });
  });

  /** Imports a pack that replaces pleural-effusion's bottom line and adds a topic of its own. */
  const importEditedPack = () =>
    importPackText(
      db,
      packText([
        { ...builtin('pleural-effusion'), bottomLine: 'Local.' },
        ownTopic('chest-drain-care', 'Chest drain care'),
      ]),
      () => true,
    );

  it('removing a pack deletes its topics and gives back the built-ins it replaced', async () => {
    await importEditedPack();
    const noteBefore = JSON.stringify(await db.notes.get(note.topicId));
    await removePack(
      db,
      packIdOf({ name: 'Chest pathways', publisher: 'St Elsewhere' }),
      seedTopics,
    );
    expect(await db.topics.get('chest-drain-care')).toBeUndefined();
    expect(await db.topics.get('pleural-effusion')).toEqual({
      ...builtin('pleural-effusion'),
      source: 'builtin',
    });
    expect(await listPacks(db)).toEqual([]);
    expect(JSON.stringify(await db.notes.get(note.topicId))).toBe(noteBefore);
    expect(await topicsRevision(db)).toBe(2);
  });

  it('restores one built-in topic and leaves the rest of the pack', async () => {
    await importEditedPack();
    await restoreBuiltin(db, 'pleural-effusion', seedTopics);
    expect((await db.topics.get('pleural-effusion'))?.source).toBe('builtin');
    expect((await listPacks(db))[0]?.topicIds).toEqual(['chest-drain-care']);
  });

  it('importing the same pack again replaces its previous version', async () => {
    await importPackText(
      db,
      packText([ownTopic('chest-drain-care', 'Chest drain care')]),
      () => true,
    );
    const again = await importPackText(
      db,
      packText([ownTopic('chest-tube-sizes', 'Chest tube sizes')]),
      () => true,
    );
    expect(again.outcome).toBe('imported');
    expect(await db.topics.get('chest-drain-care')).toBeUndefined();
    expect((await listPacks(db)).map((p) => p.topicIds)).toEqual([['chest-tube-sizes']]);
  });

  it('a storage failure part-way through leaves nothing written', async () => {
    const before = await snapshot();
    db.packs.hook('creating', () => {
      throw new Error('QuotaExceededError: disk full');
    });
    await expect(importPackText(db, valid(), () => true)).rejects.toThrow(/disk full/);
    expect(await snapshot()).toBe(before);
  });

  it('exports the built-in topics as a pack that reads back identical', () => {
    const reading = readPack(exportPack('RadLens built-in topics', 'RadLens', seedTopics));
    expect(reading.ok).toBe(true);
    if (reading.ok) expect(reading.pack.topics).toEqual(seedTopics);
  });
});

describe('database upgrade', () => {
  it('opens a version-1 database with notes as version 2 and keeps the notes', async () => {
    const name = `packs-upgrade-${++counter}`;
    const old = new Dexie(name);
    old
      .version(1)
      .stores({ topics: 'id, source, category', notes: 'topicId, updatedAt', meta: 'key' });
    await old.table('notes').put(note);
    await old.table('topics').put({ ...builtin('pneumothorax'), source: 'builtin' });
    old.close();
    const upgraded = createDb(name);
    expect(await upgraded.notes.get(note.topicId)).toEqual(note);
    expect((await upgraded.topics.get('pneumothorax'))?.source).toBe('builtin');
    expect(await upgraded.packs.count()).toBe(0);
    expect(upgraded.verno).toBe(2);
    upgraded.close();
    await Dexie.delete(name);
  });
});
