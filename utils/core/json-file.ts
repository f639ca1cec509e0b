/**
 * Reading a JSON file someone hands RadLens (a content pack, a notes export): size limit
 * checked before parsing, syntax errors with line and column, and keys that could reach an
 * object's prototype refused. Pure; the caller validates the parsed value with its schema.
 */

/** Why a file was refused: `path` is where in the file ("topics[2].sections[0].items[1]"). */
export interface FileError {
  path: string;
  message: string;
}

/** The result of reading a JSON file. */
export type JsonReading = { ok: true; data: unknown } | { ok: false; error: FileError };

/** Keys that could reach an object's prototype when code later copies the data. */
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

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

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Parses `text` as JSON (`bytes` is the file's size when known before reading it; `what`
 * names the kind of file in messages): too large, empty, not JSON and forbidden keys fail.
 */
export function readJsonFile(
  text: string,
  bytes: number,
  maxBytes: number,
  what: string,
): JsonReading {
  const fail = (path: string, message: string): JsonReading => ({
    ok: false,
    error: { path, message },
  });
  if (bytes > maxBytes) {
    const limit = `${Math.round(maxBytes / 1024 / 1024)} MB`;
    return fail('(the file)', `is ${megabytes(bytes)}; ${what} may be at most ${limit}`);
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
  return { ok: true, data };
}
