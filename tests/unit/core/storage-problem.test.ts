/** Storage errors as the browser and Dexie raise them, classified for the panel's messages. */
import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import {
  describeStorageProblem,
  errorDetail,
  isQuotaError,
  isStorageError,
} from '../../../utils/core/storage-problem';

const quota = new DOMException('The quota has been exceeded.', 'QuotaExceededError');

describe('storage problems', () => {
  it('finds a full disk however Dexie wraps it (abort, bulk failures, Firefox name)', () => {
    expect(isQuotaError(quota)).toBe(true);
    expect(isQuotaError(new Dexie.AbortError('Transaction aborted', quota))).toBe(true);
    expect(isQuotaError(new Dexie.BulkError('2 of 3 failed', { 1: quota }))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(describeStorageProblem(new Dexie.AbortError('Transaction aborted', quota)).kind).toBe(
      'full',
    );
  });

  it('names the innermost browser error in the detail', () => {
    const open = new Dexie.OpenFailedError(
      new DOMException('Internal error opening backing store', 'UnknownError'),
    );
    expect(errorDetail(open)).toBe('UnknownError: Internal error opening backing store');
    expect(describeStorageProblem(open).kind).toBe('unavailable');
  });

  it('tells the storage failing from a note the schema refuses', () => {
    expect(isStorageError(new Dexie.DatabaseClosedError())).toBe(true);
    expect(isStorageError(quota)).toBe(true);
    expect(isStorageError(new Error('the note cannot be saved: body: too long'))).toBe(false);
    expect(isStorageError(undefined)).toBe(false);
  });
});
