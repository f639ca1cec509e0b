/**
 * Editing one topic's note: the draft, autosave (debounced), and what happens when another
 * open panel saves the same note. A save names the version it started from; if the stored
 * note moved on meanwhile, nothing is overwritten and the user chooses. No update is lost
 * silently. When storage fails (unavailable, or full), a save fails with a message that says
 * so and the text stays in the editor, unsaved and marked as such.
 */
import type { NoteEditorState } from '../../components/NoteEditor';
import { signal } from '@preact/signals';
import { liveQuery, type Subscription } from 'dexie';
import type { Note } from '../../utils/core/schema';
import {
  describeStorageProblem,
  isStorageError,
  type StorageProblem,
} from '../../utils/core/storage-problem';
import type { RadLensDb } from '../../utils/db';
import { getNote, saveNote } from '../../utils/notes';

/** Quiet time after the last keystroke before the note is saved. */
export const AUTOSAVE_MS = 600;

/** What the editor shows about saving (the editor's own state type). */
export type SaveState = NoteEditorState;

/** How a session learns of, and reports, storage problems shared by the whole panel. */
export interface StorageStatus {
  /** The panel's current storage problem, if any. */
  current(): StorageProblem | undefined;
  /** A read or write showed a problem (or, with undefined, that storage works again). */
  report(problem: StorageProblem | undefined): void;
}

const noStatus: StorageStatus = { current: () => undefined, report: () => {} };

/** One open note editor's state. Call `close()` when the editor goes away. */
export class NoteSession {
  /** The text in the editor. */
  readonly draft = signal('');
  /** Saving state for the status line. */
  readonly state = signal<SaveState>({ kind: 'idle' });
  /** When the stored note was last edited (for "last edited"). */
  readonly updatedAt = signal<number | undefined>(undefined);
  /** Whether the first read finished (the editor waits for it). */
  readonly ready = signal(false);

  private base: number | undefined;
  private dirty = false;
  private saving: string | undefined;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private subscription: Subscription;

  constructor(
    private readonly db: RadLensDb,
    readonly topicId: string,
    private readonly storage: StorageStatus = noStatus,
  ) {
    this.subscription = liveQuery(() => getNote(db, topicId)).subscribe({
      next: (note) => this.onStored(note),
      error: (error: unknown) => this.onReadFailed(error),
    });
  }

  /**
   * The stored note could not be read. The editor still takes text (a save then says it
   * failed, keeping the text); if storage comes back, a save over a note that exists asks
   * first, since this session never saw it.
   */
  private onReadFailed(error: unknown): void {
    const problem = isStorageError(error) ? describeStorageProblem(error) : undefined;
    if (problem) this.storage.report(problem);
    this.ready.value = true;
    this.state.value = {
      kind: 'error',
      message: `Could not read your saved note (${problem?.detail ?? String(error)}).`,
    };
  }

  /** The stored note changed (here or in another panel). */
  private onStored(note: Note | undefined): void {
    this.ready.value = true;
    const body = note?.body ?? '';
    if (!this.dirty || body === this.draft.value || (note && body === this.saving)) {
      // Nothing unsaved here, the same text, or the echo of our own save: follow it.
      this.base = note?.updatedAt;
      this.updatedAt.value = note?.updatedAt;
      if (!this.dirty) this.draft.value = body;
      return;
    }
    if (note?.updatedAt !== this.base) {
      clearTimeout(this.timer);
      this.state.value = { kind: 'conflict', theirs: note };
    }
  }

  /** The user typed. */
  edit(text: string): void {
    this.draft.value = text;
    this.dirty = true;
    if (this.state.value.kind === 'conflict') return; // Resolve first; nothing is saved over it.
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.save(), AUTOSAVE_MS);
  }

  /** Saves now (on blur, on leaving the topic). */
  async flush(): Promise<void> {
    clearTimeout(this.timer);
    if (this.dirty && this.state.value.kind !== 'conflict') await this.save();
  }

  private async save(): Promise<void> {
    const body = this.draft.value;
    const known = this.storage.current();
    if (known?.kind === 'unavailable') {
      // The database cannot be opened: fail at once rather than wait on a blocked open.
      this.state.value = { kind: 'error', message: known.noteNotSaved };
      return;
    }
    this.saving = body;
    this.state.value = { kind: 'saving' };
    try {
      const result = await saveNote(this.db, this.topicId, body, this.base);
      if (result.status === 'conflict') {
        this.state.value = { kind: 'conflict', theirs: result.current };
        return;
      }
      this.base = result.status === 'saved' ? result.note.updatedAt : undefined;
      this.updatedAt.value = this.base;
      if (this.draft.value === body) this.dirty = false;
      this.state.value = { kind: 'saved', at: Date.now() };
      if (known) this.storage.report(undefined); // A write went through: storage works again.
      if (this.dirty) this.edit(this.draft.value); // Typed on while saving: save again.
    } catch (error) {
      // `dirty` stays true and the draft is untouched: the text waits in the editor.
      if (isStorageError(error)) {
        const problem = describeStorageProblem(error);
        this.storage.report(problem);
        this.state.value = {
          kind: 'error',
          message: `${problem.noteNotSaved} (${problem.detail})`,
        };
      } else {
        this.state.value = {
          kind: 'error',
          message: `Not saved: ${error instanceof Error ? error.message : String(error)}`,
        };
      }
    } finally {
      this.saving = undefined;
    }
  }

  /** Conflict: keep this panel's text, saved over the other version. */
  async keepMine(): Promise<void> {
    const state = this.state.value;
    if (state.kind !== 'conflict') return;
    this.base = state.theirs?.updatedAt;
    this.dirty = true;
    this.state.value = { kind: 'idle' };
    await this.save();
  }

  /** Conflict: take the other panel's version, dropping this panel's unsaved text. */
  useTheirs(): void {
    const state = this.state.value;
    if (state.kind !== 'conflict') return;
    this.base = state.theirs?.updatedAt;
    this.updatedAt.value = this.base;
    this.draft.value = state.theirs?.body ?? '';
    this.dirty = false;
    this.state.value = { kind: 'idle' };
  }

  /** Stops following the stored note (after flushing). */
  close(): void {
    void this.flush();
    this.subscription.unsubscribe();
  }
}
