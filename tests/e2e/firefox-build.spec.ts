import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';

test('the Firefox build declares a sidebar_action for the panel', () => {
  const root = resolve(import.meta.dirname, '../..');
  execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: root, stdio: 'pipe' });
  const manifest = JSON.parse(
    readFileSync(resolve(root, '.output/firefox-mv2/manifest.json'), 'utf8'),
  ) as Record<string, unknown>;
  expect(manifest.sidebar_action).toMatchObject({
    default_panel: expect.stringContaining('sidepanel.html'),
  });
  expect(manifest.side_panel).toBeUndefined();
});
