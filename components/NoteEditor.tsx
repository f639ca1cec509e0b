/**
 * The user's own note on a topic: a text area that saves itself, a status line with the time
 * it was saved, and, when another panel saved a different version meanwhile, a clear choice
 * between the two (nothing is overwritten until the user picks).
 */
import type { Note } from '../utils/core/schema';

/** Saving state as the editor shows it. */
export type NoteEditorState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: number }
  | { kind: 'error'; message: string }
  | { kind: 'conflict'; theirs: Note | undefined };

/** Props of NoteEditor. */
export interface NoteEditorProps {
  topicTitle: string;
  draft: string;
  state: NoteEditorState;
  updatedAt: number | undefined;
  /** False while storage is unavailable: the note is shown read-only. */
  writable: boolean;
  onEdit: (text: string) => void;
  onBlur: () => void;
  onKeepMine: () => void;
  onUseTheirs: () => void;
}

const time = (at: number) =>
  new Date(at).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function Status({ state, updatedAt }: Pick<NoteEditorProps, 'state' | 'updatedAt'>) {
  switch (state.kind) {
    case 'saving':
      return <>Saving…</>;
    case 'saved':
      return <>Saved {new Date(state.at).toLocaleTimeString(undefined, { timeStyle: 'short' })}</>;
    case 'error':
      return <span class="error-text">{state.message}</span>;
    default:
      return updatedAt ? <>Last edited {time(updatedAt)}</> : <>Only on this computer.</>;
  }
}

/** Edits one topic's note. */
export function NoteEditor(props: NoteEditorProps) {
  const { topicTitle, draft, state, updatedAt, writable } = props;
  return (
    <section class="note" aria-labelledby="note-title">
      <h2 id="note-title">My note</h2>
      {state.kind === 'conflict' && (
        <div class="conflict" role="alert">
          <p>
            This note was changed in another RadLens panel
            {state.theirs ? ` (${time(state.theirs.updatedAt)})` : ' (it was deleted there)'}. Your
            text below is not saved yet. Which version should be kept?
          </p>
          <details>
            <summary>Show the other version</summary>
            <pre class="their-version">{state.theirs?.body ?? '(empty)'}</pre>
          </details>
          <div class="actions">
            <button type="button" onClick={props.onKeepMine}>
              Keep my version
            </button>
            <button type="button" class="secondary" onClick={props.onUseTheirs}>
              Use the other version
            </button>
          </div>
        </div>
      )}
      <textarea
        class="note-body"
        aria-label={`My note on ${topicTitle}`}
        aria-describedby="note-status"
        placeholder="Your own notes on this topic: local practice, contacts, reminders. Kept on this computer only."
        value={draft}
        readOnly={!writable}
        rows={5}
        onInput={(e) => props.onEdit(e.currentTarget.value)}
        onBlur={props.onBlur}
      />
      <p id="note-status" class="note-status" aria-live="polite">
        <Status state={state} updatedAt={updatedAt} />
      </p>
    </section>
  );
}
