/**
 * Everything an extension origin holds in IndexedDB, read from one of its pages, as one string
 * to compare or search: every store of every database. Works with a Playwright or a Puppeteer
 * page (both evaluate a function in the page).
 */
export async function dumpIndexedDb(extensionPage: {
  evaluate<T>(fn: () => Promise<T>): Promise<T>;
}): Promise<string> {
  return extensionPage.evaluate(async () => {
    const out: unknown[] = [];
    for (const info of await indexedDB.databases()) {
      const db = await new Promise<IDBDatabase>((done, fail) => {
        const open = indexedDB.open(info.name!);
        open.onsuccess = () => done(open.result);
        open.onerror = () => fail(new Error(`cannot open ${info.name}: ${String(open.error)}`));
      });
      for (const name of db.objectStoreNames) {
        const rows = await new Promise<unknown[]>((done, fail) => {
          const request = db.transaction(name).objectStore(name).getAll();
          request.onsuccess = () => done(request.result);
          request.onerror = () => fail(new Error(`cannot read ${name}: ${String(request.error)}`));
        });
        out.push({ db: info.name, store: name, rows });
      }
      db.close();
    }
    return JSON.stringify(out);
  });
}
