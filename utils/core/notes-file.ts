/**
 * The notes file: what "Export JSON" writes and "Import JSON" reads, plus the Markdown export
 * for reading and printing. Pure. A notes file is accepted whole or not at all; a rejection
 * names the first failing place in the file.
 */
import { z } from 'zod';
import { formatPath, readJsonFile, type FileError } from './json-file';
import { Note } from './schema';

/** Largest notes file accepted (far above any real set of notes). */
export const MAX_NOTES_FILE_BYTES = 20 * 1024 * 1024;

/** A notes export: every note of one browser. */
export const NotesFile = z
  .strictObject({
    format: z.literal('radlens-notes'),
    version: z.literal(1),
    exportedAt: z.iso.datetime(),
    notes: z.array(Note),
  })
  .superRefine((file, ctx) => {
    const seen = new Map<string, number>();
    file.notes.forEach((note, i) => {
      const first = seen.get(note.topicId);
      if (first !== undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['notes', i, 'topicId'],
          message: `"${note.topicId}" already has a note at notes[${first}]`,
        });
      }
      seen.set(note.topicId, i);
    });
  });
/** Parsed `NotesFile`. */
export type NotesFile = z.infer<typeof NotesFile>;

/** The result of reading a notes file. */
export type NotesReading = { ok: true; file: NotesFile } | { ok: false; error: FileError };

/** Reads a notes file's text (`bytes`: its size when known before reading it). */
export function readNotesFile(text: string, bytes: number = text.length): NotesReading {
  const json = readJsonFile(text, bytes, MAX_NOTES_FILE_BYTES, 'a notes file');
  if (!json.ok) return json;
  const data = json.data as { format?: unknown; version?: unknown } | null;
  const fail = (path: string, message: string): NotesReading => ({
    ok: false,
    error: { path, message },
  });
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('(the file)', 'is not a RadLens notes file (expected a JSON object)');
  }
  if (data.format !== 'radlens-notes') {
    const hint =
      data.format === 'radlens-pack' ? ' (it is a content pack: import it in the options)' : '';
    return fail('format', `is not a RadLens notes file${hint}: expected "radlens-notes"`);
  }
  if (data.version !== 1) {
    return fail(
      'version',
      `notes file version ${JSON.stringify(data.version)} is not supported (expected 1)`,
    );
  }
  const parsed = NotesFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(formatPath(issue.path), issue.message);
  }
  return { ok: true, file: parsed.data };
}

const byTopic = (a: Note, b: Note) => (a.topicId < b.topicId ? -1 : a.topicId > b.topicId ? 1 : 0);

/** A notes file's text (pretty JSON, notes by topic id); `readNotesFile` reads it back. */
export function notesToJson(notes: readonly Note[], exportedAt: Date): string {
  const file: NotesFile = {
    format: 'radlens-notes',
    version: 1,
    exportedAt: exportedAt.toISOString(),
    notes: [...notes].sort(byTopic).map((n) => ({
      topicId: n.topicId,
      body: n.body,
      createdAt: n.createdAt,
      updatedAt: n.updatedAt,
    })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A note body as Markdown text: a line that would start a heading is escaped. */
const markdownBody = (body: string) =>
  body
    .split('\n')
    .map((line) => (/^\s{0,3}#/.test(line) ? line.replace('#', '\\#') : line))
    .join('\n');

/** Every note as a Markdown document, by topic title. */
export function notesToMarkdown(
  notes: readonly Note[],
  titles: ReadonlyMap<string, string>,
  exportedAt: Date,
): string {
  const title = (n: Note) => titles.get(n.topicId) ?? n.topicId;
  const sorted = [...notes].sort((a, b) => title(a).localeCompare(title(b), 'en'));
  const parts = [
    '# RadLens notes',
    '',
    `Exported ${exportedAt.toISOString()}. Personal notes; educational use, clinical judgement rules.`,
  ];
  for (const note of sorted) {
    parts.push(
      '',
      `## ${title(note).replace(/\s+/g, ' ')}`,
      '',
      `Topic \`${note.topicId}\` · last edited ${new Date(note.updatedAt).toISOString()}`,
      '',
      markdownBody(note.body),
    );
  }
  return `${parts.join('\n')}\n`;
}

/** How an import would change the notes: new ones, identical ones, and differing ones. */
export interface NotesImportPlan {
  added: Note[];
  same: Note[];
  conflicts: { mine: Note; theirs: Note }[];
}

/** Compares incoming notes with the ones here. */
export function planNotesImport(
  existing: readonly Note[],
  incoming: readonly Note[],
): NotesImportPlan {
  const here = new Map(existing.map((n) => [n.topicId, n]));
  const plan: NotesImportPlan = { added: [], same: [], conflicts: [] };
  for (const theirs of incoming) {
    const mine = here.get(theirs.topicId);
    if (!mine) plan.added.push(theirs);
    else if (mine.body === theirs.body) plan.same.push(theirs);
    else plan.conflicts.push({ mine, theirs });
  }
  return plan;
}

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();

/** Notes whose title or body holds every word of `query`, newest first. */
export function filterNotes(
  notes: readonly Note[],
  query: string,
  titles: ReadonlyMap<string, string>,
): Note[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  return notes
    .filter((note) => {
      if (words.length === 0) return true;
      const haystack = fold(`${titles.get(note.topicId) ?? note.topicId}\n${note.body}`);
      return words.every((w) => haystack.includes(w));
    })
    .sort((a, b) => b.updatedAt - a.updatedAt);
}
