/// <reference types="vite/client" />
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import { themes, themeStyle, type ThemeName } from '../stories/support/themes.js';

setCustomElementsManifest(manifest);

/**
 * Wraps every story in a "page" that applies the toolbar's theme the way a site would: page colours
 * and `--ex-*` tokens on an ancestor. A story can pin a theme with `globals: { theme: 'dark' }`.
 */
const withTheme: Decorator = (story, context) => {
  const name = (context.globals.theme as ThemeName | undefined) ?? 'light';
  const theme = themes[name] ?? themes.light;
  return html`<div class="ex-story-page" data-theme=${name} style=${styleMap(themeStyle(theme))}>
    ${story()}
  </div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withTheme],
  globalTypes: {
    theme: {
      description: 'Page colours and --ex-* tokens around the widgets',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: (Object.keys(themes) as ThemeName[]).map((value) => ({ value, title: themes[value].title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    theme: 'light',
    // `storybook dev` checks every story with axe as it renders (the Accessibility panel). The static
    // build scans on demand from that panel instead: CI's story test (test/storybook/) runs its own axe
    // on every story there, and two axe runs in one page collide ("Axe is already running").
    a11y: { manual: !import.meta.env.DEV },
  },
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'fullscreen',
    viewport: {
      options: {
        phone: { name: 'Phone (375 × 740)', styles: { width: '375px', height: '740px' }, type: 'mobile' },
        'phone-small': {
          name: 'Small phone (320 × 568)',
          styles: { width: '320px', height: '568px' },
          type: 'mobile',
        },
        tablet: { name: 'Tablet (768 × 1024)', styles: { width: '768px', height: '1024px' }, type: 'tablet' },
      },
    },
    options: {
      storySort: {
        order: [
          'Docs',
          [
            'Getting started',
            'Data format',
            'Dosage language',
            'Theming',
            'Events',
            'Embedding',
            'Privacy',
            'Accessibility statement',
          ],
          'Elements',
          ['Exercise card', 'Rep counter'],
          'Tools',
        ],
      },
    },
  },
};
export default preview;
