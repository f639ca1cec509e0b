/**
 * Content packs: reading a pack file someone hands RadLens (an institution's own topics) and
 * writing the built-in topics as one. Pure: the options page, the tests and the tools call
 * the same code. A pack is accepted whole or not at all; a rejection names the first
 * failing place in the file, so its author can fix it.
 */
import { PACK_TEXT } from './characters';
import { formatPath, neverThrows, readJsonFile, type FileError } from './json-file';
import { Pack, type Topic } from './schema';
import { loadVocabulary, vocabularyProblems } from './vocabulary';

export { formatPath } from './json-file';

/** Largest pack file accepted: far above any real pack (60 topics are about 0.5 MB). */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

/** Why a pack was refused: `path` is where in the file ("topics[2].sections[0].items[1].strength"). */
export type PackError = FileError;

/** The result of reading a pack file. */
export type PackReading = { ok: true; pack: Pack } | { ok: false; error: PackError };

/**
 * Reads a pack file's text (`bytes` is the file's size, when known before reading it). Never
 * throws: too large, not JSON, nested too deeply, forbidden keys, odd characters in any key
 * or string (lone surrogates, control characters other than tab and line breaks,
 * bidirectional controls; see `characters.ts`), schema errors and duplicate topic ids are
 * refused with the first failing path. Forbidden keys and odd characters are looked for
 * first, in document order, before the schema.
 */
export function readPack(text: string, bytes: number = text.length): PackReading {
  return neverThrows(() => read(text, bytes));
}

/** `readPack` without the safety net. */
function read(text: string, bytes: number): PackReading {
  const fail = (path: string, message: string): PackReading => ({
    ok: false,
    error: { path, message },
  });
  const json = readJsonFile(text, bytes, MAX_PACK_BYTES, 'a pack', PACK_TEXT);
  if (!json.ok) return json;
  const data = json.data;
  if (typeof data === 'object' && data !== null && !Array.isArray(data)) {
    const format: unknown = Reflect.get(data, 'format');
    const version: unknown = Reflect.get(data, 'version');
    if (format === 'radlens-notes') {
      return fail(
        'format',
        'is a RadLens notes file, not a content pack: import it in the side panel',
      );
    }
    if (format === 'radlens-pack' && version !== 1) {
      return fail(
        'version',
        version === undefined
          ? 'is missing: a RadLens pack has version 1'
          : `pack version ${JSON.stringify(version)} is not supported (expected 1)`,
      );
    }
  }
  const legacy = legacyField(data);
  if (legacy) return fail(legacy, LEGACY_MESSAGE);
  const parsed = Pack.safeParse(data);
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
  const vocabulary = loadVocabulary();
  for (const [i, topic] of parsed.data.topics.entries()) {
    const [problem] = vocabularyProblems(topic, vocabulary);
    if (problem) {
      const [where, ...rest] = problem.split(': ');
      return fail(`topics[${i}].${where}`, rest.join(': '));
    }
  }
  return { ok: true, pack: parsed.data };
}

const LEGACY_MESSAGE =
  'is how packs said shared words before claims: declare them as "claims" ({ "heads": [...], ' +
  '"sites": [...] }, ids from data/heads.json and data/anatomy.json) and drop this field';

/**
 * Where a pack written before claims uses one of the fields they replaced (a topic's
 * `refines`, a term's `generic` or `site`), so its author is told what to write instead.
 */
function legacyField(data: unknown): string | undefined {
  const topics: unknown = typeof data === 'object' && data ? Reflect.get(data, 'topics') : [];
  if (!Array.isArray(topics)) return undefined;
  for (const [i, topic] of (topics as unknown[]).entries()) {
    if (typeof topic !== 'object' || topic === null) continue;
    if (Object.hasOwn(topic, 'refines')) return `topics[${i}].refines`;
    const terms: unknown = Reflect.get(topic, 'terms');
    if (!Array.isArray(terms)) continue;
    for (const [t, term] of (terms as unknown[]).entries()) {
      if (typeof term !== 'object' || term === null) continue;
      for (const key of ['generic', 'site'])
        if (Object.hasOwn(term, key)) return `topics[${i}].terms[${t}].${key}`;
    }
  }
  return undefined;
}

/** The built-in topics as a pack file's content (pretty-printed JSON). */
export function exportPack(name: string, publisher: string, topics: readonly Topic[]): string {
  const pack: Pack = { format: 'radlens-pack', version: 1, name, publisher, topics: [...topics] };
  return `${JSON.stringify(pack, null, 2)}\n`;
}
