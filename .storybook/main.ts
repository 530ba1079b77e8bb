import type { StorybookConfig } from '@storybook/web-components-vite';
import type { Plugin } from 'vite';

/**
 * Keeps the modules that register our elements in the production build. `package.json` lists only
 * the `dist/` entry files as having side effects, so Vite treats `import '../src/x/x.js'` in a story
 * as unused and drops it: the built stories would show undefined, empty elements.
 */
const keepElementRegistrations: Plugin = {
  name: 'exercise-elements:keep-element-registrations',
  transform(code, id) {
    if (!/\/src\/.+\.ts$/.test(id) || !/\.define\(\s*['"][a-z][a-z0-9]*-[a-z0-9-]*['"]\s*\)/.test(code))
      return null;
    return { code, map: null, moduleSideEffects: true };
  },
};

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
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: [...(viteConfig.plugins ?? []), keepElementRegistrations],
  }),
};
export default config;
