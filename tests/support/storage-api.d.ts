/**
 * The storage areas as the browser tests call them: the same in Chrome's `chrome.storage`
 * (chrome.d.ts) and Firefox's `browser.storage` (firefox-api.d.ts).
 */
interface TestStorageAreas {
  local: {
    set(items: Record<string, unknown>): Promise<void>;
    /** `null`: every item. */
    get(key: string | null): Promise<Record<string, unknown>>;
  };
  session: { get(key: string | null): Promise<Record<string, unknown>> };
  sync: { get(key: string | null): Promise<Record<string, unknown>> };
}
