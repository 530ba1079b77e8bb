/**
 * Writes dosages and frequencies as short lines: "2–3 sets × 8–10 reps per side · hold 3–5 sec",
 * "3–4 times a week".
 *
 * Design: every number goes through Intl (NumberFormat for counts and ranges, its `unit` style
 * for times, PluralRules to pick the word form), and every word comes from the locale's table in
 * dosage-words.ts. So a locale without a table still gets its own digits, separators and unit
 * names around English words. Rules chosen for the line:
 *  - One set is not written ("10 reps", not "1 set × 10 reps"): a single set is the default.
 *  - Times of whole minutes are written in minutes ("1 min"), whole hours in hours; any other
 *    time in seconds, so a range never mixes units.
 *  - A dosage with nothing to show but the author's `text` is written as that text.
 *  - Fields that are not finite, non-negative numbers are skipped rather than printed.
 */

import type { Dosage, Frequency, Range } from './dosage-types.js';
import { rangeMax, rangeMin } from './dosage-types.js';
import { dosageWordsFor, fill, pluralForm, type DosageWords } from './dosage-words.js';
import { numberFormat, pluralRules, supportedLocale } from './intl-cache.js';

const DEFAULT_LOCALE = 'en';

/** Formats a count or range with the locale's digits and range dash: "8–10". */
export function formatRange(range: Range, locale?: string): string {
  if (!isValidRange(range)) return '';
  return formatWith(numberFormat(resolveLocale(locale)), range);
}

/** Formats a dosage as one short line; an empty dosage gives "". */
export function formatDosage(dosage: Dosage, locale?: string): string {
  if (typeof dosage !== 'object' || dosage === null) return '';
  const tag = resolveLocale(locale);
  const words = dosageWordsFor(tag);
  const main = mainPhrase(dosage, tag, words);
  const parts: string[] = main ? [main] : [];
  if (isValidRange(dosage.holdSeconds)) {
    parts.push(fill(words.hold, { time: formatSeconds(dosage.holdSeconds, tag) }));
  }
  if (isValidRange(dosage.restSeconds)) {
    parts.push(fill(words.rest, { time: formatSeconds(dosage.restSeconds, tag) }));
  }
  if (parts.length === 0) return typeof dosage.text === 'string' ? dosage.text.trim() : '';
  return parts.join(words.separator);
}

/**
 * Formats a frequency: "3–4 times a week", "once a day". A frequency the parser could not read
 * (`{ text }` only) is written as the author's words.
 */
export function formatFrequency(frequency: Frequency | { text: string }, locale?: string): string {
  if (typeof frequency !== 'object' || frequency === null) return '';
  const { times, per } = frequency as Partial<Frequency>;
  if (times === undefined || !isValidRange(times) || (per !== 'day' && per !== 'week')) {
    return typeof frequency.text === 'string' ? frequency.text.trim() : '';
  }
  const tag = resolveLocale(locale);
  const words = dosageWordsFor(tag);
  const key = typeof times === 'number' ? String(times) : `${times.min}-${times.max}`;
  const exactForms = words.exactTimesPer[per];
  if (Object.hasOwn(exactForms, key)) return exactForms[key] ?? '';
  return counted(words.timesPer[per], times, tag);
}

/** Sets × reps or time, with the side. */
function mainPhrase(dosage: Dosage, tag: string, words: DosageWords): string {
  const chain: string[] = [];
  const { sets, reps, durationSeconds } = dosage;
  if (isValidRange(sets) && sets !== 1) chain.push(counted(words.sets, sets, tag));
  const work: string[] = [];
  if (isValidRange(reps)) work.push(counted(words.reps, reps, tag));
  if (isValidRange(durationSeconds)) work.push(formatSeconds(durationSeconds, tag));
  if (work.length === 0) return chain.join(words.multiply);
  let what = work.join(words.multiply);
  if (dosage.side === 'each') what = fill(words.eachSide, { what });
  if (dosage.side === 'alternating') what = fill(words.alternating, { what });
  return [...chain, what].join(words.multiply);
}

/**
 * Phrases already written, by locale, words and numbers. Intl's range formatting and range plural
 * rules cost tens of microseconds a call, and a page of cards repeats the same few dosages.
 */
const phrases = new Map<string, string>();

function remembered(key: string, write: () => string): string {
  let phrase = phrases.get(key);
  if (phrase === undefined) {
    phrase = write();
    if (phrases.size >= 500) phrases.clear();
    phrases.set(key, phrase);
  }
  return phrase;
}

const rangeKey = (range: Range): string =>
  typeof range === 'number' ? String(range) : `${range.min}\u0000${range.max}`;

/** "{n} reps" with the plural form Intl picks for the number or range. */
function counted(forms: DosageWords['reps'], range: Range, tag: string): string {
  return remembered(`${tag}\u0000${forms.other}\u0000${rangeKey(range)}`, () =>
    fill(pluralForm(forms, pluralCategory(range, tag)), { n: formatWith(numberFormat(tag), range) }),
  );
}

/** PluralRules.selectRange is newer than the ES2023 typings this repo compiles against. */
type PluralRulesWithRange = Intl.PluralRules & {
  selectRange?: (start: number, end: number) => Intl.LDMLPluralRule;
};

function pluralCategory(range: Range, tag: string): Intl.LDMLPluralRule {
  const rules: PluralRulesWithRange = pluralRules(tag);
  if (typeof range === 'number') return rules.select(range);
  // Without selectRange, the upper bound decides, which matches English ("1–2 reps").
  return rules.selectRange ? rules.selectRange(range.min, range.max) : rules.select(range.max);
}

/** Seconds as a unit phrase, in the largest unit that keeps every bound whole. */
function formatSeconds(seconds: Range, tag: string): string {
  return remembered(`${tag}\u0000seconds\u0000${rangeKey(seconds)}`, () => writeSeconds(seconds, tag));
}

function writeSeconds(seconds: Range, tag: string): string {
  const bounds = [rangeMin(seconds), rangeMax(seconds)];
  const [unit, size] = bounds.every((s) => s >= 3600 && s % 3600 === 0)
    ? (['hour', 3600] as const)
    : bounds.every((s) => s >= 60 && s % 60 === 0)
      ? (['minute', 60] as const)
      : (['second', 1] as const);
  const format = numberFormat(tag, { style: 'unit', unit, unitDisplay: 'short' });
  const scaled =
    typeof seconds === 'number' ? seconds / size : { min: seconds.min / size, max: seconds.max / size };
  return formatWith(format, scaled);
}

function formatWith(format: Intl.NumberFormat, range: Range): string {
  if (typeof range === 'number') return format.format(range);
  return range.min === range.max ? format.format(range.min) : format.formatRange(range.min, range.max);
}

function isValidRange(range: unknown): range is Range {
  const ok = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n >= 0;
  if (ok(range)) return true;
  if (typeof range !== 'object' || range === null) return false;
  const { min, max } = range as { min?: unknown; max?: unknown };
  return ok(min) && ok(max) && (min as number) <= (max as number);
}

/** A canonical locale Intl accepts; anything malformed or missing becomes English. */
function resolveLocale(locale: string | undefined): string {
  return supportedLocale(locale, DEFAULT_LOCALE);
}
