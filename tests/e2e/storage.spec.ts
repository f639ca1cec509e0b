/**
 * Data safety in the real browser: the options page shows whether the browser keeps RadLens's
 * storage (persistent storage is asked for once), and the side panel keeps working when its
 * IndexedDB cannot be opened.
 *
 * How the database is made to fail: another extension page (the options page, same origin,
 * same IndexedDB) starts a version upgrade of the real "radlens" database and keeps that
 * upgrade transaction open. Every other open of the database then waits behind it, exactly as
 * when a second RadLens page or a stuck upgrade holds the database. This needs no test-only
 * switch in the shipped code, and aborting the upgrade at the end leaves the database as it
 * was, so the same test also shows the panel recovering without losing what was typed.
 */
import type { Page } from '@playwright/test';
import { openPanelFor, tabIdOf } from '../support/extension';
import { expect, test } from './fixtures';

/** Opens the options page of the extension. */
async function openOptions(ext: { context: { newPage(): Promise<Page> }; extensionId: string }) {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  return options;
}

test('the options page shows whether the browser keeps the notes, after asking once', async ({
  ext,
}) => {
  const options = await openOptions(ext);
  const section = options.locator('section.storage-safety');
  // What the browser itself says, read in the same page: the page must show that state.
  const persisted = await options.evaluate(() => navigator.storage.persisted());
  await expect(section).toHaveAttribute('data-state', persisted ? 'persisted' : 'best-effort');
  await expect(section.getByRole('heading', { name: 'Keeping your notes' })).toBeVisible();
  if (persisted) {
    await expect(section).toContainText('Kept: the browser has agreed to keep');
  } else {
    // Headless Chromium declines (no site engagement): the page says RadLens asked, and what
    // a decline means for the notes.
    await expect(section).toContainText(/RadLens asked the browser on .+ and the browser declined/);
    await expect(section).toContainText('may clear RadLens’s storage, your notes included');
  }
  await expect(section).toContainText('Notes → Export');
  await expect(section).toContainText(/RadLens uses [\d.]+ MB of the [\d,.]+ MB/);
  const record = await options.evaluate(async () => {
    const key = 'storagePersistence';
    return (await chrome.storage.local.get(key))[key] as { askedAt: number } | undefined;
  });
  expect(record?.askedAt).toBeGreaterThan(0);
  // A second visit does not ask again: the record keeps the first request's time.
  await options.reload();
  await expect(section).toHaveAttribute('data-state', persisted ? 'persisted' : 'best-effort');
  const again = await options.evaluate(
    async () =>
      (await chrome.storage.local.get('storagePersistence'))['storagePersistence'] as {
        askedAt: number;
      },
  );
  expect(again.askedAt).toBe(record?.askedAt);
});

test('database blocked: banner, built-in topics read-only, a note is refused and kept, then saved when storage is back', async ({
  ext,
  samples,
}) => {
  const page = await ext.context.newPage();
  await page.goto(`${samples.origin}/chest.html`);
  const tabId = await tabIdOf(ext, page);

  const holder = await openOptions(ext);
  await holder.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const request = indexedDB.open('radlens', 1_000_000);
        request.onupgradeneeded = () => {
          const upgrade = request.transaction!;
          const db = request.result;
          const store = db.objectStoreNames.contains('meta')
            ? upgrade.objectStore('meta')
            : db.createObjectStore('hold');
          // Each read queues the next, so the upgrade transaction never finishes by itself.
          let holding = true;
          const hold = () => {
            if (holding) store.count().onsuccess = hold;
          };
          hold();
          (globalThis as { release?: () => void }).release = () => {
            holding = false;
            upgrade.abort(); // Rolls the upgrade back: the database stays as it was.
          };
          resolve();
        };
        request.onerror = () => {}; // The abort at the end fails this open, as intended.
      }),
  );

  const panel = await openPanelFor(ext, tabId);
  const banner = panel.locator('.banner[data-storage-problem="unavailable"]');
  await expect(banner).toContainText('Local storage is unavailable');
  await expect(banner).toContainText('built-in topics are shown read-only');
  await expect(banner).toContainText('TimeoutError');

  // The built-in topics still open, from the copy bundled with the extension.
  await panel.locator('.finding[data-topic-id="pleural-effusion"][data-status="present"]').click();
  await expect(panel.locator('article.topic h1')).toHaveText('Pleural effusion');

  const box = panel.locator('textarea.note-body');
  const typed = 'Tap if > 1 cm on decubitus — résumé ✓ 🫁';
  await expect(box).toBeEditable();
  await box.fill(typed);
  await box.blur();
  await expect(panel.locator('.note-status')).toContainText(
    'Not saved: local storage is unavailable. Your text is still here',
  );
  await expect(box).toHaveValue(typed);

  // The other page lets go: the panel opens its database, the banner goes, the text saves.
  await holder.evaluate(() => (globalThis as { release?: () => void }).release?.());
  await expect(banner).toHaveCount(0);
  await box.focus();
  await box.blur();
  await expect(panel.locator('.note-status')).toHaveText(/Saved/);
  await panel.reload(); // The panel reopens on the same topic, the note read from storage.
  await expect(panel.locator('article.topic h1')).toHaveText('Pleural effusion');
  await expect(box).toHaveValue(typed);
});
