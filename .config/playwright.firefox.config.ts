import { defineConfig } from '@playwright/test';

/**
 * Firefox browser tests: the built Firefox extension in a real Firefox (Debian's firefox-esr),
 * driven by puppeteer-core over WebDriver BiDi (see tests/support/firefox.ts). Playwright is
 * only the test runner here.
 */
export default defineConfig({
  testDir: '../tests/firefox',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  outputDir: '../test-results/firefox',
});
