/**
 * The dosage language: the shapes every part of the product (parser, formatter, validator,
 * timeline, elements) agrees on. The field names are a public contract: add fields, never rename.
 */

/** A single value, or an inclusive range such as 10–15. */
export type Range = number | { min: number; max: number };

/** How much of an exercise to do. Every field is optional: unset means "not prescribed". */
export interface Dosage {
  /** Sets or rounds. */
  sets?: Range;
  /** Repetitions in a set (on each side when `side` is set). */
  reps?: Range;
  /** Hold inside each repetition, in seconds. */
  holdSeconds?: Range;
  /** Timed work per set, in seconds, e.g. a 30 s plank. */
  durationSeconds?: Range;
  /** Rest between sets, in seconds. */
  restSeconds?: Range;
  /** each: all reps on one side, then the other; alternating: switch every rep. */
  side?: 'each' | 'alternating';
  /** The author's own words, kept for display when given. */
  text?: string;
}

/** How often to do a routine, e.g. 3–4 times per week. */
export interface Frequency {
  times: Range;
  per: 'day' | 'week';
  /** The author's own words, kept for display when given. */
  text?: string;
}

/** The lower bound of a range (or the value itself). */
export function rangeMin(range: Range): number {
  return typeof range === 'number' ? range : range.min;
}

/** The upper bound of a range (or the value itself). */
export function rangeMax(range: Range): number {
  return typeof range === 'number' ? range : range.max;
}

/** Builds a Range, collapsing equal bounds to a plain number and ordering swapped bounds. */
export function makeRange(a: number, b: number = a): Range {
  const min = Math.min(a, b);
  const max = Math.max(a, b);
  return min === max ? min : { min, max };
}
