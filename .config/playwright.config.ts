import { defineConfig } from '@playwright/test';

/** Browser tests: the built extension in a real Chromium (see tests/support/extension.ts). */
export default defineConfig({
  testDir: '../tests/e2e',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../test-results',
});
