/**
 * The installed topics for an extension page, with the bundled built-in topics as the
 * fallback: when IndexedDB cannot be opened (blocked by another connection, a private
 * window, a damaged profile) or does not answer in time, the page still shows the built-in
 * topics, read-only, and says why.
 */
import {
  describeStorageProblem,
  storageTimeout,
  type StorageProblem,
} from './core/storage-problem';
import type { Topic } from './core/schema';
import type { RadLensDb, StoredTopic } from './db';
import { syncBuiltinTopics } from './seed';

/** How long an open may take before the page falls back to the built-in topics. */
export const OPEN_TIMEOUT_MS = 4000;

/** The topics a page shows, and the storage problem behind a fallback, if any. */
export interface TopicsLoad {
  topics: StoredTopic[];
  problem: StorageProblem | undefined;
}

/** The built-in topics as rows, for showing when storage fails. */
export const builtinRows = (seed: readonly Topic[]): StoredTopic[] =>
  seed.map((t) => ({ ...t, source: 'builtin' }));

/**
 * Opens `db`, syncs the built-in topics and reads every installed topic, reporting through
 * `onLoad`. A failed open reports the built-ins with the problem. A slow open (another
 * connection holding an upgrade) reports the built-ins after `timeoutMs`, then, if the open
 * finishes later, the stored topics with no problem: the page recovers by itself.
 */
export async function loadInstalledTopics(
  db: RadLensDb,
  seed: readonly Topic[],
  seedVersion: string,
  onLoad: (load: TopicsLoad) => void,
  timeoutMs: number = OPEN_TIMEOUT_MS,
): Promise<void> {
  const opened = db.open();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), timeoutMs);
  });
  try {
    if ((await Promise.race([opened, late])) === 'late') {
      onLoad({
        topics: builtinRows(seed),
        problem: describeStorageProblem(storageTimeout(timeoutMs)),
      });
      await opened;
    }
  } catch (error) {
    onLoad({ topics: builtinRows(seed), problem: describeStorageProblem(error) });
    return;
  } finally {
    clearTimeout(timer);
  }
  let problem: StorageProblem | undefined;
  try {
    await syncBuiltinTopics(db, seed, seedVersion);
  } catch (error) {
    // A full disk can refuse the seed's writes; what is stored can still be read.
    problem = describeStorageProblem(error);
  }
  try {
    const stored = await db.topics.toArray();
    onLoad({ topics: stored.length > 0 ? stored : builtinRows(seed), problem });
  } catch (error) {
    onLoad({ topics: builtinRows(seed), problem: problem ?? describeStorageProblem(error) });
  }
}
