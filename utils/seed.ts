/**
 * Keeps the built-in topics in IndexedDB in step with the ones this build ships, in one
 * transaction, without ever touching the user's notes or topics imported from packs.
 */
import type { Topic } from './core/schema';
import type { RadLensDb } from './db';

/** The meta key holding the version of the built-in topics last written. */
export const SEED_VERSION_KEY = 'seedVersion';

/** What a sync did. */
export interface SeedResult {
  written: number;
  removed: number;
  skipped: boolean;
}

/**
 * Writes `topics` as the built-in set when `version` differs from the stored one: adds and
 * replaces built-in topics and removes built-in topics this build no longer ships.
 */
export async function syncBuiltinTopics(
  db: RadLensDb,
  topics: readonly Topic[],
  version: string,
): Promise<SeedResult> {
  return db.transaction('rw', db.topics, db.meta, async () => {
    const stored = await db.meta.get(SEED_VERSION_KEY);
    if (stored?.value === version) return { written: 0, removed: 0, skipped: true };
    const shipped = new Set(topics.map((t) => t.id));
    const builtin = await db.topics.where('source').equals('builtin').primaryKeys();
    const gone = builtin.filter((id) => !shipped.has(id));
    await db.topics.bulkDelete(gone);
    // A topic the user imported from a pack under the same id stays theirs.
    const fromPacks = new Set(
      (await db.topics.where('source').equals('pack').primaryKeys()).filter((id) =>
        shipped.has(id),
      ),
    );
    const rows = topics
      .filter((t) => !fromPacks.has(t.id))
      .map((t) => ({ ...t, source: 'builtin' as const }));
    await db.topics.bulkPut(rows);
    await db.meta.put({ key: SEED_VERSION_KEY, value: version });
    return { written: rows.length, removed: gone.length, skipped: false };
  });
}
