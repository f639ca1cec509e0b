/**
 * All the user's notes, newest first, searchable; each opens its topic. Export as Markdown
 * (to read or print) or JSON (to move to another computer); import JSON, with a clear choice
 * when an imported note differs from one already here.
 */

/** A note as the list shows it. */
export interface NotesViewItem {
  topicId: string;
  title: string;
  body: string;
  updatedAt: number;
}

/** Where an import stands. */
export type ImportState =
  | { kind: 'idle' }
  | { kind: 'error'; message: string }
  | { kind: 'choose'; fileName: string; added: number; same: number; conflicts: number }
  | { kind: 'done'; message: string };

/** How conflicting notes are settled on import. */
export type ImportResolution = 'keep-mine' | 'take-imported' | 'keep-newer';

/** Props of NotesView. */
export interface NotesViewProps {
  notes: readonly NotesViewItem[];
  total: number;
  query: string;
  importState: ImportState;
  /** False while storage is unavailable. */
  writable: boolean;
  onQuery: (query: string) => void;
  onOpen: (topicId: string) => void;
  onExport: (format: 'markdown' | 'json') => void;
  onImportFile: (file: File) => void;
  onResolve: (resolution: ImportResolution | 'cancel') => void;
}

const when = (at: number) =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function ImportPanel({
  state,
  onResolve,
}: Pick<NotesViewProps, 'onResolve'> & { state: ImportState }) {
  switch (state.kind) {
    case 'error':
      return (
        <p class="error" role="alert">
          {state.message} Nothing was changed.
        </p>
      );
    case 'done':
      return (
        <p class="success" role="status">
          {state.message}
        </p>
      );
    case 'choose':
      return (
        <div class="import-choice" role="alertdialog" aria-labelledby="import-choice-title">
          <p id="import-choice-title">
            “{state.fileName}”: {state.added} new, {state.same} identical,{' '}
            <strong>{state.conflicts} different from the note here</strong>. For those, keep:
          </p>
          <div class="actions">
            <button type="button" onClick={() => onResolve('keep-mine')}>
              My notes
            </button>
            <button type="button" onClick={() => onResolve('take-imported')}>
              The imported notes
            </button>
            <button type="button" onClick={() => onResolve('keep-newer')}>
              Whichever is newer
            </button>
            <button type="button" class="secondary" onClick={() => onResolve('cancel')}>
              Cancel import
            </button>
          </div>
        </div>
      );
    default:
      return null;
  }
}

/** The notes view. */
export function NotesView(props: NotesViewProps) {
  const { notes, total, query, importState, writable } = props;
  return (
    <section class="notes-view" aria-labelledby="notes-title">
      <h1 id="notes-title">My notes</h1>
      <p class="hint">Notes stay on this computer. Export them to keep a copy.</p>
      <div class="notes-tools">
        <input
          type="search"
          class="notes-filter"
          aria-label="Search my notes"
          placeholder="Search my notes"
          value={query}
          onInput={(e) => props.onQuery(e.currentTarget.value)}
        />
        <div class="actions">
          <button type="button" class="secondary" onClick={() => props.onExport('markdown')}>
            Export Markdown
          </button>
          <button type="button" class="secondary" onClick={() => props.onExport('json')}>
            Export JSON
          </button>
          <label class={`button secondary${writable ? '' : ' disabled'}`}>
            Import JSON
            <input
              type="file"
              accept=".json,application/json"
              class="visually-hidden"
              disabled={!writable}
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) props.onImportFile(file);
              }}
            />
          </label>
        </div>
      </div>
      <ImportPanel state={importState} onResolve={props.onResolve} />
      {notes.length === 0 ? (
        <p class="empty">
          {total === 0
            ? 'No notes yet. Open a topic and write in “My note”.'
            : `No note matches “${query.trim()}”.`}
        </p>
      ) : (
        <ul class="note-list">
          {notes.map((note) => (
            <li key={note.topicId}>
              <button
                type="button"
                class="note-item"
                data-topic-id={note.topicId}
                onClick={() => props.onOpen(note.topicId)}
              >
                <span class="note-item-title">{note.title}</span>
                <span class="note-item-body">{note.body.slice(0, 200)}</span>
                <span class="note-item-date">Edited {when(note.updatedAt)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
