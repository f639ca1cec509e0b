/**
 * Every earlier schema of the RadLens database, opened by today's `createDb`, keeps 100 % of
 * the user's notes byte-identical. One row per schema version, declared here with plain Dexie
 * exactly as that version of utils/db.ts declared it: when version N+1 is added to db.ts, the
 * coverage check below fails until version N+1's row is added here too.
 */
import { Dexie } from 'dexie';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Note } from '../../utils/core/schema';
import { createDb } from '../../utils/db';

/** Each schema version's `stores()` as released. Never edit a row; add one per new version. */
const SCHEMA_VERSIONS: { version: number; stores: Record<string, string> }[] = [
  {
    version: 1,
    stores: { topics: 'id, source, category', notes: 'topicId, updatedAt', meta: 'key' },
  },
  {
    version: 2,
    stores: {
      topics: 'id, source, category, packId',
      notes: 'topicId, updatedAt',
      meta: 'key',
      packs: 'id',
    },
  },
];

/** Bodies that have broken text handling elsewhere: kept whatever the schema checks today. */
const ODD_BODIES = [
  'plain',
  'e\u0301 vs \u00e9 (NFD and NFC stay as typed)',
  '👩‍⚕️ 🫁 family emoji 👨‍👩‍👧 and flags 🇳🇱',
  'עברית and العربية, \u202Eright-to-left override',
  'zero\u200Bwidth\u200Djoiner\uFEFFBOM',
  'line\r\nCRLF\rCR\u2028LS\u2029PS',
  'NUL \u0000 and DEL \u007F',
  'lone high \uD800 and lone low \uDC00 surrogates',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 astral',
  '  leading and trailing spaces  ',
  '<script>alert(1)</script> & "quotes"',
  'x'.repeat(100_000),
];

let counter = 0;
const topicIdOf = (i: number) => `topic-${i.toString(36)}`;
const notesOf = (bodies: readonly string[]): Note[] =>
  bodies.map((body, i) => ({ topicId: topicIdOf(i), body, createdAt: i, updatedAt: 2 * i + 1 }));

/** UTF-16 code units: byte-identical, lone surrogates included (UTF-8 would replace them). */
const units = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));

/** Writes `notes` into a database with exactly `row`'s schema, then opens it with createDb. */
async function upgradeWith(row: (typeof SCHEMA_VERSIONS)[number], notes: readonly Note[]) {
  const name = `db-upgrade-v${row.version}-${++counter}`;
  const old = new Dexie(name);
  old.version(row.version).stores(row.stores);
  await old.table('notes').bulkAdd(notes);
  await old.table('topics').put({ id: 'pneumothorax', title: 'Pneumothorax', source: 'builtin' });
  old.close();

  const db = createDb(name);
  try {
    const kept = await db.notes.toArray();
    return { kept, verno: (await db.open()).verno, topic: await db.topics.get('pneumothorax') };
  } finally {
    db.close();
    await Dexie.delete(name);
  }
}

function expectAllKept(kept: readonly Note[], written: readonly Note[]) {
  expect(kept).toHaveLength(written.length);
  const byId = new Map(kept.map((n) => [n.topicId, n]));
  for (const note of written) {
    const found = byId.get(note.topicId);
    expect(found).toStrictEqual(note);
    expect(units(found!.body)).toEqual(units(note.body));
  }
}

/** Every `version(n).stores(...)` createDb declares, seen through Dexie's public addon hook. */
function declaredVersions(): { version: number; stores: Record<string, string | null> }[] {
  const declared: { version: number; stores: Record<string, string | null> }[] = [];
  const addon = (db: Dexie) => {
    const version = db.version.bind(db);
    db.version = (n: number) => {
      const v = version(n);
      const stores = v.stores.bind(v);
      v.stores = (schema) => {
        declared.push({ version: n, stores: schema });
        return stores(schema);
      };
      return v;
    };
  };
  Dexie.addons.push(addon);
  try {
    createDb('db-upgrade-declared').close();
  } finally {
    Dexie.addons.splice(Dexie.addons.indexOf(addon), 1);
  }
  return declared;
}

describe('database upgrades keep every note', () => {
  it('utils/db.ts still declares every version, each exactly as its row here', () => {
    // Dropping an old version(n) would lose its upgrade for users still on it.
    expect(declaredVersions()).toEqual(SCHEMA_VERSIONS);
  });

  it('has a row for every schema version up to the one createDb opens', async () => {
    const db = createDb(`db-upgrade-current-${++counter}`);
    const current = (await db.open()).verno;
    db.close();
    await Dexie.delete(db.name);
    expect(SCHEMA_VERSIONS.map((r) => r.version)).toEqual(
      Array.from({ length: current }, (_, i) => i + 1),
    );
  });

  describe.each(SCHEMA_VERSIONS)('from version $version', (row) => {
    it('keeps odd Unicode bodies, a 100,000-character note and 500 more notes', async () => {
      const bodies = [...ODD_BODIES, ...Array.from({ length: 500 }, (_, i) => `note ${i} ✓`)];
      const written = notesOf(bodies);
      const { kept, verno, topic } = await upgradeWith(row, written);
      expect(verno).toBe(SCHEMA_VERSIONS.at(-1)!.version);
      expectAllKept(kept, written);
      expect(topic?.source).toBe('builtin');
    });

    it('keeps any generated notes byte-identical (property)', async () => {
      await fc.assert(
        fc.asyncProperty(
          fc.array(fc.string({ unit: 'binary', maxLength: 300 }), { minLength: 1, maxLength: 120 }),
          async (bodies) => {
            const written = notesOf(bodies);
            expectAllKept((await upgradeWith(row, written)).kept, written);
          },
        ),
        { numRuns: 15, seed: 20261125 + row.version },
      );
    });
  });
});
