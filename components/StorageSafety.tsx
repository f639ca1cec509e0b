/**
 * Options: whether the browser keeps RadLens's storage (persistent) or may clear it to free
 * disk space (best-effort), and what that means for the user's notes.
 */

/** Props of StorageSafety. */
export interface StorageSafetyProps {
  /** undefined while reading, or when the browser cannot say. */
  persisted: boolean | undefined;
  /** When RadLens asked the browser to keep its storage. */
  askedAt: number | undefined;
  usage: number | undefined;
  quota: number | undefined;
  /** False until the browser has answered. */
  loaded: boolean;
}

const megabytes = (bytes: number) =>
  `${(bytes / 1_000_000).toLocaleString('en', { maximumFractionDigits: 1 })} MB`;

const day = (at: number) => new Date(at).toLocaleDateString(undefined, { dateStyle: 'medium' });

/** The "Keeping your notes" section. */
export function StorageSafety({ persisted, askedAt, usage, quota, loaded }: StorageSafetyProps) {
  const state = !loaded
    ? 'loading'
    : persisted === true
      ? 'persisted'
      : persisted === false
        ? 'best-effort'
        : 'unknown';
  return (
    <section aria-labelledby="storage-safety-title" class="storage-safety" data-state={state}>
      <h2 id="storage-safety-title">Keeping your notes</h2>
      {state === 'loading' && <p class="muted">Asking the browser…</p>}
      {state === 'persisted' && (
        <p>
          <strong>Kept:</strong> the browser has agreed to keep RadLens’s storage. It will not clear
          your notes to free disk space; they go only if you clear this browser’s site data or
          remove RadLens.
        </p>
      )}
      {state === 'best-effort' && (
        <p>
          <strong>Not guaranteed:</strong>{' '}
          {askedAt
            ? `RadLens asked the browser on ${day(askedAt)} to keep its storage, and the browser declined (browsers decide this by their own rules). `
            : 'the browser has not agreed to keep RadLens’s storage. '}
          If the disk runs low on space, the browser may clear RadLens’s storage, your notes
          included, without asking.
        </p>
      )}
      {state === 'unknown' && (
        <p>
          <strong>Unknown:</strong> this browser does not say whether it keeps RadLens’s storage.
        </p>
      )}
      {state !== 'loading' && (
        <p class="muted">
          Keep a copy of your notes: side panel → Notes → Export (Markdown or JSON).
          {usage !== undefined && quota !== undefined
            ? ` RadLens uses ${megabytes(usage)} of the ${megabytes(quota)} the browser allows it.`
            : ''}
        </p>
      )}
    </section>
  );
}
