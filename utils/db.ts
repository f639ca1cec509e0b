/**
 * The extension's IndexedDB, through Dexie: topics (built-in and imported), the user's notes,
 * and bookkeeping. Opened only from extension pages and the background, never from a
 * content script (whose IndexedDB belongs to the web page). Every schema change is a new
 * `version(n)` with an upgrade that keeps notes.
 */
import { Dexie, type EntityTable } from 'dexie';
import type { Note, Topic } from './core/schema';

/** Where a stored topic came from. */
export type TopicSource = 'builtin' | 'pack';

/** A topic as stored: the topic plus where it came from. */
export type StoredTopic = Topic & { source: TopicSource };

/** A key/value row for bookkeeping such as the seed version. */
export interface MetaRow {
  key: string;
  value: string | number | boolean;
}

/** The database name used by the extension. */
export const DB_NAME = 'radlens';

/** The RadLens database. */
export type RadLensDb = Dexie & {
  topics: EntityTable<StoredTopic, 'id'>;
  notes: EntityTable<Note, 'topicId'>;
  meta: EntityTable<MetaRow, 'key'>;
};

/** Opens (lazily) the RadLens database under `name`; tests pass their own name. */
export function createDb(name: string = DB_NAME): RadLensDb {
  const db = new Dexie(name) as RadLensDb;
  db.version(1).stores({
    topics: 'id, source, category',
    notes: 'topicId, updatedAt',
    meta: 'key',
  });
  return db;
}
