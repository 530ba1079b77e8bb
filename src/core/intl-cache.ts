/**
 * Shared Intl objects. Building an `Intl.NumberFormat`, `PluralRules` or `ListFormat` loads locale
 * data and costs tens of microseconds, more than using it; a card formats several numbers per render,
 * so a page of a thousand cards spent most of its script time constructing formatters. Each one is
 * built once per locale and options and then reused: Intl objects are immutable, so sharing is safe.
 *
 * A constructor that throws (a malformed tag) throws again on the next call: nothing is cached for it,
 * so callers keep their own fallbacks. Each cache is emptied when it grows past a bound, so a page that
 * cycles through endless `lang` values cannot grow it without limit.
 */

const MAX_ENTRIES = 100;

function cached<T>(cache: Map<string, T>, key: string, build: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    value = build();
    if (cache.size >= MAX_ENTRIES) cache.clear();
    cache.set(key, value);
  }
  return value;
}

const optionsKey = (options: object | undefined): string => (options ? JSON.stringify(options) : '');

const numberFormats = new Map<string, Intl.NumberFormat>();
const listFormats = new Map<string, Intl.ListFormat>();
const pluralRulesByLocale = new Map<string, Intl.PluralRules>();
const supportedTags = new Map<string, string>();

/** `new Intl.NumberFormat(locale, options)`, built once per locale and options. */
export function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(
    numberFormats,
    `${locale}\u0000${optionsKey(options)}`,
    () => new Intl.NumberFormat(locale, options),
  );
}

/** `new Intl.ListFormat(locale, options)`, built once per locale and options. */
export function listFormat(locale: string, options?: Intl.ListFormatOptions): Intl.ListFormat {
  return cached(
    listFormats,
    `${locale}\u0000${optionsKey(options)}`,
    () => new Intl.ListFormat(locale, options),
  );
}

/** `new Intl.PluralRules(locale)` (cardinal), built once per locale. */
export function pluralRules(locale: string): Intl.PluralRules {
  return cached(pluralRulesByLocale, locale, () => new Intl.PluralRules(locale));
}

/**
 * `tag` in canonical form when Intl accepts it and has data for it (`es-mx` → `es-MX`); `fallback`
 * for a malformed, empty or unsupported tag.
 */
export function supportedLocale(tag: string | null | undefined, fallback = 'en'): string {
  const trimmed = typeof tag === 'string' ? tag.trim() : '';
  if (!trimmed) return fallback;
  const canonical = cached(supportedTags, trimmed, () => {
    try {
      const [first] = Intl.getCanonicalLocales(trimmed);
      return first && Intl.NumberFormat.supportedLocalesOf(first).length > 0 ? first : '';
    } catch {
      return '';
    }
  });
  return canonical || fallback;
}
