/**
 * The one message protocol: the content script's parser follows the declared map, and no
 * source sends or listens around `utils/protocol.ts` (a source check over every entrypoint,
 * component and util, itself tested on rows it must flag). `protocol.type-check.ts` beside
 * this file is the type-level half: tsc fails on a message the map does not declare.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { parseContentRequest } from '../../utils/protocol';

const ROOT = resolve(import.meta.dirname, '../..');
const PROTOCOL_FILE = 'utils/protocol.ts';

/** Where a source sends or listens for messages itself. */
function rawMessaging(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isPropertyAccessExpression(node)) {
      const text = node.getText(sf).replace(/\s+/g, '');
      if (/(?:^|\.)(?:runtime|tabs)\.sendMessage$/.test(text) || /(?:^|\.)onMessage$/.test(text)) {
        const line = sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push(`${file}:${line} ${text}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

function sources(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('no message is sent or heard around the protocol', () => {
  it.each([
    ['browser.runtime.sendMessage({ type: "lexicon:get" });', 'browser.runtime.sendMessage'],
    ['browser.tabs.sendMessage(1, { type: "findings:get" });', 'browser.tabs.sendMessage'],
    ['browser.runtime.onMessage.addListener(() => {});', 'browser.runtime.onMessage'],
    ['const { runtime } = browser; runtime.sendMessage({});', 'runtime.sendMessage'],
  ])('flags %s', (source, what) => {
    expect(rawMessaging('x.ts', source)).toEqual([`x.ts:1 ${what}`]);
  });

  it('finds every source and only the protocol module sends or listens', () => {
    const files = ['entrypoints', 'components', 'utils'].flatMap(sources);
    expect(files.length).toBeGreaterThan(40);
    const found = files
      .filter((f) => relative('.', f) !== PROTOCOL_FILE)
      .flatMap((f) => rawMessaging(f, readFileSync(join(ROOT, f), 'utf8')));
    expect(found).toEqual([]);
  });
});

describe('parseContentRequest: the content script reads exactly the declared messages', () => {
  it.each([
    [{ type: 'findings:get' }],
    [{ type: 'selection:get' }],
    [{ type: 'findings:stats' }],
    [{ type: 'findings:show', id: '1:0' }],
    [{ type: 'findings:show', id: '12:40.2' }],
  ])('accepts %j', (value) => {
    expect(parseContentRequest(value)).toEqual(value);
  });

  it.each([
    ['null', null],
    ['undefined', undefined],
    ['the bare type string', 'findings:get'],
    ['an empty object', {}],
    ['another type', { type: 'findings:set' }],
    ['the type in another case', { type: 'Findings:Get' }],
    ['an extra property', { type: 'findings:get', text: 'page text' }],
    ['the type as an array', { type: ['findings:get'] }],
    ['a number', 42],
    ['show without an id', { type: 'findings:show' }],
    ['show with a negative offset', { type: 'findings:show', id: '1:-1' }],
    ['show with an id without its block', { type: 'findings:show', id: ':40' }],
    ['show with a number id', { type: 'findings:show', id: 12 }],
    ['show with an index (the old shape)', { type: 'findings:show', index: 1 }],
    ['show with text around the id', { type: 'findings:show', id: 'x 1:0' }],
    ['show with an extra property', { type: 'findings:show', id: '1:0', text: 'x' }],
    ['selection with text', { type: 'selection:get', text: 'x' }],
    ['an array', [{ type: 'findings:get' }]],
  ])('rejects %s', (_name, value) => {
    expect(parseContentRequest(value)).toBeUndefined();
  });
});
