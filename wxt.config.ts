import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

// See https://wxt.dev/api/config.html
export default defineConfig({
  imports: false,
  manifest: ({ browser }) => ({
    name: 'RadLens',
    description:
      'Explains the radiology findings in the report you are reading: graded management, pitfalls and references, all on your machine.',
    permissions: ['storage'],
    action: { default_title: 'Open RadLens' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'radlens@radlens.invalid' } } }
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
