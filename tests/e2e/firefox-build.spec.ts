/**
 * The Firefox build (`wxt build -b firefox`, .output/firefox-mv2): its panel is a
 * sidebar_action, Mozilla's own linter (`web-ext lint`) finds no error in it, and it asks for
 * no permission the Chrome build (checked against an allow-list in permissions.spec.ts) does
 * not.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHROME_BUILD } from '../support/extension';

const root = resolve(import.meta.dirname, '../..');
const FIREFOX_BUILD = resolve(root, '.output/firefox-mv2');

/** The parts of a built manifest these tests read. */
interface Manifest {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  sidebar_action?: unknown;
  side_panel?: unknown;
}
const readManifest = (dir: string) =>
  JSON.parse(readFileSync(resolve(dir, 'manifest.json'), 'utf8')) as Manifest;

/** One message of `web-ext lint --output json`. */
interface LintMessage {
  code: string;
  message: string;
  description?: string;
  file?: string;
  line?: number;
  column?: number;
}
/** What `web-ext lint --output json` prints. */
interface LintReport {
  summary: { errors: number; warnings: number; notices: number };
  errors: LintMessage[];
  warnings: LintMessage[];
  notices: LintMessage[];
}

/**
 * Warnings known and accepted, by code (each may occur once). A new warning fails the test:
 * fix it or add it here with the reason.
 */
const KNOWN_WARNINGS: Record<string, string> = {
  // Preact's renderer supports `dangerouslySetInnerHTML`; RadLens never uses it (all stored
  // and imported content is rendered as text), so the assignment never runs with our data.
  UNSAFE_VAR_ASSIGNMENT: "Preact's own dangerouslySetInnerHTML support, unused by RadLens",
};

const describe = (m: LintMessage) =>
  `${m.code} ${m.file ?? ''}${m.line ? `:${m.line}:${m.column ?? 0}` : ''}: ${m.message}`;

/** Runs `web-ext lint` on the Firefox build (no update check: the test makes no request). */
function webExtLint(): LintReport {
  const run = spawnSync(
    'npx',
    ['web-ext', 'lint', '--source-dir', FIREFOX_BUILD, '--output', 'json', '--no-config-discovery'],
    {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  const start = run.stdout.indexOf('{');
  if (start < 0) throw new Error(`web-ext lint printed no report:\n${run.stdout}\n${run.stderr}`);
  return JSON.parse(run.stdout.slice(start)) as LintReport;
}

test.describe('the Firefox build', () => {
  // A build and a lint take ~15-25 s each on these machines.
  test.describe.configure({ timeout: 120_000 });

  test.beforeAll(() => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: root, stdio: 'pipe' });
  });

  test('declares a sidebar_action for the panel', () => {
    const manifest = readManifest(FIREFOX_BUILD);
    expect(manifest.sidebar_action).toMatchObject({
      default_panel: expect.stringContaining('sidepanel.html'),
    });
    expect(manifest.side_panel).toBeUndefined();
  });

  test('web-ext lint finds no errors, and no warnings but the known ones', () => {
    const report = webExtLint();
    const errors = report.errors.map(describe);
    const warnings = report.warnings.map(describe);
    if (warnings.length > 0) console.log(`web-ext lint warnings:\n${warnings.join('\n')}`);
    expect(errors, `web-ext lint errors:\n${errors.join('\n')}`).toEqual([]);
    expect(report.summary.errors).toBe(0);
    const allowance = new Map(Object.keys(KNOWN_WARNINGS).map((code) => [code, 1]));
    const unexpected = report.warnings.filter((w) => {
      const left = allowance.get(w.code) ?? 0;
      allowance.set(w.code, left - 1);
      return left <= 0;
    });
    expect(unexpected.map(describe), 'new web-ext lint warnings').toEqual([]);
  });

  test('asks for no permission the Chrome build does not', () => {
    const firefox = readManifest(FIREFOX_BUILD);
    const chrome = readManifest(CHROME_BUILD);
    // Manifest V2 lists host permissions among `permissions`.
    const chromeAsks = new Set([...(chrome.permissions ?? []), ...(chrome.host_permissions ?? [])]);
    const extra = [...(firefox.permissions ?? []), ...(firefox.optional_permissions ?? [])].filter(
      (p) => !chromeAsks.has(p),
    );
    expect(extra, 'permissions only the Firefox build asks for').toEqual([]);
  });
});
