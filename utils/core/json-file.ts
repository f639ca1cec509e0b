/**
 * Reading a JSON file someone hands RadLens (a content pack, a notes export): size limit
 * checked before parsing, a leading byte order mark skipped, syntax errors with line and
 * column, keys that could reach an object's prototype refused and, when the caller gives a
 * rule, strings (keys too) with odd characters refused. Pure; the caller validates the
 * parsed value with its schema.
 */
import { oddCharacter, type CharacterRule } from './characters';

/** Why a file was refused: `path` is where in the file ("topics[2].sections[0].items[1]"). */
export interface FileError {
  path: string;
  message: string;
}

/** The result of reading a JSON file. */
export type JsonReading = { ok: true; data: unknown } | { ok: false; error: FileError };

/** Keys that could reach an object's prototype when code later copies the data. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

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

/**
 * The first forbidden key or, with a `rule`, the first key or string breaking it, depth first
 * in document order, with its path (`path` is where `value` is; it is restored on return).
 */
function firstBadPlace(
  value: unknown,
  rule: CharacterRule | undefined,
  path: PropertyKey[] = [],
): { path: PropertyKey[]; message: string } | undefined {
  if (typeof value === 'string') {
    const odd = rule && oddCharacter(value, rule);
    return odd ? { path: [...path], message: odd } : undefined;
  }
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      path.push(i);
      const found = firstBadPlace(value[i], rule, path);
      path.pop();
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      path.push(key);
      const oddKey = rule && oddCharacter(key, rule);
      const refused = FORBIDDEN_KEYS.has(key)
        ? `the key "${key}" is not allowed`
        : oddKey && `the key ${oddKey}`;
      const found = refused
        ? { path: [...path], message: refused }
        : firstBadPlace((value as Record<string, unknown>)[key], rule, path);
      path.pop();
      if (found) return found;
    }
  }
  return undefined;
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Parses `text` as JSON (`bytes` is the file's size when known before reading it; `what`
 * names the kind of file in messages; `rule`, when given, the characters no key or string
 * may hold): too large, empty, not JSON, forbidden keys and odd characters fail. A UTF-8
 * byte order mark at the start is skipped. May throw on a file nested too deeply to walk:
 * call it inside `neverThrows`.
 */
export function readJsonFile(
  text: string,
  bytes: number,
  maxBytes: number,
  what: string,
  rule?: CharacterRule,
): JsonReading {
  const fail = (path: string, message: string): JsonReading => ({
    ok: false,
    error: { path, message },
  });
  if (bytes > maxBytes) {
    const limit = `${Math.round(maxBytes / 1024 / 1024)} MB`;
    return fail('(the file)', `is ${megabytes(bytes)}; ${what} may be at most ${limit}`);
  }
  // A byte order mark is how some editors start a UTF-8 file; it is not part of the JSON.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
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
  const bad = firstBadPlace(data, rule);
  if (bad) return fail(formatPath(bad.path), bad.message);
  return { ok: true, data };
}

/**
 * Runs a file reader so that it never throws: whatever it throws refuses the whole file. A
 * file nested hundreds of thousands of levels deep exhausts the stack of any walk over it.
 */
export function neverThrows<T>(read: () => T): T | { ok: false; error: FileError } {
  try {
    return read();
  } catch (error) {
    const message =
      error instanceof RangeError
        ? 'is nested too deeply to read'
        : `could not be read: ${String(error)}`;
    return { ok: false, error: { path: '(the file)', message } };
  }
}
