/**
 * Which of our UI catalogs serves a requested language, and which catalog a whole page uses.
 *
 * Design: negotiation never fails. A tag is matched exactly (case-insensitively), then by its
 * language, with a few mappings a reader would expect (`pt`, `pt-PT` → `pt-BR`; every `zh` → `zh-Hans`,
 * the only Chinese we ship, which Traditional readers read more easily than English), and anything
 * else, malformed or empty included, becomes English. The pseudo-locale `en-XA` is only chosen when
 * asked for by name. Pure logic: the element glue lives in src/internal/locale-loader.ts.
 */

import { allLocales, sourceLocale } from '../translations/locale-codes.js';

/** Every locale our UI strings exist in (the source, English, included). */
export type UiLocale = (typeof allLocales)[number];

/** The source language of every message, and the last resort of negotiation. */
export const SOURCE_LOCALE: UiLocale = sourceLocale;

/** Locales shipped for testing only, chosen by exact tag and never by language. */
const PSEUDO_LOCALES: ReadonlySet<string> = new Set(['en-xa']);

/** Languages whose readers are better served by one of our regional or script catalogs. */
const LANGUAGE_DEFAULTS: Readonly<Record<string, UiLocale>> = { pt: 'pt-BR', zh: 'zh-Hans' };

/**
 * The catalog for `requested` (a BCP 47 tag such as `es-MX`): exact, then language, then English.
 * `available` defaults to every locale we ship.
 */
export function negotiateLocale(
  requested: string | null | undefined,
  available: readonly string[] = allLocales,
): string {
  const tag = typeof requested === 'string' ? requested.trim().replace(/_/g, '-').toLowerCase() : '';
  if (!tag) return SOURCE_LOCALE;
  const byLower = new Map(available.map((locale) => [locale.toLowerCase(), locale]));
  const exact = byLower.get(tag);
  if (exact) return exact;
  const language = tag.split('-')[0] ?? '';
  const plain = byLower.get(language);
  if (plain && !PSEUDO_LOCALES.has(language)) return plain;
  const preferred = LANGUAGE_DEFAULTS[language];
  if (preferred && byLower.has(preferred.toLowerCase())) return preferred;
  const sibling = available.find(
    (locale) => locale.toLowerCase().split('-')[0] === language && !PSEUDO_LOCALES.has(locale.toLowerCase()),
  );
  return sibling ?? SOURCE_LOCALE;
}

/**
 * The one catalog a page's widgets share (@lit/localize has one active locale per page, lit/lit#1661).
 * When every widget asks for the same catalog, that one: a single Spanish widget on an English page
 * speaks Spanish. When they disagree, the page's own language (`<html lang>`) arbitrates, being the
 * language the reader is reading; a page that declares none follows its first widget.
 */
export function choosePageLocale(
  widgetLocales: readonly string[],
  pageLocale: string | null | undefined,
  available: readonly string[] = allLocales,
): string {
  const wanted = [...new Set(widgetLocales.map((locale) => negotiateLocale(locale, available)))];
  if (wanted.length === 1) return wanted[0]!;
  const page = typeof pageLocale === 'string' ? pageLocale.trim() : '';
  if (page) return negotiateLocale(page, available);
  return wanted[0] ?? SOURCE_LOCALE;
}
