import { defineConfig } from '@playwright/test';
import { browserSuite } from './playwright.shared';

/**
 * Firefox browser tests: the built Firefox extension in a real Firefox (Debian's firefox-esr),
 * driven by puppeteer-core over WebDriver BiDi (see tests/support/firefox.ts). Playwright is
 * only the test runner here.
 */
export default defineConfig(browserSuite('../tests/firefox', '../test-results/firefox'));
