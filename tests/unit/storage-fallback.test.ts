/**
 * When IndexedDB fails, the panel's data paths degrade without losing anything: a database
 * that cannot be opened (blocked by another connection, or failing outright) leaves the
 * built-in topics readable with a clear problem; a full disk (QuotaExceededError on write)
 * refuses a note with a clear message while the text stays in the editor and the stored
 * note is untouched. Real Dexie on fake-indexeddb throughout; failures are made the way the
 * browser makes them (a connection that will not close, an error at open, a write request
 * rejected with the browser's QuotaExceededError), never by replacing the code under test.
 */
import { Dexie, type DBCore } from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { seedTopics, seedVersion } from '../../data/index';
import type { StorageProblem } from '../../utils/core/storage-problem';
import { createDb, type RadLensDb } from '../../utils/db';
import { getNote, saveNote } from '../../utils/notes';
import { loadInstalledTopics, type TopicsLoad } from '../../utils/topic-store';
import { NoteSession, type StorageStatus } from '../../entrypoints/sidepanel/note-session';

let counter = 0;
const open: RadLensDb[] = [];
const freshDb = () => {
  const db = createDb(`storage-fallback-${++counter}`);
  open.push(db);
  return db;
};
afterEach(async () => {
  for (const db of open.splice(0)) {
    db.close();
    await Dexie.delete(db.name);
  }
});

/**
 * Makes every write to `tables` fail the way a full disk does in Chromium: the request is
 * rejected with a DOMException named QuotaExceededError while `disk.full`. Dexie builds its
 * middleware stack when the database opens, so call this before the first read or write.
 */
function fillDisk(db: RadLensDb, tables: string[], full = true): { full: boolean } {
  const disk = { full };
  db.use({
    stack: 'dbcore',
    name: 'full-disk',
    create: (down: DBCore): DBCore => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        return {
          ...table,
          mutate: (req) =>
            disk.full && tables.includes(name)
              ? Promise.reject(
                  new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
                )
              : table.mutate(req),
        };
      },
    }),
  });
  return disk;
}

/** A panel-wide storage status, as state.ts keeps it in a signal. */
function panelStatus(): StorageStatus & { problem: StorageProblem | undefined } {
  const status = {
    problem: undefined as StorageProblem | undefined,
    current: () => status.problem,
    report: (p: StorageProblem | undefined) => (status.problem = p),
  };
  return status;
}

const until = async (check: () => boolean, ms = 2000) => {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 5));
  }
};

describe('topics when the database cannot be opened', () => {
  it('a blocked open shows the built-in topics read-only, then the stored ones once unblocked', async () => {
    const db = freshDb();
    // An older page holds the version-1 database open and refuses to let go of it (returning
    // false keeps Dexie from closing on versionchange), so the version-2 open is blocked.
    const older = new Dexie(db.name);
    older
      .version(1)
      .stores({ topics: 'id, source, category', notes: 'topicId, updatedAt', meta: 'key' });
    older.on('versionchange', () => false);
    await older
      .table('notes')
      .put({ topicId: 'pneumothorax', body: 'kept', createdAt: 1, updatedAt: 1 });

    const loads: TopicsLoad[] = [];
    const done = loadInstalledTopics(db, seedTopics, seedVersion, (l) => loads.push(l), 100);
    await until(() => loads.length === 1);
    expect(loads[0]!.topics.map((t) => t.id)).toEqual(seedTopics.map((t) => t.id));
    expect(loads[0]!.problem?.kind).toBe('unavailable');
    expect(loads[0]!.problem?.banner).toMatch(/built-in topics are shown read-only/);
    expect(loads[0]!.problem?.detail).toMatch(/TimeoutError/);

    older.close(); // The other page lets go: the open goes through and the panel recovers.
    await done;
    expect(loads).toHaveLength(2);
    expect(loads[1]!.problem).toBeUndefined();
    expect(loads[1]!.topics).toHaveLength(seedTopics.length);
    expect((await getNote(db, 'pneumothorax'))?.body).toBe('kept');
  });

  it('an open that fails (damaged backing store) shows the built-in topics and why', async () => {
    const db = freshDb();
    // Chromium's error for a damaged profile, raised while the database opens.
    db.on('ready', () => {
      throw new DOMException('Internal error opening backing store', 'UnknownError');
    });
    const loads: TopicsLoad[] = [];
    await loadInstalledTopics(db, seedTopics, seedVersion, (l) => loads.push(l), 5000);
    expect(loads).toHaveLength(1);
    expect(loads[0]!.topics).toHaveLength(seedTopics.length);
    expect(loads[0]!.topics.every((t) => t.source === 'builtin')).toBe(true);
    expect(loads[0]!.problem?.kind).toBe('unavailable');
    expect(loads[0]!.problem?.detail).toMatch(/UnknownError: Internal error opening backing store/);
  });

  it('a full disk at first start still shows the built-in topics, and says storage is full', async () => {
    const db = freshDb();
    fillDisk(db, ['topics', 'meta']);
    const loads: TopicsLoad[] = [];
    await loadInstalledTopics(db, seedTopics, seedVersion, (l) => loads.push(l));
    expect(loads).toHaveLength(1);
    expect(loads[0]!.topics).toHaveLength(seedTopics.length);
    expect(loads[0]!.problem?.kind).toBe('full');
    expect(loads[0]!.problem?.banner).toMatch(/Storage is full/);
  });
});

describe('saving a note when storage fails', () => {
  const topicId = 'pleural-effusion';
  const typed = 'Tap if > 1 cm 🫁 — e\u0301 \uD83D\uDE00 ✓\r\nline two';

  async function session(db: RadLensDb, status: StorageStatus) {
    const s = new NoteSession(db, topicId, status);
    await until(() => s.ready.value);
    return s;
  }

  it('full disk: the save fails with a clear message, the text stays, the stored note is untouched', async () => {
    const db = freshDb();
    const disk = fillDisk(db, ['notes'], false);
    await saveNote(db, topicId, 'earlier note', undefined, 1000);
    disk.full = true;
    const status = panelStatus();
    const s = await session(db, status);
    expect(s.draft.value).toBe('earlier note');

    s.edit(typed);
    await s.flush();
    const state = s.state.value;
    expect(state.kind).toBe('error');
    expect(state.kind === 'error' && state.message).toMatch(
      /^Not saved: storage is full\. Your text is still here.*QuotaExceededError/s,
    );
    expect(s.draft.value).toBe(typed);
    expect(status.problem?.kind).toBe('full');
    expect((await getNote(db, topicId))?.body).toBe('earlier note');

    disk.full = false; // Space freed: the next save (on blur) writes the text as typed.
    await s.flush();
    expect(s.state.value.kind).toBe('saved');
    expect(status.problem).toBeUndefined();
    expect((await getNote(db, topicId))?.body).toBe(typed);
    s.close();
  });

  it('storage unavailable: the save fails with a clear message, the text stays', async () => {
    const db = freshDb();
    // Chromium's error when IndexedDB is refused (e.g. some private-window setups).
    db.on('ready', () => {
      throw new DOMException('The user denied permission to access the database.', 'UnknownError');
    });
    const status = panelStatus();
    // Dexie's liveQuery stays silent on a failed open, so the session never becomes ready by
    // itself: the panel learns of the problem from loading the topics, as state.ts does.
    const s = new NoteSession(db, topicId, status);
    await loadInstalledTopics(db, seedTopics, seedVersion, (l) => status.report(l.problem));
    expect(status.problem?.kind).toBe('unavailable');
    expect(status.problem?.banner).toMatch(/^Local storage is unavailable/);

    s.edit(typed);
    await s.flush();
    const state = s.state.value;
    expect(state.kind === 'error' && state.message).toMatch(
      /^Not saved: local storage is unavailable\. Your text is still here; copy it/,
    );
    expect(s.draft.value).toBe(typed);
    s.close();
    const sameDb = createDb(db.name); // Without the failure: nothing half-written.
    expect(await sameDb.notes.count()).toBe(0);
    sameDb.close();
  });

  it('a note the schema refuses is not reported as a storage problem', async () => {
    const db = freshDb();
    const status = panelStatus();
    const s = await session(db, status);
    s.edit('x'.repeat(100_001));
    await s.flush();
    const state = s.state.value;
    expect(state.kind === 'error' && state.message).toMatch(/^Not saved: the note cannot be saved/);
    expect(status.problem).toBeUndefined();
    expect(s.draft.value).toHaveLength(100_001);
    s.close();
  });
});
