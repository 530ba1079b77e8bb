/**
 * The languages of the Storybook toolbar's locale menu: every catalog the library ships (the test
 * pseudo-locale `en-XA` aside), each named in its own language, with its writing direction.
 *
 * The decorator in `.storybook/preview.ts` puts `lang` and `dir` on the story's wrapper, the way a
 * page marks up a passage in another language, and in the canvas (where the story is the whole page)
 * on `<html>` too. The elements resolve their language from their nearest `lang` and re-render when a
 * `lang` changes; @lit/localize keeps one catalog per page, which is the toolbar's language because
 * every widget on the page resolves to it (docs/localization.md, "One locale per page").
 */
import { allLocales } from '../../src/translations/locale-codes.js';

type ShippedLocale = (typeof allLocales)[number];

export interface StoryLocale {
  /** Shown in the toolbar, in the language itself. */
  title: string;
  dir: 'ltr' | 'rtl';
}

export const storyLocales = {
  en: { title: 'English', dir: 'ltr' },
  es: { title: 'Español', dir: 'ltr' },
  fr: { title: 'Français', dir: 'ltr' },
  de: { title: 'Deutsch', dir: 'ltr' },
  'pt-BR': { title: 'Português (Brasil)', dir: 'ltr' },
  nl: { title: 'Nederlands', dir: 'ltr' },
  ar: { title: 'العربية', dir: 'rtl' },
  'zh-Hans': { title: '中文（简体）', dir: 'ltr' },
} satisfies Partial<Record<ShippedLocale, StoryLocale>>;

export type StoryLocaleCode = keyof typeof storyLocales;

export const DEFAULT_STORY_LOCALE: StoryLocaleCode = 'en';

export function storyLocale(code: unknown): { code: StoryLocaleCode } & StoryLocale {
  const known = typeof code === 'string' && Object.hasOwn(storyLocales, code);
  const key = (known ? code : DEFAULT_STORY_LOCALE) as StoryLocaleCode;
  return { code: key, ...storyLocales[key] };
}

/** One fixed import per catalog (as in `src/internal/locale-loader.ts`), so the bundler splits each. */
const catalogs: Record<Exclude<StoryLocaleCode, 'en'>, () => Promise<unknown>> = {
  ar: () => import('../../src/translations/ar.js'),
  de: () => import('../../src/translations/de.js'),
  es: () => import('../../src/translations/es.js'),
  fr: () => import('../../src/translations/fr.js'),
  nl: () => import('../../src/translations/nl.js'),
  'pt-BR': () => import('../../src/translations/pt-BR.js'),
  'zh-Hans': () => import('../../src/translations/zh-Hans.js'),
};

/**
 * Fetches the catalog of `code` before the story renders (a Storybook loader), so the elements' own
 * switch to it finds the module already loaded and the story does not show English first.
 */
export async function preloadCatalog(code: unknown): Promise<void> {
  const { code: key } = storyLocale(code);
  if (key !== 'en') await catalogs[key]().catch(() => undefined);
}
