/**
 * Authors may write any text as a plain string or as a map from language code to text
 * (`{ "en": "Bridge", "es": "Puente" }`). `pickText` chooses the best entry for the reader.
 */

/** Text as authors write it: plain, or keyed by BCP 47 language code. */
export type LocalizedText = string | Readonly<Record<string, string>>;

/**
 * The text for `locale`, falling back from the exact tag (`es-MX`) to its language (`es`), then to
 * English, then to the first entry. Keys are compared case-insensitively. Never throws.
 */
export function pickText(text: LocalizedText | undefined | null, locale: string): string {
  if (text === undefined || text === null) return '';
  if (typeof text === 'string') return text;
  if (typeof text !== 'object') return '';
  const byKey = new Map<string, string>();
  for (const [key, value] of Object.entries(text)) {
    if (typeof value === 'string' && !byKey.has(key.toLowerCase())) byKey.set(key.toLowerCase(), value);
  }
  if (byKey.size === 0) return '';
  const wanted = locale.toLowerCase();
  const language = wanted.split('-')[0] ?? wanted;
  return (
    byKey.get(wanted) ??
    byKey.get(language) ??
    // A map keyed only by a regional tag (`es-ES`) still serves a reader asking for `es-MX`.
    [...byKey].find(([key]) => key.split('-')[0] === language)?.[1] ??
    byKey.get('en') ??
    [...byKey].find(([key]) => key.startsWith('en-'))?.[1] ??
    byKey.values().next().value ??
    ''
  );
}
