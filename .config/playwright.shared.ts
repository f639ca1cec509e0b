import type { PlaywrightTestConfig } from '@playwright/test';

/** What both browser suites share: one worker (one browser at a time on this machine), no retries. */
export const browserSuite = (testDir: string, outputDir: string): PlaywrightTestConfig => ({
  testDir,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir,
});
