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

/** A topic as stored: the topic plus where it came from (and which pack, for a pack's). */
export type StoredTopic = Topic & { source: TopicSource; packId?: string };

/** An imported pack: what it is called and which stored topics are its own. */
export interface PackRow {
  /** Derived from name and publisher: importing the same pack again replaces it. */
  id: string;
  name: string;
  publisher: string;
  importedAt: number;
  topicIds: string[];
}

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
  packs: EntityTable<PackRow, 'id'>;
};

/** Opens (lazily) the RadLens database under `name`; tests pass their own name. */
export function createDb(name: string = DB_NAME): RadLensDb {
  const db = new Dexie(name) as RadLensDb;
  db.version(1).stores({
    topics: 'id, source, category',
    notes: 'topicId, updatedAt',
    meta: 'key',
  });
  // Version 2: imported packs. Adds a table and an index; topics and notes are kept as they are.
  db.version(2).stores({
    topics: 'id, source, category, packId',
    notes: 'topicId, updatedAt',
    meta: 'key',
    packs: 'id',
  });
  return db;
}
