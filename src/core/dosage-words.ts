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

const es: DosageWords = {
  sets: { one: '{n} serie', other: '{n} series' },
  reps: { one: '{n} repetición', other: '{n} repeticiones' },
  multiply: ' × ',
  separator: ' · ',
  eachSide: '{what} por lado',
  alternating: '{what} por lado, alternando',
  hold: 'mantén {time}',
  rest: 'descansa {time}',
  timesPer: {
    day: { one: '{n} vez al día', other: '{n} veces al día' },
    week: { one: '{n} vez a la semana', other: '{n} veces a la semana' },
  },
  exactTimesPer: {
    day: { '1': 'una vez al día', '2': 'dos veces al día', '1-2': 'una o dos veces al día' },
    week: { '1': 'una vez a la semana', '2': 'dos veces a la semana', '1-2': 'una o dos veces a la semana' },
  },
};

const fr: DosageWords = {
  sets: { one: '{n} série', other: '{n} séries' },
  reps: { one: '{n} répétition', other: '{n} répétitions' },
  multiply: ' × ',
  separator: ' · ',
  eachSide: '{what} de chaque côté',
  alternating: '{what} de chaque côté, en alternant',
  hold: 'tenir {time}',
  rest: 'repos {time}',
  timesPer: {
    day: { other: '{n} fois par jour' },
    week: { other: '{n} fois par semaine' },
  },
  exactTimesPer: {
    day: { '1': 'une fois par jour', '2': 'deux fois par jour', '1-2': 'une à deux fois par jour' },
    week: { '1': 'une fois par semaine', '2': 'deux fois par semaine', '1-2': 'une à deux fois par semaine' },
  },
};

const de: DosageWords = {
  sets: { one: '{n} Satz', other: '{n} Sätze' },
  reps: { one: '{n} Wiederholung', other: '{n} Wiederholungen' },
  multiply: ' × ',
  separator: ' · ',
  eachSide: '{what} pro Seite',
  alternating: '{what} pro Seite, im Wechsel',
  hold: '{time} halten',
  rest: '{time} Pause',
  timesPer: {
    day: { other: '{n}-mal am Tag' },
    week: { other: '{n}-mal pro Woche' },
  },
  exactTimesPer: {
    day: { '1': 'einmal am Tag', '2': 'zweimal am Tag', '1-2': 'ein- bis zweimal am Tag' },
    week: { '1': 'einmal pro Woche', '2': 'zweimal pro Woche', '1-2': 'ein- bis zweimal pro Woche' },
  },
};

/** Brazilian Portuguese; also serves `pt-PT` and plain `pt`, whose readers share these words. */
const pt: DosageWords = {
  sets: { one: '{n} série', other: '{n} séries' },
  reps: { one: '{n} repetição', other: '{n} repetições' },
  multiply: ' × ',
  separator: ' · ',
  eachSide: '{what} de cada lado',
  alternating: '{what} de cada lado, alternando',
  hold: 'segure {time}',
  rest: 'descanse {time}',
  timesPer: {
    day: { one: '{n} vez por dia', other: '{n} vezes por dia' },
    week: { one: '{n} vez por semana', other: '{n} vezes por semana' },
  },
  exactTimesPer: {
    day: { '1': 'uma vez por dia', '2': 'duas vezes por dia', '1-2': 'uma ou duas vezes por dia' },
    week: { '1': 'uma vez por semana', '2': 'duas vezes por semana', '1-2': 'uma ou duas vezes por semana' },
  },
};

const nl: DosageWords = {
  sets: { one: '{n} set', other: '{n} sets' },
  reps: { one: '{n} herhaling', other: '{n} herhalingen' },
  multiply: ' × ',
  separator: ' · ',
  eachSide: '{what} per kant',
  alternating: '{what} per kant, afwisselend',
  hold: '{time} vasthouden',
  rest: '{time} rust',
  timesPer: {
    day: { other: '{n} keer per dag' },
    week: { other: '{n} keer per week' },
  },
  exactTimesPer: {
    day: { '1': 'één keer per dag', '2': 'twee keer per dag', '1-2': 'één of twee keer per dag' },
    week: { '1': 'één keer per week', '2': 'twee keer per week', '1-2': 'één of twee keer per week' },
  },
};

/**
 * Arabic counts take six forms: none, one and two are said in words ("تكراران", two reps); 3–10 take
 * the plural, 11–99 the singular in the accusative, 100 and up the singular. Ranges never select
 * `one` or `two` (CLDR's range rules), so those forms can leave the number out.
 */
const ar: DosageWords = {
  sets: {
    zero: 'لا مجموعات',
    one: 'مجموعة واحدة',
    two: 'مجموعتان',
    few: '{n} مجموعات',
    many: '{n} مجموعةً',
    other: '{n} مجموعة',
  },
  reps: {
    zero: 'لا تكرارات',
    one: 'تكرار واحد',
    two: 'تكراران',
    few: '{n} تكرارات',
    many: '{n} تكرارًا',
    other: '{n} تكرار',
  },
  multiply: ' × ',
  separator: ' · ',
  eachSide: '{what} لكل جانب',
  alternating: '{what} لكل جانب، بالتناوب',
  hold: 'ثبات لمدة {time}',
  rest: 'راحة لمدة {time}',
  timesPer: {
    day: {
      zero: '{n} مرة في اليوم',
      one: 'مرة واحدة في اليوم',
      two: 'مرتان في اليوم',
      few: '{n} مرات في اليوم',
      many: '{n} مرةً في اليوم',
      other: '{n} مرة في اليوم',
    },
    week: {
      zero: '{n} مرة في الأسبوع',
      one: 'مرة واحدة في الأسبوع',
      two: 'مرتان في الأسبوع',
      few: '{n} مرات في الأسبوع',
      many: '{n} مرةً في الأسبوع',
      other: '{n} مرة في الأسبوع',
    },
  },
  exactTimesPer: {
    day: { '1': 'مرة واحدة يوميًا', '2': 'مرتين يوميًا', '1-2': 'مرة أو مرتين يوميًا' },
    week: { '1': 'مرة واحدة أسبوعيًا', '2': 'مرتين أسبوعيًا', '1-2': 'مرة أو مرتين أسبوعيًا' },
  },
};

/** Simplified Chinese; also serves other `zh` tags. No plural forms, no space before a measure word. */
const zh: DosageWords = {
  sets: { other: '{n}组' },
  reps: { other: '{n}次' },
  multiply: ' × ',
  separator: ' · ',
  eachSide: '每侧{what}',
  alternating: '左右交替，每侧{what}',
  hold: '保持{time}',
  rest: '休息{time}',
  timesPer: {
    day: { other: '每天{n}次' },
    week: { other: '每周{n}次' },
  },
  exactTimesPer: {
    day: { '1': '每天一次', '2': '每天两次', '1-2': '每天一到两次' },
    week: { '1': '每周一次', '2': '每周两次', '1-2': '每周一到两次' },
  },
};

const WORDS_BY_LOCALE: Readonly<Record<string, DosageWords>> = { en, es, fr, de, pt, nl, ar, zh };

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
