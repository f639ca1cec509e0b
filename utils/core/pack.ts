/**
 * Content packs: reading a pack file someone hands RadLens (an institution's own topics) and
 * writing the built-in topics as one. Pure: the options page, the tests and the tools call
 * the same code. A pack is accepted whole or not at all; a rejection names the first
 * failing place in the file, so its author can fix it.
 */
import { formatPath, readJsonFile, type FileError } from './json-file';
import { Pack, type Topic } from './schema';

export { formatPath } from './json-file';

/** Largest pack file accepted: far above any real pack (60 topics are about 0.5 MB). */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

/** Why a pack was refused: `path` is where in the file ("topics[2].sections[0].items[1].strength"). */
export type PackError = FileError;

/** The result of reading a pack file. */
export type PackReading = { ok: true; pack: Pack } | { ok: false; error: PackError };

/**
 * Reads a pack file's text (`bytes` is the file's size, when known before reading it): too
 * large, not JSON, forbidden keys, schema errors and duplicate topic ids are refused with
 * the first failing path.
 */
export function readPack(text: string, bytes: number = text.length): PackReading {
  const fail = (path: string, message: string): PackReading => ({
    ok: false,
    error: { path, message },
  });
  const json = readJsonFile(text, bytes, MAX_PACK_BYTES, 'a pack');
  if (!json.ok) return json;
  const parsed = Pack.safeParse(json.data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    return fail(formatPath(issue.path), issue.message);
  }
  const seen = new Map<string, number>();
  for (const [i, topic] of parsed.data.topics.entries()) {
    const first = seen.get(topic.id);
    if (first !== undefined) {
      return fail(`topics[${i}].id`, `"${topic.id}" is already the id of topics[${first}]`);
    }
    seen.set(topic.id, i);
  }
  return { ok: true, pack: parsed.data };
}

/** The built-in topics as a pack file's content (pretty-printed JSON). */
export function exportPack(name: string, publisher: string, topics: readonly Topic[]): string {
  const pack: Pack = { format: 'radlens-pack', version: 1, name, publisher, topics: [...topics] };
  return `${JSON.stringify(pack, null, 2)}\n`;
}
