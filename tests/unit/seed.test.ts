import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedTopics, seedVersion } from '../../data/index';
import type { Note, Topic } from '../../utils/core/schema';
import { createDb, type RadLensDb } from '../../utils/db';
import { SEED_VERSION_KEY, syncBuiltinTopics } from '../../utils/seed';

let db: RadLensDb;
let counter = 0;

beforeEach(async () => {
  db = createDb(`seed-test-${++counter}`);
  await db.open();
});
afterEach(async () => {
  await db.delete();
});

const note: Note = {
  topicId: 'heterotopic-ossification',
  body: 'Ask ortho about Brooker III — “résumé” ✓ 🦴\nline two\ttab',
  createdAt: 1_700_000_000_000,
  updatedAt: 1_700_000_100_000,
};

/** The stored note as bytes, to compare exactly. */
async function noteBytes(): Promise<string> {
  return JSON.stringify(await db.notes.get(note.topicId));
}

describe('syncBuiltinTopics', () => {
  it('writes every built-in topic and the seed version on first run', async () => {
    const result = await syncBuiltinTopics(db, seedTopics, seedVersion);
    expect(result).toEqual({ written: seedTopics.length, removed: 0, skipped: false });
    expect((await db.topics.toArray()).map((t) => t.id).sort()).toEqual(
      seedTopics.map((t) => t.id).sort(),
    );
    expect((await db.meta.get(SEED_VERSION_KEY))?.value).toBe(seedVersion);
  });

  it('seeding twice keeps a note byte-identical and skips the second time', async () => {
    await syncBuiltinTopics(db, seedTopics, seedVersion);
    await db.notes.put(note);
    const before = await noteBytes();
    const second = await syncBuiltinTopics(db, seedTopics, seedVersion);
    expect(second.skipped).toBe(true);
    expect(await noteBytes()).toBe(before);
    expect(before).toBe(JSON.stringify(note));
  });

  it('a new seed version updates topics, removes dropped ones and keeps the note byte-identical', async () => {
    await syncBuiltinTopics(db, seedTopics, seedVersion);
    await db.notes.put(note);
    const before = await noteBytes();
    const [first, ...rest] = seedTopics as [Topic, ...Topic[]];
    const edited = { ...first, bottomLine: `${first.bottomLine} (edited)` };
    const result = await syncBuiltinTopics(db, [edited], `${seedVersion}-next`);
    expect(result).toMatchObject({ written: 1, removed: rest.length, skipped: false });
    expect((await db.topics.get(first.id))?.bottomLine).toBe(edited.bottomLine);
    expect(await db.topics.count()).toBe(1);
    expect(await noteBytes()).toBe(before);
    // A note whose topic was dropped from the build is still the user's.
    expect(await db.notes.count()).toBe(1);
  });

  it('leaves a topic imported from a pack alone, even under a built-in id', async () => {
    const [first] = seedTopics as [Topic];
    await db.topics.put({ ...first, title: 'Institution version', source: 'pack' });
    await syncBuiltinTopics(db, seedTopics, seedVersion);
    const stored = await db.topics.get(first.id);
    expect(stored?.title).toBe('Institution version');
    expect(stored?.source).toBe('pack');
  });

  it('writes nothing when the transaction fails half-way', async () => {
    await db.notes.put(note);
    const broken = [...seedTopics, { id: undefined } as unknown as Topic];
    await expect(syncBuiltinTopics(db, broken, 'broken')).rejects.toThrow();
    expect(await db.topics.count()).toBe(0);
    expect(await db.meta.get(SEED_VERSION_KEY)).toBeUndefined();
    expect(await noteBytes()).toBe(JSON.stringify(note));
  });
});
