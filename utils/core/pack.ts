/**
 * Content packs: reading a pack file someone hands RadLens (an institution's own topics) and
 * writing the built-in topics as one. Pure: the options page, the tests and the tools call
 * the same code. A pack is accepted whole or not at all; a rejection names the first
 * failing place in the file, so its author can fix it.
 */
import { Pack, type Topic } from './schema';

/** Largest pack file accepted: far above any real pack (60 topics are about 0.5 MB). */
export const MAX_PACK_BYTES = 5 * 1024 * 1024;

/** Keys that could reach an object's prototype when code later copies the data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Why a pack was refused: `path` is where in the file ("topics[2].sections[0].items[1].strength"). */
export interface PackError {
  path: string;
  message: string;
}

/** The result of reading a pack file. */
export type PackReading = { ok: true; pack: Pack } | { ok: false; error: PackError };

/** Formats a zod/JSON path as authors read it: topics[2].terms[0].text. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(the file)' : out;
}

/** Line and column of character `offset` in `text`, 1-based. */
function lineAndColumn(text: string, offset: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return `line ${line}, column ${offset - lineStart + 1}`;
}

/** Finds the first forbidden key, depth first in document order, and its path. */
function forbiddenKey(value: unknown, path: PropertyKey[] = []): PropertyKey[] | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = forbiddenKey(value[i], [...path, i]);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      if (FORBIDDEN_KEYS.has(key)) return [...path, key];
      const found = forbiddenKey((value as Record<string, unknown>)[key], [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

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
  if (bytes > MAX_PACK_BYTES) {
    return fail(
      '(the file)',
      `is ${(bytes / 1024 / 1024).toFixed(1)} MB; a pack may be at most ${MAX_PACK_BYTES / 1024 / 1024} MB`,
    );
  }
  if (text.trim() === '') return fail('(the file)', 'is empty');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /position (\d+)/.exec(message);
    return fail(
      '(the file)',
      `is not valid JSON${at ? ` (${lineAndColumn(text, Number(at[1]))})` : ''}: ${message}`,
    );
  }
  const bad = forbiddenKey(data);
  if (bad) return fail(formatPath(bad), `the key "${String(bad.at(-1))}" is not allowed`);
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
  return { ok: true, pack: parsed.data };
}

/** The built-in topics as a pack file's content (pretty-printed JSON). */
export function exportPack(name: string, publisher: string, topics: readonly Topic[]): string {
  const pack: Pack = { format: 'radlens-pack', version: 1, name, publisher, topics: [...topics] };
  return `${JSON.stringify(pack, null, 2)}\n`;
}
