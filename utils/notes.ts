/**
 * The user's notes in IndexedDB: one per topic, saved only over the version the editor
 * started from (so two panels never overwrite each other silently), listed, exported and
 * imported in one transaction.
 */
import { formatPath } from './core/json-file';
import { Note } from './core/schema';
import type { RadLensDb } from './db';

/** Longest note body, in characters: what the `Note` schema allows. */
export const MAX_NOTE_CHARS: number = Note.shape.body.maxLength ?? 100_000;

/** What a save did. */
export type SaveResult =
  | { status: 'saved'; note: Note }
  | { status: 'deleted' }
  | { status: 'conflict'; current: Note | undefined };

/** How differing notes are settled on import. */
export type NotesResolution = 'keep-mine' | 'take-imported' | 'keep-newer';

/** The note on a topic, if any. */
export function getNote(db: RadLensDb, topicId: string): Promise<Note | undefined> {
  return db.notes.get(topicId);
}

/** Every note, most recently edited first. */
export function listNotes(db: RadLensDb): Promise<Note[]> {
  return db.notes.orderBy('updatedAt').reverse().toArray();
}

/** Every note, for export. */
export function exportNotes(db: RadLensDb): Promise<Note[]> {
  return db.notes.toArray();
}

/**
 * Saves `body` as the note on `topicId`, if what is stored is still the version `base`
 * (its `updatedAt`, or undefined for "no note") the editor started from; otherwise writes
 * nothing and returns the stored note. An empty body deletes the note.
 */
export async function saveNote(
  db: RadLensDb,
  topicId: string,
  body: string,
  base: number | undefined,
  now: number = Date.now(),
): Promise<SaveResult> {
  return db.transaction('rw', db.notes, async () => {
    const stored = await db.notes.get(topicId);
    if (stored?.updatedAt !== base) return { status: 'conflict', current: stored };
    if (body.trim() === '') {
      if (stored) await db.notes.delete(topicId);
      return { status: 'deleted' };
    }
    if (body.length > MAX_NOTE_CHARS) {
      throw new Error(
        `the note cannot be saved: it is ${body.length.toLocaleString('en')} characters long; ` +
          `a note may be at most ${MAX_NOTE_CHARS.toLocaleString('en')}`,
      );
    }
    const parsed = Note.safeParse({
      topicId,
      body,
      createdAt: stored?.createdAt ?? now,
      updatedAt: Math.max(now, (stored?.updatedAt ?? 0) + 1),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      throw new Error(`the note cannot be saved: ${formatPath(issue.path)}: ${issue.message}`);
    }
    await db.notes.put(parsed.data);
    return { status: 'saved', note: parsed.data };
  });
}

/**
 * Imports notes in one transaction, all or nothing (an invalid or repeated note throws before
 * anything is written); notes that differ from the stored ones are settled by `resolution`.
 */
export async function importNotes(
  db: RadLensDb,
  incoming: readonly Note[],
  resolution: NotesResolution,
): Promise<{ added: number; replaced: number; kept: number; unchanged: number }> {
  const checked: Note[] = [];
  const seen = new Set<string>();
  for (const [i, note] of incoming.entries()) {
    const parsed = Note.safeParse(note);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const where = formatPath(['notes', i, ...issue.path]);
      throw new Error(`nothing was imported: ${where} is not valid: ${issue.message}`);
    }
    if (seen.has(parsed.data.topicId)) {
      throw new Error(
        `nothing was imported: notes[${i}] repeats the topic "${parsed.data.topicId}"`,
      );
    }
    seen.add(parsed.data.topicId);
    checked.push(parsed.data);
  }
  return db.transaction('rw', db.notes, async () => {
    const counts = { added: 0, replaced: 0, kept: 0, unchanged: 0 };
    const writes: Note[] = [];
    const stored = await db.notes.bulkGet(checked.map((n) => n.topicId));
    for (const [i, theirs] of checked.entries()) {
      const mine = stored[i];
      if (!mine) {
        writes.push(theirs);
        counts.added++;
      } else if (mine.body === theirs.body) {
        counts.unchanged++;
      } else if (
        resolution === 'take-imported' ||
        (resolution === 'keep-newer' && theirs.updatedAt > mine.updatedAt)
      ) {
        writes.push(theirs);
        counts.replaced++;
      } else {
        counts.kept++;
      }
    }
    await db.notes.bulkPut(writes);
    return counts;
  });
}
