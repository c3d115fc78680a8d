import { existsSync } from 'node:fs';
import type { StorybookConfig } from '@storybook/web-components-vite';

// Content packs (e.g. the seed's treatment, content/*.json) are served at /content, as on the demo page.
const content = new URL('../content', import.meta.url).pathname;

// Storybook for designers. Offline by design: no telemetry, no update checks, nothing fetched at
// build or run time. Story files live in stories/, never in src/.
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  staticDirs: existsSync(content) ? [{ from: '../content', to: '/content' }] : [],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  // Storybook's own preview bundle (docs blocks, axe) is large by nature; the widgets' budget is checked by `npm run build`.
  viteFinal: (vite) => ({ ...vite, build: { ...vite.build, chunkSizeWarningLimit: 2000 } }),
};

export default config;
