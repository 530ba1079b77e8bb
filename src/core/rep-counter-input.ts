/**
 * What `<rep-counter>` accepts from its attributes, properties and dosage, and what it refuses.
 *
 * Design: every setting (target, sets, hold, rest, side) may come from its own attribute or from the
 * matching field of the dosage; the attribute wins when it can be used. A value that cannot be used is
 * refused, never clamped or guessed: the setting falls back to the dosage's field, then to the open
 * default (no target, one set, no hold, no rest), and a `CounterProblem` names the attribute or dosage
 * field and why, so the element can tell the author. The limits are the schema's (`limits.ts`), so an
 * attribute cannot ask for what a document may not.
 *
 * Reading attribute text is linear: `readRange` scans characters once, with no regular expression,
 * because attribute values come from any CMS and may be 100 000 characters long.
 */
import { rangeMax, rangeMin, type Dosage, type Range } from './dosage-types.js';
import { LIMITS } from './limits.js';

/** A setting of the counter, named like its attribute. */
export type CounterSetting = 'target' | 'sets' | 'hold' | 'rest' | 'side';

/**
 * Why a value was refused:
 * - `unreadable`: not a number or a range (an attribute), or not a number, `{ min, max }`, `each` or
 *   `alternating` (a property or dosage field);
 * - `not-positive`: zero or below (every count and duration must be above zero);
 * - `reversed`: a range whose first number is larger than its second;
 * - `too-large`: above the plausible limit, given in `max` (reps, sets, or seconds);
 * - `no-dosage`: a dosage from which nothing the counter uses could be read.
 */
export type CounterProblemKind = 'unreadable' | 'not-positive' | 'reversed' | 'too-large' | 'no-dosage';

export interface CounterProblem {
  /** The attribute (`target`, `hold`…), `dosage`, or the dosage's field (`dosage.reps`, `dosage.holdSeconds`). */
  path: string;
  /** The setting it was meant for, or null for the dosage as a whole. */
  setting: CounterSetting | null;
  kind: CounterProblemKind;
  /** With `too-large`: the largest value accepted. */
  max?: number;
}

/** The counter's settings as far as they could be used; fields refused or absent are undefined. */
export interface CounterSettings {
  target: Range | undefined;
  sets: Range | undefined;
  side: 'each' | 'alternating' | undefined;
  /** Seconds. */
  hold: Range | undefined;
  /** Seconds. */
  rest: Range | undefined;
}

/** What the element hands over: attribute values as given (text, or whatever a script set). */
export interface CounterSources {
  dosage?: unknown;
  target?: unknown;
  sets?: unknown;
  side?: unknown;
  hold?: unknown;
  rest?: unknown;
}

interface RangeRule {
  setting: Exclude<CounterSetting, 'side'>;
  dosageField: 'reps' | 'sets' | 'holdSeconds' | 'restSeconds';
  max: number;
  /** Reps and sets are counted, so a fraction is rounded to the nearest whole number. */
  whole: boolean;
}

const RULES: readonly RangeRule[] = [
  { setting: 'target', dosageField: 'reps', max: LIMITS.maxReps, whole: true },
  { setting: 'sets', dosageField: 'sets', max: LIMITS.maxSets, whole: true },
  { setting: 'hold', dosageField: 'holdSeconds', max: LIMITS.maxHoldSeconds, whole: false },
  { setting: 'rest', dosageField: 'restSeconds', max: LIMITS.maxRestSeconds, whole: false },
];

const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/** Spaces and the other whitespace `String.prototype.trim` removes, which a CMS may put in attributes. */
const isSpace = (char: string): boolean => char.trim() === '';

/** Reads a decimal number ("10", "2.5") at `at`; returns it and the index after it, or null. */
function readNumber(text: string, at: number): { value: number; end: number } | null {
  let i = at;
  while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  if (i === at) return null;
  if (text[i] === '.' && isDigit(text.charCodeAt(i + 1))) {
    i++;
    while (i < text.length && isDigit(text.charCodeAt(i))) i++;
  }
  return { value: Number(text.slice(at, i)), end: i };
}

function skipSpaces(text: string, at: number): number {
  let i = at;
  while (i < text.length && isSpace(text.charAt(i))) i++;
  return i;
}

/** The index after a range separator (`-`, `–`, `—`, `to` in any case) at `at`, or null. */
function readSeparator(text: string, at: number): number | null {
  const char = text.charAt(at);
  if (char === '-' || char === '\u2013' || char === '\u2014') return at + 1;
  if (text.slice(at, at + 2).toLowerCase() === 'to') return at + 2;
  return null;
}

/**
 * Reads a range written in an attribute: "10", "10-15", "10–15", "10 to 15", with spaces around. The
 * numbers are kept as written, so "15-10" reads as `{ min: 15, max: 10 }` for the caller to refuse.
 * Returns undefined for anything else. One pass over the text, no backtracking.
 */
export function readRange(text: string | null | undefined): Range | undefined {
  if (typeof text !== 'string') return undefined;
  let i = skipSpaces(text, 0);
  const first = readNumber(text, i);
  if (!first) return undefined;
  i = skipSpaces(text, first.end);
  if (i === text.length) return first.value;
  const afterSeparator = readSeparator(text, i);
  if (afterSeparator === null) return undefined;
  const second = readNumber(text, skipSpaces(text, afterSeparator));
  if (!second || skipSpaces(text, second.end) !== text.length) return undefined;
  return first.value === second.value ? first.value : { min: first.value, max: second.value };
}

/** A Range from a number, `{ min, max }`, or text; null when it is none of them. */
function asRange(value: unknown): Range | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return readRange(value) ?? null;
  if (typeof value === 'object' && value !== null) {
    const { min, max } = value as { min?: unknown; max?: unknown };
    if (typeof min === 'number' && typeof max === 'number' && Number.isFinite(min) && Number.isFinite(max)) {
      return { min, max };
    }
  }
  return null;
}

/** The usable range, or why not. */
function checkRange(value: unknown, rule: RangeRule): Range | Exclude<CounterProblemKind, 'no-dosage'> {
  const range = asRange(value);
  if (range === null) return 'unreadable';
  let min = rangeMin(range);
  let max = rangeMax(range);
  if (min > max) return 'reversed';
  if (rule.whole) {
    min = Math.round(min);
    max = Math.round(max);
  }
  if (!(min > 0)) return 'not-positive';
  if (max > rule.max) return 'too-large';
  return min === max ? min : { min, max };
}

function checkSide(value: unknown): 'each' | 'alternating' | 'unreadable' {
  return value === 'each' || value === 'alternating' ? value : 'unreadable';
}

/** Absent: unset, null, or an empty attribute (a CMS template with nothing filled in). */
const present = (value: unknown): boolean =>
  value !== undefined && value !== null && !(typeof value === 'string' && value.trim() === '');

/** True when a Dosage holds something the counter counts by (or a side). */
function hasCounterFields(dosage: Partial<Dosage>): boolean {
  return RULES.some((rule) => present(dosage[rule.dosageField])) || present(dosage.side);
}

/**
 * Resolves the settings from the attributes and the dosage, and lists every value it refused. An
 * attribute that cannot be used leaves its setting to the dosage; a dosage field that cannot be used
 * leaves it unset.
 */
export function checkCounterInput(sources: CounterSources): {
  settings: CounterSettings;
  problems: CounterProblem[];
} {
  const problems: CounterProblem[] = [];
  const dosage: Partial<Dosage> =
    typeof sources.dosage === 'object' && sources.dosage !== null ? (sources.dosage as Partial<Dosage>) : {};
  if (present(sources.dosage) && !hasCounterFields(dosage)) {
    // A dosage that only says how long ("30 seconds") is readable, just not countable: no warning.
    const timed = present(dosage.durationSeconds);
    if (!timed) problems.push({ path: 'dosage', setting: null, kind: 'no-dosage' });
  }

  const settings: CounterSettings = {
    target: undefined,
    sets: undefined,
    side: undefined,
    hold: undefined,
    rest: undefined,
  };
  for (const rule of RULES) {
    const own = sources[rule.setting];
    const fromDosage = dosage[rule.dosageField];
    let chosen: Range | undefined;
    if (present(own)) {
      const checked = checkRange(own, rule);
      if (typeof checked === 'string') {
        problems.push(problem(rule.setting, rule.setting, checked, rule.max));
      } else {
        chosen = checked;
      }
    }
    if (chosen === undefined && present(fromDosage)) {
      const checked = checkRange(fromDosage, rule);
      if (typeof checked === 'string') {
        problems.push(problem(`dosage.${rule.dosageField}`, rule.setting, checked, rule.max));
      } else {
        chosen = checked;
      }
    }
    settings[rule.setting] = chosen;
  }

  for (const [path, value] of [
    ['side', sources.side],
    ['dosage.side', dosage.side],
  ] as const) {
    if (settings.side !== undefined || !present(value)) continue;
    const side = checkSide(value);
    if (side === 'unreadable') problems.push({ path, setting: 'side', kind: 'unreadable' });
    else settings.side = side;
  }
  return { settings, problems };
}

function problem(
  path: string,
  setting: CounterSetting,
  kind: Exclude<CounterProblemKind, 'no-dosage'>,
  max: number,
): CounterProblem {
  return kind === 'too-large' ? { path, setting, kind, max } : { path, setting, kind };
}
