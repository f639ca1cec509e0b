import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

/**
 * The extension pages' Content Security Policy: code and everything else only from the
 * extension itself, no connections anywhere else (connect-src 'self' allows the extension's
 * own files only), no plug-ins, frames, forms or <base>. RadLens needs no network.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "object-src 'none'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "frame-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: 'RadLens',
    description:
      'Explains the radiology findings in the report you are reading: graded management, pitfalls and references, all on your machine.',
    // storage: topics, notes and settings; contextMenus: "Look up … in RadLens" on a selection.
    permissions: ['storage', 'contextMenus'],
    action: { default_title: 'Open RadLens' },
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
    commands: {
      'lookup-selection': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: 'Look up the selected text in RadLens',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'radlens@radlens.invalid',
              // Firefox's data-consent key: RadLens collects and transmits no data at all.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    build: {
      rollupOptions: {
        onwarn(warning, warn) {
          // zod ships comments Rollup cannot place; harmless and noisy.
          if (warning.code === 'INVALID_ANNOTATION') return;
          warn(warning);
        },
      },
    },
  }),
});
