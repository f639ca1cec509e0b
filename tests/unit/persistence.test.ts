/**
 * Persistent storage is asked for once: not again on the next page or the next start (a
 * browser that prompts, such as Firefox, would prompt every time), and not at all when the
 * browser already keeps RadLens's storage. The browser's StorageManager is played by a small
 * stand-in that counts requests; the record lives in WXT's fake browser storage.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  PERSISTENCE_KEY,
  readPersistence,
  requestPersistenceOnce,
  type PersistenceManager,
} from '../../utils/persistence';

/** A StorageManager that grants or declines, and counts how often it was asked. */
function storageManager(grants: boolean, persistedAlready = false) {
  let persisted = persistedAlready;
  const manager = {
    asked: 0,
    persist: () => {
      manager.asked++;
      persisted = grants;
      return Promise.resolve(grants);
    },
    persisted: () => Promise.resolve(persisted),
    estimate: () => Promise.resolve({ usage: 1_500_000, quota: 10_000_000_000 }),
  } satisfies PersistenceManager & { asked: number };
  return manager;
}

beforeEach(() => fakeBrowser.reset());
const area = () => fakeBrowser.storage.local;

describe('requestPersistenceOnce', () => {
  it('asks once, records the answer, and does not ask again after a decline', async () => {
    const manager = storageManager(false);
    const first = await requestPersistenceOnce(manager, area(), 1000);
    const second = await requestPersistenceOnce(manager, area(), 2000);
    expect(manager.asked).toBe(1);
    expect(first).toEqual({ askedAt: 1000, granted: false });
    expect(second).toEqual(first);
    expect((await area().get(PERSISTENCE_KEY))[PERSISTENCE_KEY]).toEqual(first);
  });

  it('records a grant, and the state then reads as persisted', async () => {
    const manager = storageManager(true);
    expect(await requestPersistenceOnce(manager, area(), 1000)).toEqual({
      askedAt: 1000,
      granted: true,
    });
    expect(await readPersistence(manager, area())).toEqual({
      persisted: true,
      asked: { askedAt: 1000, granted: true },
      usage: 1_500_000,
      quota: 10_000_000_000,
    });
  });

  it('does not ask when the browser already keeps the storage', async () => {
    const manager = storageManager(true, true);
    expect(await requestPersistenceOnce(manager, area())).toBeUndefined();
    expect(manager.asked).toBe(0);
    expect((await readPersistence(manager, area())).persisted).toBe(true);
  });

  it('says "cannot tell" when the browser has no StorageManager', async () => {
    expect(await requestPersistenceOnce(undefined, area())).toBeUndefined();
    expect((await readPersistence(undefined, area())).persisted).toBeUndefined();
  });
});
