/**
 * Imported content packs in IndexedDB: import (one transaction, all or nothing), list,
 * remove, and give back a built-in topic a pack replaced. Every change bumps the topics
 * revision, which tells the background to compile the lexicon again.
 */
import { readPack, type PackError } from './core/pack';
import type { Pack, Topic } from './core/schema';
import type { PackRow, RadLensDb, StoredTopic } from './db';

/** The meta key counting changes to the stored topics. */
export const TOPICS_REVISION_KEY = 'topicsRevision';

/** A pack's id: importing a pack of the same name and publisher again replaces it. */
export function packIdOf(pack: Pick<Pack, 'name' | 'publisher'>): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '');
  return `${slug(pack.publisher) || 'publisher'}/${slug(pack.name) || 'pack'}`;
}

/** A stored topic a pack would replace. */
export interface Replacement {
  id: string;
  title: string;
  /** 'builtin', or the name of the pack that holds it now. */
  from: string;
}

/** The stored topics that importing `pack` would replace (ask the user before importing). */
export async function replacementsOf(db: RadLensDb, pack: Pack): Promise<Replacement[]> {
  const ownId = packIdOf(pack);
  const stored = await db.topics.bulkGet(pack.topics.map((t) => t.id));
  const packs = new Map((await db.packs.toArray()).map((p) => [p.id, p.name]));
  return stored
    .filter((t): t is StoredTopic => t !== undefined && t.packId !== ownId)
    .map((t) => ({
      id: t.id,
      title: t.title,
      from: t.source === 'builtin' ? 'builtin' : (packs.get(t.packId ?? '') ?? 'a pack'),
    }));
}

async function bumpRevision(db: RadLensDb): Promise<void> {
  const row = await db.meta.get(TOPICS_REVISION_KEY);
  await db.meta.put({
    key: TOPICS_REVISION_KEY,
    value: typeof row?.value === 'number' ? row.value + 1 : 1,
  });
}

/**
 * Imports a validated pack in one transaction: its topics are stored (replacing any with the
 * same id, which the caller has confirmed), a previous import of the same pack is replaced,
 * and other packs give up the ids this one takes.
 */
export async function importPack(db: RadLensDb, pack: Pack, now = Date.now()): Promise<PackRow> {
  const id = packIdOf(pack);
  const row: PackRow = {
    id,
    name: pack.name,
    publisher: pack.publisher,
    importedAt: now,
    topicIds: pack.topics.map((t) => t.id),
  };
  await db.transaction('rw', db.topics, db.packs, db.meta, async () => {
    const taken = new Set(row.topicIds);
    const previous = await db.packs.get(id);
    if (previous) {
      // Topics the new version of the pack no longer has go (their built-ins come back).
      await db.topics.bulkDelete(previous.topicIds.filter((t) => !taken.has(t)));
    }
    for (const other of await db.packs.toArray()) {
      if (other.id === id) continue;
      const kept = other.topicIds.filter((t) => !taken.has(t));
      if (kept.length !== other.topicIds.length) await db.packs.put({ ...other, topicIds: kept });
    }
    await db.topics.bulkPut(pack.topics.map((t) => ({ ...t, source: 'pack', packId: id })));
    await db.packs.put(row);
    await bumpRevision(db);
  });
  return row;
}

/** The imported packs, newest first. */
export async function listPacks(db: RadLensDb): Promise<PackRow[]> {
  return (await db.packs.toArray()).sort((a, b) => b.importedAt - a.importedAt);
}

/**
 * Removes a pack and its topics; a built-in topic it had replaced comes back from
 * `builtins` (the topics this build ships). Notes are never touched.
 */
export async function removePack(
  db: RadLensDb,
  packId: string,
  builtins: readonly Topic[],
): Promise<void> {
  const shipped = new Map(builtins.map((t) => [t.id, t]));
  await db.transaction('rw', db.topics, db.packs, db.meta, async () => {
    const row = await db.packs.get(packId);
    if (!row) throw new Error(`no pack "${packId}" is installed`);
    await db.topics.bulkDelete(row.topicIds);
    const restored = row.topicIds.flatMap((id) => {
      const builtin = shipped.get(id);
      return builtin ? [{ ...builtin, source: 'builtin' as const }] : [];
    });
    await db.topics.bulkPut(restored);
    await db.packs.delete(packId);
    await bumpRevision(db);
  });
}

/** Gives back the built-in version of one topic a pack replaced; the pack keeps the rest. */
export async function restoreBuiltin(
  db: RadLensDb,
  topicId: string,
  builtins: readonly Topic[],
): Promise<void> {
  const builtin = builtins.find((t) => t.id === topicId);
  if (!builtin) throw new Error(`"${topicId}" is not a built-in topic`);
  await db.transaction('rw', db.topics, db.packs, db.meta, async () => {
    const stored = await db.topics.get(topicId);
    if (stored?.packId) {
      const row = await db.packs.get(stored.packId);
      if (row) {
        await db.packs.put({ ...row, topicIds: row.topicIds.filter((id) => id !== topicId) });
      }
    }
    await db.topics.put({ ...builtin, source: 'builtin' });
    await bumpRevision(db);
  });
}

/** The current topics revision (0 before any change). */
export async function topicsRevision(db: RadLensDb): Promise<number> {
  const row = await db.meta.get(TOPICS_REVISION_KEY);
  return typeof row?.value === 'number' ? row.value : 0;
}

/** What reading and importing a pack file came to. */
export type PackImport =
  | { outcome: 'imported'; pack: PackRow; replaced: Replacement[] }
  | { outcome: 'cancelled'; replaced: Replacement[] }
  | { outcome: 'rejected'; error: PackError };

/**
 * Reads a pack file's text and imports it: a bad file is rejected with the first failing
 * path, replacing stored topics needs `confirmReplace` to say yes, and nothing is written
 * unless everything is.
 */
export async function importPackText(
  db: RadLensDb,
  text: string,
  confirmReplace: (replaced: Replacement[]) => Promise<boolean> | boolean,
  bytes: number = text.length,
): Promise<PackImport> {
  const reading = readPack(text, bytes);
  if (!reading.ok) return { outcome: 'rejected', error: reading.error };
  const replaced = await replacementsOf(db, reading.pack);
  if (replaced.length > 0 && !(await confirmReplace(replaced))) {
    return { outcome: 'cancelled', replaced };
  }
  return { outcome: 'imported', pack: await importPack(db, reading.pack), replaced };
}
