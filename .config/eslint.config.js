// ESLint flat config (typescript-eslint, type-aware), with Prettier owning formatting.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'node_modules/**', 'test-results/**', '.demo/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname + '/..' },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='fetch']",
          message: 'RadLens makes no network requests.',
        },
      ],
    },
  },
  {
    // Extension APIs come from utils/platform.ts, which resolves what differs per browser.
    files: ['entrypoints/**', 'utils/**', 'components/**'],
    ignores: ['utils/platform.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'chrome', message: "Import { browser, platform } from 'utils/platform'." },
        { name: 'browser', message: "Import { browser, platform } from 'utils/platform'." },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '#imports',
              importNames: ['browser'],
              message: "Import { browser, platform } from 'utils/platform'.",
            },
            { name: 'wxt/browser', message: "Import from 'utils/platform'." },
            { name: '@wxt-dev/browser', message: "Import from 'utils/platform'." },
          ],
        },
      ],
    },
  },
  {
    // The pure core runs in Node: no DOM and no extension APIs.
    files: ['utils/core/**'],
    languageOptions: { globals: { ...globals.es2022 } },
    rules: {
      'no-restricted-globals': ['error', 'document', 'window', 'chrome', 'browser', 'navigator'],
      'no-restricted-imports': ['error', { patterns: ['#imports', 'wxt/*', 'dexie', 'preact*'] }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['tests/**'],
    rules: { 'no-restricted-syntax': 'off', 'no-empty-pattern': 'off' },
  },
  prettier,
);
