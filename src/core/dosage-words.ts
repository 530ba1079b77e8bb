/**
 * The words the dosage formatter puts around numbers, one table per locale.
 *
 * Design: numbers and units are never written here; Intl formats them and the result replaces
 * `{n}` (a count or range), `{time}` (a duration with its unit) or `{what}` (the phrase being
 * qualified). Whole patterns rather than loose words let a language reorder them. Counted words
 * are keyed by the Intl.PluralRules category, so languages with `zero`, `two`, `few` or `many`
 * forms fit without code changes; `other` is the only required form. Tables exist for every language
 * our UI ships (keyed by language: `pt` is Brazilian, `zh` Simplified); `dosageWordsFor` falls back to
 * English for any other. Wording follows patient leaflets in each language: the same words for set,
 * rep, hold and rest everywhere, imperatives where a leaflet would use them.
 *
 * Only English lives here. Every other table is a data-only module in dosage-words/, so an element
 * bundle carries English alone; a table counts once it is registered. `exercise-elements/core` and
 * the server renderer register them all up front (dosage-words/all.ts); elements load the ones a page
 * needs (internal/dosage-words-loader.ts) and write English words until they land.
 */

import type { Frequency } from './dosage-types.js';

/** One pattern per plural category; `other` is required, the rest as the language needs. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

export interface DosageWords {
  /** "{n} sets". */
  sets: PluralForms;
  /** "{n} reps". */
  reps: PluralForms;
  /** Joins sets to what each set holds: "3 sets × 10 reps". */
  multiply: string;
  /** Joins the main phrase to hold and rest: "10 reps · hold 3 sec". */
  separator: string;
  /** "{what} per side". */
  eachSide: string;
  /** "{what} per side, alternating". */
  alternating: string;
  /** "hold {time}". */
  hold: string;
  /** "rest {time}". */
  rest: string;
  /** "{n} times a week", by period. */
  timesPer: Record<Frequency['per'], PluralForms>;
  /**
   * Wording for exact counts that reads better than the pattern, keyed "1" or "1-2":
   * "once a day", "once or twice a day".
   */
  exactTimesPer: Record<Frequency['per'], Readonly<Record<string, string>>>;
}

const en: DosageWords = {
  sets: { one: '{n} set', other: '{n} sets' },
  reps: { one: '{n} rep', other: '{n} reps' },
  multiply: ' × ',
  separator: ' · ',
  eachSide: '{what} per side',
  alternating: '{what} per side, alternating',
  hold: 'hold {time}',
  rest: 'rest {time}',
  timesPer: {
    day: { one: '{n} time a day', other: '{n} times a day' },
    week: { one: '{n} time a week', other: '{n} times a week' },
  },
  exactTimesPer: {
    day: { '1': 'once a day', '2': 'twice a day', '1-2': 'once or twice a day' },
    week: { '1': 'once a week', '2': 'twice a week', '1-2': 'once or twice a week' },
  },
};

/** Registered tables by language; English is always there. */
const registered = new Map<string, DosageWords>([['en', en]]);

/** Makes `words` the table for `language` (a bare language subtag: `es`, `pt`, `zh`). */
export function registerDosageWords(language: string, words: DosageWords): void {
  registered.set(language, words);
}

/** Whether `language` has a registered table. */
export function hasDosageWords(language: string): boolean {
  return registered.has(language);
}

/** The registered table for a canonical locale tag: exact tag, then its language, then English. */
export function dosageWordsFor(locale: string): DosageWords {
  return registered.get(locale) ?? registered.get(locale.split('-')[0] ?? '') ?? en;
}

/** Picks the form for a plural category, falling back to `other`. */
export function pluralForm(forms: PluralForms, category: Intl.LDMLPluralRule): string {
  return forms[category] ?? forms.other;
}

/** Fills `{name}` placeholders. */
export function fill(pattern: string, values: Readonly<Record<string, string>>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.hasOwn(values, name) ? (values[name] ?? whole) : whole,
  );
}
