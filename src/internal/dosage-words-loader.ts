/**
 * Loads other languages' dosage words for elements. Only English is in an element's bundle; each other
 * table is its own lazy chunk (src/core/dosage-words/<language>.ts), registered when it lands. Until
 * then `formatDosage` writes English words around the element's own numbers.
 *
 * Two ways a table is asked for:
 *  - With the page's catalog, when a card or a player is on the page: locale-loader.ts waits for its
 *    language's words beside the catalog parts, so a Spanish page re-renders once, with Spanish strings
 *    and Spanish words. (This module adds itself to the catalog loads when it is imported.)
 *  - By an element while rendering (`ensureDosageWords`), for a `lang` other than the page's. The load
 *    starts a microtask later, once the page's catalog has had its turn: the first element connected
 *    queued the page's choice before any element rendered, so a language the catalog already loads
 *    is not fetched (or re-rendered for) twice. When an element's table lands, every connected
 *    element re-renders.
 */
import { hasDosageWords, registerDosageWords, type DosageWords } from '../core/dosage-words.js';
import { supportedLocale } from '../core/intl-cache.js';
import type { CatalogPart } from '../translations/catalog-parts.js';
import { refreshFollowers } from './locale-change-updates.js';
import { loadWithCatalogs } from './locale-loader.js';

/** One fixed `import()` per language, so every bundler sees each table and splits it out. */
const TABLES: Readonly<Record<string, () => Promise<DosageWords>>> = {
  ar: () => import('../core/dosage-words/ar.js').then((m) => m.ar),
  de: () => import('../core/dosage-words/de.js').then((m) => m.de),
  es: () => import('../core/dosage-words/es.js').then((m) => m.es),
  fr: () => import('../core/dosage-words/fr.js').then((m) => m.fr),
  nl: () => import('../core/dosage-words/nl.js').then((m) => m.nl),
  pt: () => import('../core/dosage-words/pt.js').then((m) => m.pt),
  zh: () => import('../core/dosage-words/zh.js').then((m) => m.zh),
};

/** Loads by language, kept while loading; a failed one is forgotten so a later render retries it. */
const loads = new Map<string, Promise<void>>();
/** Languages elements asked for since the last flush. */
const asked = new Set<string>();

/** The language of `locale` whose table is still missing, if any: English and unknown ones never are. */
function missingLanguage(locale: string): string | undefined {
  const language = supportedLocale(locale).split('-')[0] ?? '';
  return Object.hasOwn(TABLES, language) && !hasDosageWords(language) ? language : undefined;
}

function load(language: string, then: () => void = () => {}): Promise<void> {
  let loading = loads.get(language);
  if (!loading) {
    loading = TABLES[language]!().then(
      (words) => {
        registerDosageWords(language, words);
        then();
      },
      // Offline or a blocked chunk: English words meanwhile, never a rejection that fails a catalog.
      () => void loads.delete(language),
    );
    loads.set(language, loading);
  }
  return loading;
}

/** The catalog parts of the elements that write dosage lines: a page of counters needs no words. */
const WRITES_DOSAGE: readonly CatalogPart[] = ['card', 'player'];

// Re-renders nothing itself: the catalog's `ready` event does.
loadWithCatalogs({
  load(locale, parts) {
    const language = WRITES_DOSAGE.some((part) => parts.has(part)) ? missingLanguage(locale) : undefined;
    return language ? load(language) : undefined;
  },
  settled: () => Promise.all(loads.values()).then(() => undefined),
});

/**
 * For render: whether `locale`'s dosage words are ready (English and languages without a table always
 * are). When not, starts loading them once, and re-renders the connected elements when they land.
 */
export function ensureDosageWords(locale: string): boolean {
  const language = missingLanguage(locale);
  if (!language) return true;
  if (!loads.has(language)) {
    if (asked.size === 0) queueMicrotask(flush);
    asked.add(language);
  }
  return false;
}

function flush(): void {
  // A language the page's catalog started meanwhile is in `loads` already: its ready event re-renders.
  asked.forEach((language) => load(language, refreshFollowers));
  asked.clear();
}
