import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: [
    // MDX is CommonMark: without GFM the docs' tables would show as raw `| --- |` text.
    {
      name: '@storybook/addon-docs',
      options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } },
    },
    '@storybook/addon-a11y',
  ],
  framework: { name: '@storybook/web-components-vite', options: {} },
  // The example routines are served at /examples/*.json, as on a blog; the JSON Schemas at /schema.
  staticDirs: [
    { from: '../examples', to: '/examples' },
    { from: '../schema', to: '/schema' },
  ],
  core: { disableTelemetry: true },
};
export default config;
