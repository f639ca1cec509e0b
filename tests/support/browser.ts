/**
 * Finds a Chromium to drive: `CHROMIUM_PATH`, else Debian's `/usr/bin/chromium`, else
 * Playwright's own download. No browser is a hard error with what to install, never a skip.
 */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Where to look for a browser, and what to tell the user when it is nowhere. */
export interface BrowserSearch {
  /** The environment variable that overrides the search ("CHROMIUM_PATH"). */
  variable: string;
  /** Paths tried in order. */
  candidates: readonly string[];
  /** A last resort (a test tool's own download), or undefined. */
  fallback?: () => string | undefined;
  /** The error's text when nothing is found: what to install. */
  install: string;
}

/** The executable `search` finds, or an Error saying what to install (never a skip). */
export function findBrowser(search: BrowserSearch, env: NodeJS.ProcessEnv = process.env): string {
  const override = env[search.variable];
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(`${search.variable} is set to ${override}, but no file is there.`);
  }
  for (const candidate of search.candidates) if (existsSync(candidate)) return candidate;
  try {
    const bundled = search.fallback?.();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // The test tool has no browser of its own here.
  }
  throw new Error(search.install);
}

/** The Chromium executable to use, or an Error saying what to install. */
export const findChromium = (env: NodeJS.ProcessEnv = process.env): string =>
  findBrowser(
    {
      variable: 'CHROMIUM_PATH',
      candidates: ['/usr/bin/chromium', '/usr/bin/chromium-browser'],
      fallback: () => chromium.executablePath(),
      install:
        'No Chromium found. Install one: on Debian/Ubuntu `apt-get install -y chromium`, ' +
        'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium executable.',
    },
    env,
  );
