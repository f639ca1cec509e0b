/**
 * The content-pack settings: import a pack file, confirm replacing topics, list and remove
 * packs, give back built-in topics a pack replaced, export the built-in topics. Props in,
 * events out; the options page does the storage.
 */
import type { PackRow } from '../utils/db';
import type { Replacement } from '../utils/packs';

/** A message for the user about the last action. */
export interface PackNotice {
  kind: 'ok' | 'error';
  text: string;
}

/** A pack file waiting for the user to confirm the topics it replaces. */
export interface PendingImport {
  name: string;
  replaced: Replacement[];
}

/** Props of PackManager. */
export interface PackManagerProps {
  packs: readonly PackRow[];
  /** Built-in topics a pack has replaced: id and title. */
  replacedBuiltins: readonly { id: string; title: string; packName: string }[];
  builtinCount: number;
  notice?: PackNotice | undefined;
  pending?: PendingImport | undefined;
  busy: boolean;
  onFile: (file: File) => void;
  onConfirm: (replace: boolean) => void;
  onRemove: (packId: string) => void;
  onRestore: (topicId: string) => void;
  onExport: () => void;
}

/** The content-pack settings section. */
export function PackManager(props: PackManagerProps) {
  const { packs, replacedBuiltins, notice, pending, busy } = props;
  return (
    <section aria-labelledby="packs-title">
      <h2 id="packs-title">Content packs</h2>
      <p class="muted">
        A pack adds your institution's own topics, or replaces built-in ones. Packs stay on this
        computer. A file is checked in full before anything is stored: all or nothing.
      </p>
      <label class="file">
        <span>Import a pack file (.json)</span>
        <input
          type="file"
          accept=".json,application/json"
          disabled={busy}
          data-testid="pack-file"
          onChange={(event) => {
            const input = event.currentTarget;
            const file = input.files?.[0];
            if (file) props.onFile(file);
            input.value = '';
          }}
        />
      </label>
      {pending && (
        <div class="confirm" role="alertdialog" aria-labelledby="confirm-title">
          <p id="confirm-title">
            “{pending.name}” replaces {pending.replaced.length} topic
            {pending.replaced.length === 1 ? '' : 's'} you have now:
          </p>
          <ul>
            {pending.replaced.map((r) => (
              <li key={r.id}>
                {r.title} <span class="muted">({r.from === 'builtin' ? 'built-in' : r.from})</span>
              </li>
            ))}
          </ul>
          <p class="muted">Built-in topics can be restored later.</p>
          <button type="button" onClick={() => props.onConfirm(true)}>
            Replace and import
          </button>{' '}
          <button type="button" onClick={() => props.onConfirm(false)}>
            Cancel
          </button>
        </div>
      )}
      {notice && (
        <p
          class={notice.kind === 'error' ? 'notice error' : 'notice'}
          role={notice.kind === 'error' ? 'alert' : 'status'}
          data-testid="pack-notice"
        >
          {notice.text}
        </p>
      )}
      <h3>Installed packs</h3>
      {packs.length === 0 ? (
        <p class="muted" data-testid="no-packs">
          No packs installed.
        </p>
      ) : (
        <ul class="packs" data-testid="pack-list">
          {packs.map((pack) => (
            <li key={pack.id}>
              <strong>{pack.name}</strong> <span class="muted">— {pack.publisher}</span>
              <div class="muted">
                {pack.topicIds.length} topic{pack.topicIds.length === 1 ? '' : 's'}, imported{' '}
                {new Date(pack.importedAt).toLocaleString()}: {pack.topicIds.join(', ')}
              </div>
              <button type="button" disabled={busy} onClick={() => props.onRemove(pack.id)}>
                Remove “{pack.name}”
              </button>
            </li>
          ))}
        </ul>
      )}
      {replacedBuiltins.length > 0 && (
        <>
          <h3>Built-in topics replaced by a pack</h3>
          <ul class="packs">
            {replacedBuiltins.map((t) => (
              <li key={t.id}>
                {t.title} <span class="muted">(by {t.packName})</span>{' '}
                <button type="button" disabled={busy} onClick={() => props.onRestore(t.id)}>
                  Restore built-in “{t.title}”
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Export</h3>
      <p class="muted">
        The {props.builtinCount} built-in topics as a pack file: a starting point for your own.
      </p>
      <button type="button" onClick={props.onExport}>
        Export built-in topics
      </button>
    </section>
  );
}
