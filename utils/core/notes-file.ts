/**
 * The notes file: what "Export JSON" writes and "Import JSON" reads, plus the Markdown export
 * for reading and printing. Pure. A notes file is accepted whole or not at all; a rejection
 * names the first failing place in the file.
 */
import { z } from 'zod';
import { formatPath, neverThrows, readJsonFile, type FileError } from './json-file';
import { Note } from './schema';

/** Largest notes file accepted (far above any real set of notes). */
export const MAX_NOTES_FILE_BYTES = 20 * 1024 * 1024;

/** Notes (parsed or not yet) that repeat an earlier note's topic id, in file order. */
function duplicateTopicIds(notes: readonly unknown[]): { index: number; message: string }[] {
  const seen = new Map<string, number>();
  const found: { index: number; message: string }[] = [];
  notes.forEach((note, i) => {
    const id: unknown =
      note !== null && typeof note === 'object' ? Reflect.get(note, 'topicId') : 0;
    if (typeof id !== 'string') return;
    const first = seen.get(id);
    if (first === undefined) seen.set(id, i);
    else found.push({ index: i, message: `"${id}" already has a note at notes[${first}]` });
  });
  return found;
}

/** A notes export: every note of one browser. */
export const NotesFile = z
  .strictObject({
    format: z.literal('radlens-notes'),
    version: z.literal(1),
    exportedAt: z.iso.datetime(),
    notes: z.array(Note),
  })
  .superRefine((file, ctx) => {
    for (const dup of duplicateTopicIds(file.notes)) {
      ctx.addIssue({ code: 'custom', path: ['notes', dup.index, 'topicId'], message: dup.message });
    }
  });
/** Parsed `NotesFile`. */
export type NotesFile = z.infer<typeof NotesFile>;

/** The result of reading a notes file. */
export type NotesReading = { ok: true; file: NotesFile } | { ok: false; error: FileError };

/** Line and column just after the last character of `text` that is not whitespace. */
function endOf(text: string): string {
  const end = text.trimEnd().length;
  const lineStart = text.lastIndexOf('\n', end - 1) + 1;
  const line = text.slice(0, end).split('\n').length;
  return `line ${line}, column ${end - lineStart + 1}`;
}

const fail = (path: string, message: string): NotesReading => ({
  ok: false,
  error: { path, message },
});

/**
 * Reads a notes file's text (`bytes`: its size when known before reading it). Never throws:
 * too large, not JSON, nested too deeply, forbidden keys, another kind of file, another
 * version and schema errors (a note body with a lone surrogate among them) are refused with
 * the first failing path.
 */
export function readNotesFile(text: string, bytes: number = text.length): NotesReading {
  return neverThrows(() => read(text, bytes));
}

/** `readNotesFile` without the safety net. */
function read(text: string, bytes: number): NotesReading {
  const json = readJsonFile(text, bytes, MAX_NOTES_FILE_BYTES, 'a notes file');
  if (!json.ok) {
    const { path, message } = json.error;
    // V8 gives no position for a file cut short; the place is its end.
    if (/^is not valid JSON: .*(end of JSON input|end of data|EOF)/i.test(message)) {
      return fail(path, message.replace(': ', ` (${endOf(text)}): `));
    }
    return json;
  }
  const data = json.data;
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return fail('(the file)', 'is not a RadLens notes file (expected a JSON object)');
  }
  const format: unknown = Reflect.get(data, 'format');
  const version: unknown = Reflect.get(data, 'version');
  if (format !== 'radlens-notes') {
    const hint =
      format === 'radlens-pack' ? ' (it is a content pack: import it in the options)' : '';
    return fail('format', `is not a RadLens notes file${hint}: expected "radlens-notes"`);
  }
  if (version !== 1) {
    return fail(
      'version',
      version === undefined
        ? 'is missing: a RadLens notes file has version 1'
        : `notes file version ${JSON.stringify(version)} is not supported (expected 1)`,
    );
  }
  const parsed = NotesFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    // zod checks duplicates only once every note is valid; a repeat earlier in the file wins.
    const notes: unknown = Reflect.get(data, 'notes');
    const dup = Array.isArray(notes) ? duplicateTopicIds(notes)[0] : undefined;
    const at = issue.path[0] === 'notes' ? issue.path[1] : undefined;
    if (dup && typeof at === 'number' && dup.index < at) {
      return fail(`notes[${dup.index}].topicId`, dup.message);
    }
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

/**
 * A body line that could open Markdown structure (an ATX heading, a setext underline or
 * thematic break, a code fence, an HTML block that runs on past the note): up to three
 * spaces, then one of these. Tab-indented lines are code or text, never structure.
 */
const BLOCK_START = /^ {0,3}(?:[#`~<]|[=-]+[ \t]*$|(?:[-*_][ \t]*){3,}$)/;

/** A note body as Markdown text: every line that could open structure gets a backslash. */
const markdownBody = (body: string) =>
  body
    .split(/(\r\n|\r|\n)/)
    .map((part, i) => (i % 2 === 0 && BLOCK_START.test(part) ? part.replace(/^ */, '$&\\') : part))
    .join('');

/** Every note as a Markdown document, by topic title. */
export function notesToMarkdown(
  notes: readonly Note[],
  titles: ReadonlyMap<string, string>,
  exportedAt: Date,
): string {
  const title = (n: Note) => (titles.get(n.topicId) ?? n.topicId).replace(/\s+/g, ' ').trim();
  const sorted = [...notes].sort((a, b) => title(a).localeCompare(title(b), 'en') || byTopic(a, b));
  const parts = [
    '# RadLens notes',
    '',
    `Exported ${exportedAt.toISOString()}. Personal notes; educational use, clinical judgement rules.`,
  ];
  for (const note of sorted) {
    parts.push(
      '',
      `## ${title(note) || note.topicId}`,
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
    .sort((a, b) => b.updatedAt - a.updatedAt || byTopic(a, b));
}
