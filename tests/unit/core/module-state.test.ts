/**
 * `utils/core` keeps no state between calls: no module-level `let`, no module-level object
 * that code could change (a Map, Set, array or object literal not typed read-only), no
 * module-level regular expression whose `lastIndex` a call reads or sets. A cursor or cache
 * belongs to the value one call creates. The check parses every file of the core and is
 * itself tested on rows that must be flagged.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const CORE = resolve(import.meta.dirname, '../../../utils/core');
const CONTAINERS = /^(?:Map|Set|WeakMap|WeakSet|Array|\w+Array)$/;
const READ_ONLY = /^(?:Readonly|ReadonlyMap|ReadonlySet|ReadonlyArray)\b|^readonly /;

/** The module-level state a source declares, as "line: what". */
function moduleState(source: string): string[] {
  const sf = ts.createSourceFile('f.ts', source, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const lineOf = (node: ts.Node) => sf.getLineAndCharacterOfPosition(node.getStart()).line + 1;
  const statefulRegex = new Set<string>();
  for (const statement of sf.statements) {
    if (!ts.isVariableStatement(statement)) continue;
    const isConst = (statement.declarationList.flags & ts.NodeFlags.Const) !== 0;
    for (const d of statement.declarationList.declarations) {
      const name = d.name.getText(sf);
      if (!isConst) {
        found.push(`${lineOf(d)}: let ${name}`);
        continue;
      }
      if (!d.initializer) continue;
      let e: ts.Expression = d.initializer;
      const asConst = ts.isAsExpression(e) && e.type.getText(sf) === 'const';
      while (ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isParenthesizedExpression(e))
        e = e.expression;
      const readOnly = asConst || READ_ONLY.test(d.type?.getText(sf) ?? '');
      const frozen = ts.isCallExpression(e) && e.expression.getText(sf) === 'Object.freeze';
      const container =
        ts.isObjectLiteralExpression(e) ||
        ts.isArrayLiteralExpression(e) ||
        (ts.isNewExpression(e) && CONTAINERS.test(e.expression.getText(sf)));
      if (container && !readOnly && !frozen) found.push(`${lineOf(d)}: mutable ${name}`);
      const flags = ts.isRegularExpressionLiteral(e)
        ? e.text.slice(e.text.lastIndexOf('/') + 1)
        : ts.isNewExpression(e) && e.expression.getText(sf) === 'RegExp'
          ? (e.arguments?.[1]?.getText(sf) ?? '')
          : '';
      if (/[gy]/.test(flags)) statefulRegex.add(name);
    }
  }
  // A global or sticky expression is state only where its lastIndex is read or set.
  const visit = (node: ts.Node) => {
    if (
      ts.isPropertyAccessExpression(node) &&
      ts.isIdentifier(node.expression) &&
      statefulRegex.has(node.expression.text) &&
      ['lastIndex', 'exec', 'test'].includes(node.name.text)
    ) {
      found.push(`${lineOf(node)}: ${node.expression.text}.${node.name.text} keeps lastIndex`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('the check flags module-level state', () => {
  it.each([
    ['let cursor = 0;', ['1: let cursor']],
    ['const cache = new WeakMap<object, number>();', ['1: mutable cache']],
    ['const rows = [new Int32Array(4)];', ['1: mutable rows']],
    ['const seen = new Set<string>();', ['1: mutable seen']],
    ['const byId = {} as Record<string, number>;', ['1: mutable byId']],
    ['const buffer = new Uint8Array(16);', ['1: mutable buffer']],
    [
      'const R = /a/y;\nexport const f = (s: string) => { R.lastIndex = 1; return R.test(s); };',
      ['2: R.lastIndex keeps lastIndex', '2: R.test keeps lastIndex'],
    ],
    [
      'const G = new RegExp("a", "g");\nexport const f = (s: string) => G.exec(s);',
      ['2: G.exec keeps lastIndex'],
    ],
  ])('%s', (source, expected) => {
    expect(moduleState(source)).toEqual(expected);
  });

  it.each([
    'const KEYS: ReadonlySet<string> = new Set(["a"]);',
    'const RANK: Readonly<Record<string, number>> = { a: 1 };',
    'const ORDER: readonly string[] = ["a"];',
    'const LABEL = { a: "A" } as const;',
    'const FROZEN = Object.freeze({ a: 1 });',
    'const WORD = /\\w+/g;\nexport const n = (s: string) => s.match(WORD)?.length;',
    'export function f() { let i = 0; const m = new Map(); m.set(i++, 1); return m; }',
  ])('lets through %s', (source) => {
    expect(moduleState(source)).toEqual([]);
  });
});

describe('utils/core', () => {
  const files = readdirSync(CORE).filter((f) => f.endsWith('.ts'));

  it('has files to check', () => expect(files.length).toBeGreaterThan(20));

  it.each(files)('%s keeps no module-level state', (file) => {
    expect(moduleState(readFileSync(join(CORE, file), 'utf8'))).toEqual([]);
  });
});
