/**
 * Finds a Chromium to drive: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else
 * Playwright's own download. No browser is a hard error with what to install, never a skip.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** The Chromium executable to use, or an Error saying what to install. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.CHROMIUM_PATH;
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(`CHROMIUM_PATH is set to ${override}, but no file is there.`);
  }
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) {
    if (existsSync(candidate)) return candidate;
  }
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright has no browser of its own here.
  }
  throw new Error(
    'No Chromium found. Install one: on Debian/Ubuntu `apt-get install -y chromium`, ' +
      'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium executable.',
  );
}
