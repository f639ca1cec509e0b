/**
 * The built Chrome manifest (.output/chrome-mv3, `npm run build`) asks only for the
 * permissions in the allow-list below, each with why RadLens needs it, and each one is
 * really used by the code; no host or optional permissions, and no web page may message the
 * extension. A new permission fails here until it is added with its reason.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHROME_BUILD } from '../support/extension';

/** Every permission RadLens may ask for: why, and the API use in the source that needs it. */
const ALLOWED_PERMISSIONS: Record<string, { why: string; uses: RegExp }> = {
  storage: {
    why:
      'settings in storage.local (options page; the content script reads them) and each ' +
      "panel's state in storage.session; topics and notes are in IndexedDB, which needs none",
    uses: /\bbrowser\.storage\.local\b|\bplatform\.session\b/,
  },
  contextMenus: {
    why:
      'the "Look up … in RadLens" item on a text selection (utils/lookup-relay.ts, through ' +
      'platform.menus in utils/platform.ts)',
    uses: /\bapi\.contextMenus\b/,
  },
  sidePanel: {
    why:
      "Chrome's side panel, which shows the findings and topics: opened from the toolbar " +
      'button and by a lookup (platform.openPanel and openPanelOnToolbarClick in ' +
      'utils/platform.ts)',
    uses: /\bsidePanel\.open\(/,
  },
};

/** Host permissions RadLens may ask for: none (it fetches nothing from any site). */
const ALLOWED_HOST_PERMISSIONS: Record<string, string> = {};

/** Pages the content script runs on, and why. */
const ALLOWED_CONTENT_SCRIPT_MATCHES: Record<string, string> = {
  '<all_urls>':
    'finds findings in whatever web EHR or literature page the clinician reads (page text ' +
    'stays in the page); sites can be switched off in the options',
};

/** The parts of the built manifest this test reads. */
interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  externally_connectable?: unknown;
  content_scripts?: { matches: string[] }[];
}
const manifest = () =>
  JSON.parse(readFileSync(join(CHROME_BUILD, 'manifest.json'), 'utf8')) as Manifest;

/** The code of every source file of the extension, comments removed. */
function sourceCode(): string {
  const root = resolve(import.meta.dirname, '../..');
  const files = ['entrypoints', 'utils', 'components'].flatMap((dir) =>
    readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => join(root, dir, f)),
  );
  return files
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const notIn = (list: readonly string[] | undefined, allowed: Record<string, unknown>) =>
  (list ?? []).filter((p) => !Object.hasOwn(allowed, p));

test('the Chrome build asks only for allow-listed permissions', () => {
  const m = manifest();
  expect(notIn(m.permissions, ALLOWED_PERMISSIONS), 'permissions not in the allow-list').toEqual(
    [],
  );
  expect(
    notIn(m.host_permissions, ALLOWED_HOST_PERMISSIONS),
    'host permissions not in the allow-list',
  ).toEqual([]);
  expect(m.optional_permissions ?? [], 'optional permissions').toEqual([]);
  expect(m.optional_host_permissions ?? [], 'optional host permissions').toEqual([]);
  const matches = (m.content_scripts ?? []).flatMap((c) => c.matches);
  expect(notIn(matches, ALLOWED_CONTENT_SCRIPT_MATCHES), 'content script matches').toEqual([]);
  // No web page or other extension may send RadLens messages.
  expect(m.externally_connectable).toBeUndefined();
});

test('every permission it asks for is used by the code', () => {
  const code = sourceCode();
  const unused = (manifest().permissions ?? []).filter(
    (p) => !(ALLOWED_PERMISSIONS[p]?.uses.test(code) ?? false),
  );
  expect(unused, 'permissions no code uses').toEqual([]);
});

test('the allow-list names nothing the build no longer asks for', () => {
  const asked = new Set(manifest().permissions);
  expect(Object.keys(ALLOWED_PERMISSIONS).filter((p) => !asked.has(p))).toEqual([]);
});
