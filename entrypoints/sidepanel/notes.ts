/**
 * The notes view's state: every note (live, so another panel's edits appear at once), the
 * filter, export to Markdown / JSON and import from JSON with a choice on conflicts. A bad
 * file changes nothing.
 */
import { computed, signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import type { ImportResolution, ImportState } from '../../components/NotesView';
import {
  filterNotes,
  notesToJson,
  notesToMarkdown,
  planNotesImport,
  readNotesFile,
} from '../../utils/core/notes-file';
import type { Note } from '../../utils/core/schema';
import { exportNotes, importNotes, listNotes } from '../../utils/notes';
import { db, titles } from './state';

/** Every stored note, newest first. */
export const notes = signal<readonly Note[]>([]);
/** The notes view's filter. */
export const notesQuery = signal('');
/** Where an import stands. */
export const importState = signal<ImportState>({ kind: 'idle' });

/** The notes that match the filter. */
export const shownNotes = computed(() => filterNotes(notes.value, notesQuery.value, titles.value));

let pendingImport: readonly Note[] | undefined;

/** Follows the notes table until the panel closes. */
export function watchNotes(): void {
  liveQuery(() => listNotes(db)).subscribe({
    next: (rows) => (notes.value = rows),
    error: () => (notes.value = []),
  });
}

/** Saves a text file through the browser's download (nothing leaves the computer). */
function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Exports every note in `format`. */
export async function exportAll(format: 'markdown' | 'json'): Promise<void> {
  const all = await exportNotes(db);
  const now = new Date();
  const stamp = now.toISOString().slice(0, 10);
  if (format === 'json') {
    download(`radlens-notes-${stamp}.json`, 'application/json', notesToJson(all, now));
  } else {
    download(`radlens-notes-${stamp}.md`, 'text/markdown', notesToMarkdown(all, titles.value, now));
  }
}

async function apply(incoming: readonly Note[], resolution: ImportResolution): Promise<void> {
  try {
    const result = await importNotes(db, incoming, resolution);
    const parts = [`${result.added} added`, `${result.replaced} replaced`];
    if (result.kept) parts.push(`${result.kept} kept as they were`);
    if (result.unchanged) parts.push(`${result.unchanged} already identical`);
    importState.value = { kind: 'done', message: `Notes imported: ${parts.join(', ')}.` };
  } catch (error) {
    importState.value = {
      kind: 'error',
      message: `Import failed: ${error instanceof Error ? error.message : String(error)}.`,
    };
  }
}

/** Reads a notes file; asks how to settle conflicts when there are any. */
export async function importFile(file: File): Promise<void> {
  pendingImport = undefined;
  let text: string;
  try {
    text = await file.text();
  } catch (error) {
    importState.value = {
      kind: 'error',
      message: `Could not read “${file.name}”: ${String(error)}.`,
    };
    return;
  }
  const reading = readNotesFile(text, file.size);
  if (!reading.ok) {
    importState.value = {
      kind: 'error',
      message: `“${file.name}” was not imported: ${reading.error.path}: ${reading.error.message}.`,
    };
    return;
  }
  const incoming = reading.file.notes;
  const plan = planNotesImport(await exportNotes(db), incoming);
  if (plan.conflicts.length === 0) {
    await apply(incoming, 'keep-mine');
    return;
  }
  pendingImport = incoming;
  importState.value = {
    kind: 'choose',
    fileName: file.name,
    added: plan.added.length,
    same: plan.same.length,
    conflicts: plan.conflicts.length,
  };
}

/** The user settled the conflicts of the pending import (or cancelled it). */
export async function resolveImport(resolution: ImportResolution | 'cancel'): Promise<void> {
  const incoming = pendingImport;
  pendingImport = undefined;
  if (!incoming || resolution === 'cancel') {
    importState.value = { kind: 'done', message: 'Import cancelled; nothing was changed.' };
    return;
  }
  await apply(incoming, resolution);
}
