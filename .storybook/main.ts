import type { StorybookConfig } from '@storybook/web-components-vite';
const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The example routines are served at /examples/*.json, as on a blog; the JSON Schemas at /schema.
  staticDirs: [
    { from: '../examples', to: '/examples' },
    { from: '../schema', to: '/schema' },
  ],
  core: { disableTelemetry: true },
};
export default config;
