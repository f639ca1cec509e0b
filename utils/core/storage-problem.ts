/**
 * What went wrong with the extension's storage, in words a clinician can act on. Pure: it
 * reads only the `name`, `message`, `inner` and `failures` of an error (IndexedDB's
 * DOMException names and Dexie's wrappers), so it runs in Node and in any extension page.
 */

/** The two ways storage fails that the panel explains differently. */
export type StorageProblemKind = 'unavailable' | 'full';

/** A storage failure, classified, with the sentences the panel shows. */
export interface StorageProblem {
  kind: StorageProblemKind;
  /** The browser's own error name and message, for the curious and for bug reports. */
  detail: string;
  /** The banner: what happened and what still works. */
  banner: string;
  /** Why a note was not saved, and that the text is still in the editor. */
  noteNotSaved: string;
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  inner?: unknown;
  failures?: unknown;
}

const isErrorLike = (value: unknown): value is ErrorLike =>
  typeof value === 'object' && value !== null;

/** Every error in the chain: Dexie wraps the browser's error in `inner` or `failures`. */
function chain(error: unknown, depth = 0): ErrorLike[] {
  if (!isErrorLike(error) || depth > 5) return [];
  const nested = Array.isArray(error.failures) ? (error.failures as unknown[]) : [];
  return [error, ...chain(error.inner, depth + 1), ...nested.flatMap((f) => chain(f, depth + 1))];
}

/** Error names that come from IndexedDB or Dexie failing, not from the data being refused. */
const STORAGE_ERROR_NAMES: ReadonlySet<string> = new Set([
  'QuotaExceededError',
  'NS_ERROR_DOM_QUOTA_REACHED',
  'UnknownError',
  'InvalidStateError',
  'VersionError',
  'AbortError',
  'TimeoutError',
  'NotFoundError',
  'OpenFailedError',
  'DatabaseClosedError',
  'MissingAPIError',
  'UpgradeError',
  'SchemaError',
  'InvalidTableError',
  'NoSuchDatabaseError',
]);

/** True when the error, or one it wraps, is the storage failing (not a refused note). */
export function isStorageError(error: unknown): boolean {
  return chain(error).some((e) => typeof e.name === 'string' && STORAGE_ERROR_NAMES.has(e.name));
}

/** True when the error, or one it wraps, says the disk quota is used up. */
export function isQuotaError(error: unknown): boolean {
  return chain(error).some(
    (e) => e.name === 'QuotaExceededError' || e.name === 'NS_ERROR_DOM_QUOTA_REACHED',
  );
}

/** The innermost error's name and message, e.g. "UnknownError: Internal error opening …". */
export function errorDetail(error: unknown): string {
  const errors = chain(error);
  const last = errors[errors.length - 1];
  if (!last) return String(error);
  const name = typeof last.name === 'string' ? last.name : 'Error';
  const message = typeof last.message === 'string' ? last.message : '';
  return message ? `${name}: ${message}` : name;
}

/** Classifies a storage error into what the panel tells the user. */
export function describeStorageProblem(error: unknown): StorageProblem {
  const detail = errorDetail(error);
  if (isQuotaError(error)) {
    return {
      kind: 'full',
      detail,
      banner:
        'Storage is full: the browser refused to save more for RadLens. Topics and findings ' +
        'still work; notes cannot be saved until disk space is freed. Nothing already saved ' +
        'was lost.',
      noteNotSaved:
        'Not saved: storage is full. Your text is still here; free some disk space, then ' +
        'click outside the box to save again, or copy the text somewhere safe.',
    };
  }
  return {
    kind: 'unavailable',
    detail,
    banner:
      'Local storage is unavailable (blocked, private window, or damaged). The built-in ' +
      'topics are shown read-only and findings still work; your notes cannot be read or ' +
      'saved right now.',
    noteNotSaved:
      'Not saved: local storage is unavailable. Your text is still here; copy it somewhere ' +
      'safe before closing the panel.',
  };
}

/** A storage problem for an open that did not answer within `ms` milliseconds. */
export function storageTimeout(ms: number): Error {
  const error = new Error(`the database did not open within ${ms / 1000} s`);
  error.name = 'TimeoutError';
  return error;
}
