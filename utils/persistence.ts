/**
 * Persistent storage: without it the browser may clear RadLens's IndexedDB, notes included,
 * to free disk space ("best-effort" storage). RadLens asks once, from an extension page
 * (`navigator.storage.persist()` is not available in the background's service worker), and
 * remembers that it asked so a browser that prompts (Firefox) is not asked again and again.
 */
import { browser } from './platform';

/** The storage.local key recording when RadLens asked and what the browser answered. */
export const PERSISTENCE_KEY = 'storagePersistence';

/** When RadLens asked for persistent storage, and whether the browser granted it then. */
export interface PersistenceRecord {
  askedAt: number;
  granted: boolean;
}

/** What the options page shows about keeping the user's notes. */
export interface PersistenceState {
  /** Whether the browser keeps RadLens's storage; undefined when it cannot say. */
  persisted: boolean | undefined;
  asked: PersistenceRecord | undefined;
  usage: number | undefined;
  quota: number | undefined;
}

/** The parts of the browser's StorageManager used here. */
export type PersistenceManager = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

/** The parts of a storage area used here. */
export interface RecordArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

const defaultManager = (): PersistenceManager | undefined =>
  typeof navigator !== 'undefined' && typeof navigator.storage?.persist === 'function'
    ? navigator.storage
    : undefined;

function readRecord(value: unknown): PersistenceRecord | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { askedAt, granted } = value as Record<string, unknown>;
  return typeof askedAt === 'number' && typeof granted === 'boolean'
    ? { askedAt, granted }
    : undefined;
}

/**
 * Asks the browser to keep RadLens's storage, unless it already does or RadLens asked before.
 * Returns the record of the request (the earlier one when it had asked before).
 */
export async function requestPersistenceOnce(
  manager: PersistenceManager | undefined = defaultManager(),
  area: RecordArea = browser.storage.local,
  now: number = Date.now(),
): Promise<PersistenceRecord | undefined> {
  if (!manager) return undefined;
  const earlier = readRecord((await area.get(PERSISTENCE_KEY))[PERSISTENCE_KEY]);
  if (earlier) return earlier;
  if (await manager.persisted()) return undefined;
  // Written before asking: a second page opening meanwhile does not ask a second time.
  await area.set({ [PERSISTENCE_KEY]: { askedAt: now, granted: false } });
  const record = { askedAt: now, granted: await manager.persist() };
  await area.set({ [PERSISTENCE_KEY]: record });
  return record;
}

/** What the browser says now about keeping RadLens's storage, and how much it uses. */
export async function readPersistence(
  manager: PersistenceManager | undefined = defaultManager(),
  area: RecordArea = browser.storage.local,
): Promise<PersistenceState> {
  const asked = readRecord((await area.get(PERSISTENCE_KEY))[PERSISTENCE_KEY]);
  if (!manager) return { persisted: undefined, asked, usage: undefined, quota: undefined };
  const [persisted, estimate] = await Promise.all([
    manager.persisted(),
    manager.estimate().catch((): StorageEstimate => ({})),
  ]);
  return { persisted, asked, usage: estimate.usage, quota: estimate.quota };
}
