/**
 * The words the dosage formatter puts around numbers, one table per locale.
 *
 * Design: numbers and units are never written here; Intl formats them and the result replaces
 * `{n}` (a count or range), `{time}` (a duration with its unit) or `{what}` (the phrase being
 * qualified). Whole patterns rather than loose words let a language reorder them. Counted words
 * are keyed by the Intl.PluralRules category, so languages with `zero`, `two`, `few` or `many`
 * forms fit without code changes; `other` is the only required form. Only English exists today;
 * `dosageWordsFor` falls back to it for any locale without a table.
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

const WORDS_BY_LOCALE: Readonly<Record<string, DosageWords>> = { en };

/** The table for a canonical locale tag: exact tag, then its language, then English. */
export function dosageWordsFor(locale: string): DosageWords {
  const language = locale.split('-')[0] ?? '';
  if (Object.hasOwn(WORDS_BY_LOCALE, locale)) return WORDS_BY_LOCALE[locale] ?? en;
  if (Object.hasOwn(WORDS_BY_LOCALE, language)) return WORDS_BY_LOCALE[language] ?? en;
  return en;
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
