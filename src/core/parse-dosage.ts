/**
 * Reads a dosage ("3 × 8–12", "2-3 sets of 10 reps per side, hold 3 s", "Do 10 repetitions three
 * times") from free text. Never throws; a field the text does not clearly state stays unset.
 *
 * Design: the text is tokenized, frequency phrases ("3 times a week") are blanked out so they are
 * not read as reps, and every number or range is paired with the word after it (its unit). Each
 * quantity then gets one role, in this order:
 *  1. Explicit units: reps/repetitions → reps, sets/rounds → sets, breaths → nothing (a breath is
 *     not a fixed number of seconds, so "hold for 5 breaths" leaves the hold unset).
 *  2. "A x B" chains: a labelled side fixes the other ("12 reps x 3" → 3 sets). With neither side
 *     labelled, A is sets and B is reps ("3x10"). When B is a time the text is ambiguous
 *     ("5 x 5 seconds"): if it mentions reps, alternating or a hold, it is reps × hold; otherwise
 *     sets × duration (the plank style "3 x 30 seconds"). An "x" that joins nothing counts times
 *     ("repeat 3x", "10x", "squats x10").
 *  3. Times: a hold or pause word just before ("hold the contraction for 3–5 seconds") or after
 *     ("5 s hold") makes a hold; a rest or break word, or "between sets", makes rest; any other
 *     time is the duration of the work.
 *  4. "N times": the first count of times is reps ("lower and repeat 10 times"). Once reps are
 *     known, "repeat N times" counts sets, another "N times" with the same number is the other
 *     side or direction and is ignored ("five times to the right and then five times to the
 *     left"), and one with a different number counts sets ("10 repetitions three times").
 *  5. "N walks" / "N squats": a count of a movement noun counts reps when the text also gives
 *     sets, or when the noun is a known movement; "three exercises" is left alone. A count given per
 *     side ("8–10 each side", "12 on each leg") counts reps.
 * The first value found for a field wins. Values outside the limits of a home session (core/limits.ts)
 * are dropped, not clamped, and `readDosage` says which: "500 sets" is a mistake to show the author,
 * never a 500-set session, and "0 sec" or "0.0000001 seconds" is never a runnable hold or work time.
 */

import type { Dosage, Range } from './dosage-types.js';
import { makeRange } from './dosage-types.js';
import {
  isMark,
  isPhraseBreak,
  isWord,
  readRange,
  tokenize,
  type RangeRead,
  type Token,
} from './dosage-tokens.js';
import { LIMITS, MIN_TIMED_SECONDS } from './limits.js';
import { findFrequencySpans } from './parse-frequency.js';

/**
 * The largest counts and time a dosage may hold (the longest of work, hold and rest); larger values are
 * typing mistakes or noise, so they are dropped. Kept for compatibility: the full table is `LIMITS`.
 */
export const DOSAGE_LIMITS = {
  reps: LIMITS.maxReps,
  sets: LIMITS.maxSets,
  seconds: LIMITS.maxWorkSeconds,
} as const;

/** What the text said that could not be used, for the author (`says 500 sets: sets must be 1 to 20`). */
export interface DosageProblem {
  /** The Dosage field the value was meant for. */
  field: 'sets' | 'reps' | 'holdSeconds' | 'durationSeconds' | 'restSeconds';
  /** In plain words, e.g. `says 500 sets: sets must be 1 to 20`. */
  message: string;
}

/** A dosage read from text, with every stated value that was out of limits and so left unset. */
export interface DosageReading {
  dosage: Dosage;
  problems: DosageProblem[];
}

type Unit = 'reps' | 'sets' | 'times' | 'time' | 'breaths' | 'x' | 'count' | 'bare';
type Role = 'reps' | 'sets' | 'hold' | 'duration' | 'rest';

interface Quantity extends RangeRead {
  unit: Unit;
  /** For 'time': seconds per unit. */
  secondsPerUnit: number;
  /** For 'count': the noun counted ("walks"). */
  noun: string;
  /** Index just after the unit word. */
  unitEnd: number;
  role?: Role | 'ignored';
}

const REP_WORDS = ['rep', 'reps', 'repetition', 'repetitions', 'repeats'];
const SET_WORDS = ['set', 'sets', 'round', 'rounds', 'circuit', 'circuits'];
const TIMES_WORDS = ['times', 'time'];
const BREATH_WORDS = ['breath', 'breaths'];
const SECONDS_PER_UNIT: Readonly<Record<string, number>> = {
  s: 1,
  sec: 1,
  secs: 1,
  second: 1,
  seconds: 1,
  min: 60,
  mins: 60,
  minute: 60,
  minutes: 60,
  h: 3600,
  hr: 3600,
  hrs: 3600,
  hour: 3600,
  hours: 3600,
};
const HOLD_WORDS = ['hold', 'holds', 'holding', 'held', 'pause', 'pauses', 'pausing', 'isometric'];
const REST_WORDS = ['rest', 'resting', 'break', 'breaks', 'recover', 'recovery'];
const REPEAT_WORDS = ['repeat', 'repeated', 'repeating'];
const SIDE_NOUNS = [
  'side',
  'sides',
  'leg',
  'legs',
  'arm',
  'arms',
  'foot',
  'feet',
  'hand',
  'hands',
  'hip',
  'hips',
];
const SIDE_LEADS = ['each', 'per', 'every', 'both', 'either'];
/** What a bare count may be given per: a side, or a direction ("10 circles, 10 each direction"). */
const COUNTED_PER = [...SIDE_NOUNS, 'direction', 'directions', 'way', 'ways', 'left', 'right'];
/** Movement nouns whose count is a rep count even without sets ("20 squats"). */
const MOVEMENT_NOUNS = new Set([
  'steps',
  'walks',
  'marches',
  'lifts',
  'raises',
  'circles',
  'pulses',
  'presses',
  'squats',
  'lunges',
  'bridges',
  'kicks',
  'swings',
  'rolls',
  'taps',
  'slides',
  'curls',
  'crunches',
  'twists',
  'touches',
  'pushups',
  'situps',
  'clamshells',
]);
/**
 * How far (in tokens) a hold/rest/repeat word may sit before the number it applies to ("hold this
 * position for up to 30 seconds").
 */
const LOOK_BACK = 6;
const LOOK_AHEAD = 3;
/** Where a frequency phrase was blanked out: a phrase break, so no rule reads across it. */
const MASK: Token = { kind: 'mark', value: '|' };

/** Reads a dosage from free text. Non-strings and blank text give `{}`. */
export function parseDosage(text: string): Dosage {
  return readDosage(text).dosage;
}

/**
 * Reads a dosage from free text and lists the amounts it states that are out of limits (too many sets,
 * a hold of 0 seconds): those fields stay unset in `dosage`. The schema refuses a line with problems.
 */
export function readDosage(text: string): DosageReading {
  if (typeof text !== 'string') return { dosage: {}, problems: [] };
  const trimmed = text.trim();
  if (trimmed === '') return { dosage: {}, problems: [] };
  const tokens = maskFrequencies(readLabels(tokenize(trimmed)));
  const quantities = joinTimeRanges(tokens, readQuantities(tokens));
  const repsLike = mentionsRepsOrHold(tokens);

  resolveChains(tokens, quantities, repsLike);
  resolveLoneX(tokens, quantities);
  resolveSetsOf(tokens, quantities);
  resolveTimes(tokens, quantities);
  resolveTimesCounts(tokens, quantities);
  resolveCounts(tokens, quantities);

  const { dosage, problems } = collect(quantities);
  const side = readSide(tokens, dosage);
  if (side) dosage.side = side;
  dosage.text = trimmed;
  return { dosage, problems };
}

/**
 * Labels written before their value, as in a table or a leaflet ("Sets: 3 | Reps: 10–12 | Hold: 5 s |
 * Rest: 30 s"): the colon would end the phrase, leaving "Rest" apart from its time (read as work).
 * A hold or rest label loses its colon; a count label moves after its count ("3 sets"), where the
 * rules read units.
 */
function readLabels(tokens: Token[]): Token[] {
  for (let i = 0; i < tokens.length - 2; i++) {
    const label = tokens[i];
    if (label?.kind !== 'word' || !isMark(tokens[i + 1], ':')) continue;
    const range = readRange(tokens, i + 2);
    if (HOLD_WORDS.includes(label.value) || REST_WORDS.includes(label.value)) tokens.splice(i + 1, 1);
    else if (range && (REP_WORDS.includes(label.value) || SET_WORDS.includes(label.value)))
      tokens.splice(i, range.end - i, ...tokens.slice(i + 2, range.end), label);
  }
  return tokens;
}

function maskFrequencies(tokens: Token[]): Token[] {
  const masked = [...tokens];
  for (const { start, end } of findFrequencySpans(tokens)) masked.fill(MASK, start, end);
  return masked;
}

function readQuantities(tokens: Token[]): Quantity[] {
  const quantities: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const range = readRange(tokens, i);
    if (!range) continue;
    quantities.push(withUnit(tokens, range));
    i = range.end - 1;
  }
  return quantities;
}

/**
 * "30 seconds to 1 minute": two times joined by "to", "or" or a dash are one range, in seconds (each
 * alone would be a hold and then a work time).
 */
function joinTimeRanges(tokens: Token[], quantities: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  for (const q of quantities) {
    const last = out[out.length - 1];
    const joiner = tokens[q.start - 1];
    if (
      last?.unit === 'time' &&
      q.unit === 'time' &&
      // The dash of "30 seconds - 1 minute" joins; it is not a minus sign.
      (!q.negative || isMark(joiner, '-')) &&
      q.start === last.unitEnd + 1 &&
      (isMark(joiner, '-') || isWord(joiner, 'to', 'or')) &&
      last.min * last.secondsPerUnit < q.max * q.secondsPerUnit
    ) {
      out[out.length - 1] = {
        ...last,
        min: last.min * last.secondsPerUnit,
        max: q.max * q.secondsPerUnit,
        secondsPerUnit: 1,
        negative: last.negative,
        end: q.end,
        unitEnd: q.unitEnd,
      };
    } else out.push(q);
  }
  return out;
}

function withUnit(tokens: Token[], range: RangeRead): Quantity {
  const base = { ...range, secondsPerUnit: 1, noun: '', unitEnd: range.end };
  let at = range.end;
  // "10-minute walk": a hyphen may join a number to its time unit.
  if (isMark(tokens[at], '-') && timeFactor(tokens[at + 1]) !== undefined) at++;
  const token = tokens[at];
  if (token?.kind !== 'word') return { ...base, unit: 'bare' };
  const factor = timeFactor(token);
  const unitEnd = at + 1;
  if (factor !== undefined) return { ...base, unit: 'time', secondsPerUnit: factor, unitEnd };
  if (REP_WORDS.includes(token.value)) return { ...base, unit: 'reps', unitEnd };
  if (SET_WORDS.includes(token.value)) return { ...base, unit: 'sets', unitEnd };
  if (TIMES_WORDS.includes(token.value)) return { ...base, unit: 'times', unitEnd };
  if (BREATH_WORDS.includes(token.value)) return { ...base, unit: 'breaths', unitEnd };
  if (token.value === 'x') return { ...base, unit: 'x', unitEnd };
  return { ...base, unit: 'count', noun: token.value, unitEnd };
}

function timeFactor(token: Token | undefined): number | undefined {
  if (token?.kind !== 'word' || !Object.hasOwn(SECONDS_PER_UNIT, token.value)) return undefined;
  return SECONDS_PER_UNIT[token.value];
}

function mentionsRepsOrHold(tokens: Token[]): boolean {
  return tokens.some(
    (t) =>
      t.kind === 'word' &&
      (REP_WORDS.includes(t.value) || HOLD_WORDS.includes(t.value) || t.value.startsWith('alternat')),
  );
}

/** Roles fixed by the unit word alone. */
function labelledRole(q: Quantity): Role | 'ignored' | undefined {
  if (q.negative) return 'ignored';
  if (q.unit === 'reps') return 'reps';
  if (q.unit === 'sets') return 'sets';
  if (q.unit === 'breaths') return 'ignored';
  return q.role;
}

/** Step 2: "3x10", "12 reps x 3 sets", "3 x 8–12", "5 x 5 seconds", "10 squats x 3". */
function resolveChains(tokens: Token[], quantities: Quantity[], repsLike: boolean): void {
  for (const q of quantities) q.role = labelledRole(q);
  for (let k = 0; k + 1 < quantities.length; k++) {
    const left = quantities[k];
    const right = quantities[k + 1];
    if (!left || !right || !linkedByX(tokens, left, right)) continue;
    if (left.role === 'ignored' || right.role === 'ignored') continue;
    if (left.unit === 'time') {
      // "30 s x 3": the time keeps its own role (step 3); the count repeats it.
      if (right.role === undefined && right.unit !== 'time') right.role = 'sets';
      continue;
    }
    const leftRole = left.role ?? unlabelledLeft(left, right, repsLike);
    left.role = leftRole;
    right.role ??= rightOf(leftRole, right);
  }
}

function linkedByX(tokens: Token[], left: Quantity, right: Quantity): boolean {
  const xAt = left.unit === 'x' ? left.unitEnd - 1 : left.unitEnd;
  return isWord(tokens[xAt], 'x') && right.start === xAt + 1;
}

/** The role of a left operand without a reps/sets label, read from both operands. */
function unlabelledLeft(left: Quantity, right: Quantity, repsLike: boolean): Role {
  if (left.unit === 'count' || left.unit === 'times') return 'reps';
  if (right.role === 'sets') return 'reps';
  if (right.unit === 'time') return repsLike ? 'reps' : 'sets';
  return 'sets';
}

/** The role of an unlabelled right operand, read from the left operand's role. */
function rightOf(leftRole: Role, right: Quantity): Role {
  if (right.unit === 'time') return leftRole === 'reps' ? 'hold' : 'duration';
  return leftRole === 'sets' ? 'reps' : 'sets';
}

/**
 * An "x" that joins nothing counts times, as fitness writing uses it: "Repeat 3x", "10x", "Squats x10"
 * (a number after "x" with no count before it). "3x a week" never gets here: frequencies are masked.
 */
function resolveLoneX(tokens: Token[], quantities: Quantity[]): void {
  quantities.forEach((q, k) => {
    if (q.role !== undefined) return;
    const next = quantities[k + 1];
    if (q.unit === 'x' && !(next && linkedByX(tokens, q, next))) q.unit = 'times';
    const before = quantities[k - 1];
    const x = tokens[q.start - 1];
    if (q.unit === 'bare' && isWord(x, 'x') && !(before && linkedByX(tokens, before, q))) q.unit = 'times';
  });
}

/** "3 sets of 12", "2 rounds of 30 seconds". */
function resolveSetsOf(tokens: Token[], quantities: Quantity[]): void {
  for (let k = 0; k + 1 < quantities.length; k++) {
    const sets = quantities[k];
    const next = quantities[k + 1];
    if (!sets || !next || sets.role !== 'sets' || next.role !== undefined) continue;
    if (!isWord(tokens[sets.unitEnd], 'of') || next.start !== sets.unitEnd + 1) continue;
    if (next.unit === 'bare' || next.unit === 'count' || next.unit === 'times') next.role = 'reps';
  }
}

/** Step 3: hold, rest or duration for every time not yet placed. */
function resolveTimes(tokens: Token[], quantities: Quantity[]): void {
  for (const q of quantities) {
    if (q.unit !== 'time' || q.role !== undefined) continue;
    q.role = timeRoleFromContext(tokens, q) ?? 'duration';
  }
}

function timeRoleFromContext(tokens: Token[], q: Quantity): Role | undefined {
  for (const token of wordsBefore(tokens, q.start)) {
    if (isWord(token, ...HOLD_WORDS)) return 'hold';
    if (isWord(token, ...REST_WORDS)) return 'rest';
  }
  for (const token of wordsAfter(tokens, q.unitEnd)) {
    if (isWord(token, ...HOLD_WORDS)) return 'hold';
    // "45 s on, 15 s off": the interval's off time is the rest.
    if (isWord(token, ...REST_WORDS, 'between', 'off')) return 'rest';
  }
  return undefined;
}

/** Up to LOOK_BACK tokens before index i, nearest first, stopping at a phrase break or number. */
function wordsBefore(tokens: Token[], i: number): Token[] {
  const found: Token[] = [];
  for (let j = i - 1; j >= 0 && found.length < LOOK_BACK; j--) {
    const token = tokens[j];
    if (!token || isPhraseBreak(token) || token.kind === 'number') break;
    found.push(token);
  }
  return found;
}

/** Up to LOOK_AHEAD tokens from index i, stopping at a phrase break or number. */
function wordsAfter(tokens: Token[], i: number): Token[] {
  const found: Token[] = [];
  for (let j = i; j < tokens.length && found.length < LOOK_AHEAD; j++) {
    const token = tokens[j];
    if (!token || isPhraseBreak(token) || token.kind === 'number') break;
    found.push(token);
  }
  return found;
}

/** Step 4: "N times". */
function resolveTimesCounts(tokens: Token[], quantities: Quantity[]): void {
  for (const q of quantities) {
    if (q.unit !== 'times' || q.role !== undefined) continue;
    const reps = quantities.find((other) => other.role === 'reps');
    const afterRepeat = wordsBefore(tokens, q.start).some((t) => isWord(t, ...REPEAT_WORDS));
    if (!reps) q.role = 'reps';
    else if (afterRepeat) q.role = 'sets';
    else if (reps.min === q.min && reps.max === q.max) q.role = 'ignored';
    else q.role = 'sets';
  }
}

/**
 * Step 5: "8–10 walks … for 2 to 3 sets"; and a bare count given per side, "8–10 each side", "10 per
 * leg", "12 on each side", is a rep count.
 */
function resolveCounts(tokens: Token[], quantities: Quantity[]): void {
  if (quantities.some((q) => q.role === 'reps')) return;
  const hasSets = quantities.some((q) => q.role === 'sets');
  const count = quantities.find(
    (q) =>
      q.role === undefined &&
      ((q.unit === 'count' && (hasSets || MOVEMENT_NOUNS.has(q.noun) || countsPerSide(tokens, q))) ||
        (q.unit === 'bare' && isMark(tokens[q.end], '/') && isWord(tokens[q.end + 1], ...COUNTED_PER))),
  );
  if (count) count.role = 'reps';
}

/**
 * "10 each side", "10 per leg", "10 on each side", "10 on both legs", "10 in each direction", "10 on the
 * left"; (in resolveCounts) "10/side".
 */
function countsPerSide(tokens: Token[], q: Quantity): boolean {
  const lead = tokens[q.unitEnd - 1];
  if (isWord(lead, ...SIDE_LEADS)) return isWord(tokens[q.unitEnd], ...COUNTED_PER);
  return (
    isWord(lead, 'on', 'with', 'for', 'in') &&
    isWord(tokens[q.unitEnd], ...SIDE_LEADS, 'the') &&
    isWord(tokens[q.unitEnd + 1], ...COUNTED_PER)
  );
}

const FIELDS = {
  reps: 'reps',
  sets: 'sets',
  hold: 'holdSeconds',
  duration: 'durationSeconds',
  rest: 'restSeconds',
} as const;

/** Per field: the smallest and largest value a dosage may hold. */
const BOUNDS: Readonly<Record<DosageProblem['field'], readonly [number, number]>> = {
  sets: [1, LIMITS.maxSets],
  reps: [1, LIMITS.maxReps],
  holdSeconds: [MIN_TIMED_SECONDS, LIMITS.maxHoldSeconds],
  durationSeconds: [MIN_TIMED_SECONDS, LIMITS.maxWorkSeconds],
  restSeconds: [0, LIMITS.maxRestSeconds],
};

/** The first valid value for each role; a field whose every stated value is out of limits is a problem. */
function collect(quantities: Quantity[]): DosageReading {
  const dosage: Dosage = {};
  const refused = new Map<DosageProblem['field'], Quantity>();
  for (const q of quantities) {
    if (q.role === undefined || q.role === 'ignored' || q.negative) continue;
    const field = FIELDS[q.role];
    if (dosage[field] !== undefined) continue;
    const value = checkedValue(q, field);
    if (value !== undefined) dosage[field] = value;
    else if (!refused.has(field)) refused.set(field, q);
  }
  const problems: DosageProblem[] = [];
  for (const [field, q] of refused) {
    if (dosage[field] !== undefined) continue;
    const [min, max] = BOUNDS[field];
    const unit = q.unit === 'time' ? ' seconds' : field === 'sets' ? ' sets' : ' repetitions';
    const amount = (n: number) => (n < 1e9 ? Math.round(n * q.secondsPerUnit * 1000) / 1000 : 'too many');
    const said = q.min === q.max ? amount(q.min) : `${amount(q.min)}–${amount(q.max)}`;
    problems.push({ field, message: `says ${said}${unit}: ${field} must be ${min} to ${max}` });
  }
  return { dosage, problems };
}

function checkedValue(q: Quantity, field: DosageProblem['field']): Range | undefined {
  const [min, max] = BOUNDS[field];
  if (field === 'reps' || field === 'sets') return checkedCount(q.min, q.max, min, max);
  return checkedSeconds(q.min * q.secondsPerUnit, q.max * q.secondsPerUnit, min, max);
}

function checkedCount(a: number, b: number, min: number, max: number): Range | undefined {
  const valid = (n: number) => Number.isInteger(n) && n >= min && n <= max;
  return valid(a) && valid(b) ? makeRange(a, b) : undefined;
}

function checkedSeconds(a: number, b: number, min: number, max: number): Range | undefined {
  // Rounding to milliseconds hides float noise such as 0.1 min = 6.000000000000001 s; the bounds are
  // checked after rounding, so "0.0000001 seconds" is 0 and refused as a hold or as work.
  const round = (n: number) => Math.round(n * 1000) / 1000;
  const valid = (n: number) => Number.isFinite(n) && round(n) >= min && round(n) <= max;
  if (!valid(a) || !valid(b)) return undefined;
  return makeRange(round(a), round(b));
}

/** "per side" → each; "alternating" → alternating; equal counts to the left and right → each. */
function readSide(tokens: Token[], dosage: Dosage): Dosage['side'] {
  if (tokens.some((t) => t.kind === 'word' && t.value.startsWith('alternat'))) return 'alternating';
  // "per side", and as fitness writing shortens it, "10 reps/side".
  // "On both legs" is per side; "with both hands" is a grip, not a side.
  const perSide = tokens.some(
    (t, i) =>
      (isWord(t, ...SIDE_LEADS) || isMark(t, '/')) &&
      isWord(tokens[i + 1], ...SIDE_NOUNS) &&
      !(isWord(t, 'both') && isWord(tokens[i - 1], 'with', 'using', 'use')),
  );
  if (perSide) return 'each';
  // "then repeat with the other leg": the amount is for each side.
  const otherSide = tokens.some(
    (t, i) => isWord(t, 'other', 'opposite') && isWord(tokens[i + 1], ...SIDE_NOUNS),
  );
  if (
    otherSide &&
    (dosage.reps !== undefined || dosage.holdSeconds !== undefined || dosage.durationSeconds !== undefined)
  )
    return 'each';
  const leftAndRight = tokens.some((t) => isWord(t, 'left')) && tokens.some((t) => isWord(t, 'right'));
  if (leftAndRight && dosage.reps !== undefined) return 'each';
  return undefined;
}
