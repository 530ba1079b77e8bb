/// <reference types="vite/client" />
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import manifest from '../custom-elements.json';
import { themes, themeStyle, type ThemeName } from '../stories/support/themes.js';
import {
  DEFAULT_STORY_LOCALE,
  preloadCatalog,
  storyLocale,
  storyLocales,
  type StoryLocaleCode,
} from '../stories/support/locales.js';

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

/** `<html lang>` as Storybook serves it, for the docs pages (their prose is English). */
const pageLang = document.documentElement.getAttribute('lang');

/**
 * The toolbar's language, applied the way a page marks up its language: `lang` and `dir` on a wrapper
 * around the story, from which every element resolves its language (docs/localization.md, "Choosing the
 * language"). In the canvas the story is the whole page, so `<html lang>` and `dir` follow too; a docs
 * page keeps its own `<html lang>` and carries the language on each story's wrapper. Every widget then
 * resolves to the same language, so @lit/localize's one catalog per page is that one. The catalog is
 * fetched by `loaders` before the story renders; play functions that read text await `localeReady()`.
 */
const withLocale: Decorator = (story, context) => {
  const locale = storyLocale(context.globals.locale);
  const root = document.documentElement;
  if (context.viewMode === 'story') {
    root.setAttribute('lang', locale.code);
    root.setAttribute('dir', locale.dir);
  } else {
    if (pageLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', pageLang);
    root.removeAttribute('dir');
  }
  return html`<div class="ex-story-locale" lang=${locale.code} dir=${locale.dir}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  // The locale wrapper is the outer one: the whole themed page is in the toolbar's language.
  decorators: [withTheme, withLocale],
  loaders: [async ({ globals }) => preloadCatalog(globals.locale)],
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
    locale: {
      description: 'The language of the widgets (lang and dir on the story wrapper)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: (Object.keys(storyLocales) as StoryLocaleCode[]).map((value) => ({
          value,
          title: storyLocales[value].title,
          right: value,
        })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: {
    theme: 'light',
    locale: DEFAULT_STORY_LOCALE,
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
