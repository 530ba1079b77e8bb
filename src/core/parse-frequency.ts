/**
 * Reads how often to do a routine ("3–4 times weekly", "once or twice daily", "3x/week",
 * "3 days a week", "every day") from free text.
 *
 * Design: a frequency is a count followed by a period. The count is a number or range followed by
 * "times"/"x" (or "days" when the period is a week); the period is "daily"/"weekly" or one of
 * "a", "per", "each", "every", "/" followed by day or week. Counted phrases win over the bare
 * "daily"/"every day" forms, which mean once a day. The dosage parser uses the same spans to keep
 * "3 times a week" from being read as three reps.
 */

import type { Frequency, Range } from './dosage-types.js';
import { makeRange } from './dosage-types.js';
import { isMark, isWord, readRange, tokenize, type Token } from './dosage-tokens.js';
import { MAX_TIMES_PER_PERIOD } from './limits.js';

/** More often than this is not a routine schedule (the schema's limit), so the phrase is ignored. */
const MAX_TIMES = MAX_TIMES_PER_PERIOD;

/** A frequency and the token span [start, end) it was read from. */
export interface FrequencySpan {
  frequency: Omit<Frequency, 'text'>;
  start: number;
  end: number;
}

type Period = Frequency['per'];

const PERIOD_WORDS: Readonly<Record<string, Period>> = { day: 'day', week: 'week', wk: 'week' };
const PERIOD_ADVERBS: Readonly<Record<string, Period>> = { daily: 'day', weekly: 'week' };
const PERIOD_LEADS = ['a', 'an', 'per', 'each', 'every'];

/** Finds a frequency in text; undefined unless both a count and a period are present. */
export function parseFrequency(text: string): Frequency | undefined {
  if (typeof text !== 'string') return undefined;
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const span = findFrequencySpans(tokenize(trimmed))[0];
  return span ? { ...span.frequency, text: trimmed } : undefined;
}

/** Every frequency phrase in the tokens, counted phrases first, in text order within each kind. */
export function findFrequencySpans(tokens: Token[]): FrequencySpan[] {
  const counted: FrequencySpan[] = [];
  const bare: FrequencySpan[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const span = readCounted(tokens, i);
    if (span) {
      counted.push(span);
      i = span.end - 1;
      continue;
    }
    const standalone = readStandalone(tokens, i);
    if (standalone) {
      bare.push(standalone);
      i = standalone.end - 1;
    }
  }
  return [...counted, ...bare];
}

/** "3 to 4 times weekly", "2x/week", "3 days a week". */
function readCounted(tokens: Token[], i: number): FrequencySpan | undefined {
  const count = readRange(tokens, i);
  if (!count || count.negative) return undefined;
  const unit = tokens[count.end];
  const isTimes = isWord(unit, 'times', 'time', 'x');
  const isDays = isWord(unit, 'days', 'day');
  if (!isTimes && !isDays) return undefined;
  const period = readPeriod(tokens, count.end + 1);
  if (!period) return undefined;
  // "3 days a week" counts days in a week; "3 days a day" means nothing.
  if (isDays && period.per !== 'week') return undefined;
  const times = checkedTimes(count.min, count.max, isDays ? 7 : MAX_TIMES);
  if (times === undefined) return undefined;
  return { frequency: { times, per: period.per }, start: count.start, end: period.end };
}

/** "daily", "every day", "each week", "weekly": once per period. */
function readStandalone(tokens: Token[], i: number): FrequencySpan | undefined {
  const token = tokens[i];
  if (token?.kind !== 'word') return undefined;
  const adverb = lookup(PERIOD_ADVERBS, token.value);
  if (adverb) return { frequency: { times: 1, per: adverb }, start: i, end: i + 1 };
  if (isWord(token, 'every', 'each')) {
    const period = periodWord(tokens[i + 1]);
    if (period) return { frequency: { times: 1, per: period }, start: i, end: i + 2 };
  }
  return undefined;
}

/** The period starting at index i and the index just after it. */
function readPeriod(tokens: Token[], i: number): { per: Period; end: number } | undefined {
  const token = tokens[i];
  const adverb = token?.kind === 'word' ? lookup(PERIOD_ADVERBS, token.value) : undefined;
  if (adverb) return { per: adverb, end: i + 1 };
  if (isWord(token, ...PERIOD_LEADS) || isMark(token, '/')) {
    const per = periodWord(tokens[i + 1]);
    if (per) return { per, end: i + 2 };
  }
  return undefined;
}

function periodWord(token: Token | undefined): Period | undefined {
  return token?.kind === 'word' ? lookup(PERIOD_WORDS, token.value) : undefined;
}

/** Own keys only, so "constructor" in the text never reads Object.prototype. */
function lookup(table: Readonly<Record<string, Period>>, key: string): Period | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

function checkedTimes(a: number, b: number, limit: number): Range | undefined {
  const valid = (n: number) => Number.isInteger(n) && n >= 1 && n <= limit;
  return valid(a) && valid(b) ? makeRange(a, b) : undefined;
}
