import { defineConfig } from '@playwright/test';
import { browserSuite } from './playwright.shared';

/** Browser tests: the built extension in a real Chromium (see tests/support/extension.ts). */
export default defineConfig(browserSuite('../tests/e2e', '../test-results'));
