/**
 * The options page's state (signals) and actions on the extension's IndexedDB: packs are
 * read from a file, checked whole, confirmed when they replace topics, and imported in one
 * transaction; the lists follow the database through liveQuery.
 */
import { signal } from '@preact/signals';
import { liveQuery } from 'dexie';
import { seedTopics, seedVersion } from '../../data/index';
import type { PackNotice, PendingImport } from '../../components/PackManager';
import { exportPack, MAX_PACK_BYTES } from '../../utils/core/pack';
import { createDb, type PackRow } from '../../utils/db';
import {
  importPackText,
  listPacks,
  removePack,
  restoreBuiltin,
  type Replacement,
} from '../../utils/packs';
import { syncBuiltinTopics } from '../../utils/seed';

const db = createDb();
const builtinIds = new Set(seedTopics.map((t) => t.id));

/** Installed packs, newest first. */
export const packs = signal<PackRow[]>([]);
/** Built-in topics a pack replaced. */
export const replacedBuiltins = signal<{ id: string; title: string; packName: string }[]>([]);
export const notice = signal<PackNotice | undefined>(undefined);
export const pending = signal<PendingImport | undefined>(undefined);
export const busy = signal(false);
export const builtinCount = seedTopics.length;

let answer: ((replace: boolean) => void) | undefined;

/** Starts following the database. */
export async function startOptions(): Promise<void> {
  liveQuery(async () => {
    const rows = await listPacks(db);
    const names = new Map(rows.map((p) => [p.id, p.name]));
    const fromPacks = await db.topics.where('source').equals('pack').toArray();
    return {
      rows,
      replaced: fromPacks
        .filter((t) => builtinIds.has(t.id))
        .map((t) => ({
          id: t.id,
          title: t.title,
          packName: names.get(t.packId ?? '') ?? 'a pack',
        })),
    };
  }).subscribe({
    next: ({ rows, replaced }) => {
      packs.value = rows;
      replacedBuiltins.value = replaced;
    },
    error: (error: unknown) => {
      notice.value = {
        kind: 'error',
        text: `Could not read the settings database: ${String(error)}`,
      };
    },
  });
  await Promise.resolve();
}

/** Asks the user, through the page, whether to replace these topics. */
function confirmReplace(name: string, replaced: Replacement[]): Promise<boolean> {
  pending.value = { name, replaced };
  return new Promise((resolve) => {
    answer = (replace) => {
      pending.value = undefined;
      answer = undefined;
      resolve(replace);
    };
  });
}

/** The user's answer to the replacement question. */
export function confirm(replace: boolean): void {
  answer?.(replace);
}

/** Reads, checks and imports a pack file. */
export async function importFile(file: File): Promise<void> {
  busy.value = true;
  notice.value = undefined;
  try {
    // The size is checked before the file is read, so a huge file never fills memory.
    const text = file.size > MAX_PACK_BYTES ? '' : await file.text();
    // On a fresh install the background may not have stored the built-in topics yet; without
    // them a pack would replace a built-in topic without asking.
    await syncBuiltinTopics(db, seedTopics, seedVersion);
    const result = await importPackText(db, text, (r) => confirmReplace(file.name, r), file.size);
    if (result.outcome === 'rejected') {
      notice.value = {
        kind: 'error',
        text: `Not imported, nothing changed. ${file.name}: ${result.error.path}: ${result.error.message}`,
      };
    } else if (result.outcome === 'cancelled') {
      notice.value = { kind: 'ok', text: `Cancelled: ${file.name} was not imported.` };
    } else {
      const n = result.pack.topicIds.length;
      notice.value = {
        kind: 'ok',
        text: `Imported “${result.pack.name}” (${result.pack.publisher}): ${n} topic${n === 1 ? '' : 's'}${result.replaced.length ? `, ${result.replaced.length} replaced` : ''}. Reload open reports to detect them.`,
      };
    }
  } catch (error) {
    notice.value = {
      kind: 'error',
      text: `Not imported, nothing changed: storage failed (${String(error)}).`,
    };
  } finally {
    busy.value = false;
  }
}

/** Removes a pack, giving back the built-in topics it replaced. */
export async function remove(packId: string): Promise<void> {
  busy.value = true;
  try {
    const name = packs.value.find((p) => p.id === packId)?.name ?? packId;
    await removePack(db, packId, seedTopics);
    notice.value = { kind: 'ok', text: `Removed “${name}”.` };
  } catch (error) {
    notice.value = { kind: 'error', text: `Could not remove the pack: ${String(error)}` };
  } finally {
    busy.value = false;
  }
}

/** Gives back one built-in topic. */
export async function restore(topicId: string): Promise<void> {
  busy.value = true;
  try {
    await restoreBuiltin(db, topicId, seedTopics);
    notice.value = { kind: 'ok', text: `Restored the built-in “${topicId}”.` };
  } catch (error) {
    notice.value = { kind: 'error', text: `Could not restore: ${String(error)}` };
  } finally {
    busy.value = false;
  }
}

/** Saves the built-in topics as a pack file (a local download; nothing leaves the machine). */
export function exportBuiltins(): void {
  const text = exportPack('RadLens built-in topics', 'RadLens', seedTopics);
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'radlens-builtin-topics.json';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
