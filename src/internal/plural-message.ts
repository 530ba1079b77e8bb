/**
 * Plural UI messages. @lit/localize has no ICU plural syntax, so a counted message is six `msg()`
 * calls, one per CLDR plural category, each with its own id (`card.more.few`…); `Intl.PluralRules` for
 * the catalog's locale picks one. English writes `one` and `other` and repeats `other` for the rest;
 * each translation fills the forms its language uses (Arabic all six). The shipped catalogs keep only
 * the forms their locale's rules select (scripts/build-catalogs.mjs), so the category must come from
 * the catalog's locale, as the default does; a form asked for in another locale's rules may be English.
 */
import { uiLocale } from './locale-loader.js';

/** One message per plural category; each is a function so only the chosen `msg()` runs. */
export type PluralMessages = Readonly<Record<Intl.LDMLPluralRule, () => string>>;

/** The message for `count` in the active catalog's plural rules. */
export function pluralMessage(count: number, messages: PluralMessages, locale: string = uiLocale()): string {
  let category: Intl.LDMLPluralRule = 'other';
  try {
    category = new Intl.PluralRules(locale).select(count);
  } catch {
    // A tag Intl rejects: `other` reads acceptably in every language.
  }
  return messages[category]();
}
