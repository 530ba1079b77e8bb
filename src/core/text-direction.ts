/**
 * The writing direction of a language, for laying out a widget whose language differs from its page.
 * Intl knows it (`Intl.Locale#getTextInfo`, or the older `textInfo` getter); where it does not, a short
 * list of right-to-left scripts' languages answers.
 */

const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'ha-arab',
  'he',
  'iw',
  'khw',
  'ks',
  'ku-arab',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);

type LocaleWithTextInfo = Intl.Locale & {
  getTextInfo?: () => { direction?: string };
  textInfo?: { direction?: string };
};

/** Directions already worked out, by tag: every element asks on every render (bounded, see below). */
const directions = new Map<string, 'ltr' | 'rtl'>();

/** `rtl` or `ltr` for a BCP 47 tag; malformed or unknown tags read as `ltr`. */
export function textDirection(locale: string | null | undefined): 'ltr' | 'rtl' {
  if (typeof locale !== 'string' || !locale.trim()) return 'ltr';
  const tag = locale.trim();
  let direction = directions.get(tag);
  if (direction === undefined) {
    direction = directionOf(tag);
    // A page cycling through endless `lang` values must not grow this forever.
    if (directions.size >= 100) directions.clear();
    directions.set(tag, direction);
  }
  return direction;
}

function directionOf(tag: string): 'ltr' | 'rtl' {
  try {
    const parsed = new Intl.Locale(tag) as LocaleWithTextInfo;
    const direction = parsed.getTextInfo?.().direction ?? parsed.textInfo?.direction;
    if (direction === 'rtl' || direction === 'ltr') return direction;
    return textDirectionFallback(parsed.toString());
  } catch {
    return 'ltr';
  }
}

/** The list-based answer used where Intl has no text info; exported to be tested on its own. */
export function textDirectionFallback(locale: string): 'ltr' | 'rtl' {
  const parts = locale.toLowerCase().split('-');
  const language = parts[0] ?? '';
  if (parts.includes('arab') || parts.includes('hebr')) return 'rtl';
  if (parts.includes('latn') || parts.includes('cyrl')) return 'ltr';
  return RTL_LANGUAGES.has(language) ? 'rtl' : 'ltr';
}
