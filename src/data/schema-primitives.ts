/**
 * Small building blocks shared by the exercise and routine schemas. Every message is written for the
 * blogger who typed the JSON: it says what the value must be, never how the validator works.
 */
import * as v from 'valibot';
import { DOCUMENT_LIMITS as D, LIMITS } from '../core/limits.js';
import { SAFE_URL_PATTERN } from '../core/safe-url.js';

/** Letters, digits, `-` and `_`; usable in a URL fragment (`src="routine.json#knee-wags"`). */
export const IdSchema = v.pipe(
  v.string('must be text, such as "knee-wags"'),
  v.regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/,
    'must use only letters, digits, "-" and "_", such as "knee-wags"',
  ),
);

const LocaleKeySchema = v.pipe(
  v.string(),
  // The length is checked first, so the pattern only ever sees a short key.
  v.maxLength(35, 'must be keyed by language codes such as "en" or "pt-BR"'),
  v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'must be keyed by language codes such as "en" or "pt-BR"'),
);

/**
 * Text of at most `max` characters that is not blank. Only checks here, no transformation: a check that
 * fails keeps the value typed, so the union in `textOf` reports this branch's own message ("must be at
 * most 200 characters") instead of its generic one. The text is trimmed after the union.
 */
const boundedString = (max: number) =>
  v.pipe(
    v.string('must be text'),
    v.maxLength(max, `must be at most ${max} characters`),
    // minLength states it in the JSON Schema; the check also refuses text of spaces only.
    v.minLength(1, 'must not be empty'),
    v.check((text) => text.trim() !== '', 'must not be empty'),
  );

const isMap = (input: unknown): input is Record<string, unknown> =>
  typeof input === 'object' && input !== null && !Array.isArray(input);

/** Trims plain text, or every text of a map; leaves anything else (an invalid value) alone. */
function trimText<T>(text: T): T {
  if (typeof text === 'string') return text.trim() as T;
  if (!isMap(text)) return text;
  return Object.fromEntries(
    Object.entries(text).map(([key, value]) => [key, typeof value === 'string' ? value.trim() : value]),
  ) as T;
}

/** Plain text of at most `max` characters. */
export const plainText = (max: number) =>
  v.pipe(v.string('must be text'), v.maxLength(max, `must be at most ${max} characters`));

/**
 * `v.record` alone reads a list as an object keyed "0", "1"…, so `"name": ["Bridge"]` would be blamed on
 * a key `name["0"]` the author never wrote. A list where a map belongs is refused as a whole instead.
 */
export function recordOf<
  const TKey extends v.GenericSchema<string, string>,
  const TValue extends v.GenericSchema,
>(key: TKey, value: TValue, message: string) {
  return v.pipe(
    // Typed as the record's own input, so inferred input types (ExerciseInput) stay as precise as before.
    v.custom<Record<v.InferInput<TKey>, v.InferInput<TValue>>>((input) => !Array.isArray(input), message),
    v.record(key, value, message),
  );
}

/**
 * Plain text, or a map from BCP-47 language code to text: `"Bridge"` or `{ "en": "Bridge", "es": "Puente" }`,
 * each text at most `max` characters and at most `maxLanguages` languages.
 */
export const textOf = (max: number) => {
  const text = boundedString(max);
  return v.pipe(
    v.union(
      [
        text,
        v.pipe(
          // A list where a map belongs is refused as a whole (see recordOf), not blamed on keys "0", "1"….
          v.custom<Record<string, string>>(isMap, 'must be text'),
          v.record(LocaleKeySchema, text),
          v.check((map) => Object.keys(map).length > 0, 'must hold text for at least one language'),
          v.check(
            (map) => Object.keys(map).length <= D.maxLanguages,
            `must hold at most ${D.maxLanguages} languages`,
          ),
        ),
      ],
      'must be text, or a map from language code to text such as {"en": "Bridge"}',
    ),
    v.transform(trimText),
  );
};

/** A name, a title or a heading. */
export const NameTextSchema = textOf(D.maxNameLength);
/** A summary or notes: a short paragraph. */
export const SummaryTextSchema = textOf(D.maxSummaryLength);
/** One step, cue, safety note, caption or alt text. */
export const LineTextSchema = textOf(D.maxLineLength);
/** Kept for code that imported it: a line of text. */
export const TextSchema = LineTextSchema;

/**
 * A list of at most `max` items. The length is checked before any item, so a pasted 100 000-item list
 * is refused at once instead of blocking the page while every item is validated.
 */
export function listOf<const TItem extends v.GenericSchema>(item: TItem, max: number, message: string) {
  return v.pipe(
    v.custom<v.InferInput<TItem>[]>(
      (input) => !Array.isArray(input) || input.length <= max,
      `must have at most ${max} entries`,
    ),
    v.array(item, message),
    v.maxLength(max, `must have at most ${max} entries`),
  );
}

export const TextListSchema = listOf(
  LineTextSchema,
  D.maxListEntries,
  'must be a list of texts, such as ["mat"]',
);

/** Links and media follow the one rule for addresses (core/safe-url.ts): http(s) or relative. */
export { SAFE_URL_PATTERN } from '../core/safe-url.js';

export const UrlSchema = v.pipe(
  v.string('must be a web address'),
  // The length first: the pattern is linear, but a 50 MB address is refused without reading it.
  v.maxLength(D.maxUrlLength, `must be at most ${D.maxUrlLength} characters`),
  v.regex(SAFE_URL_PATTERN, 'must be an https:, http: or relative web address without spaces'),
);

const wholeNumber = (min: number, max: number, noun: string) =>
  v.pipe(
    v.number(`must be a whole number of ${min} or more`),
    v.finite(`must be a whole number of ${min} or more`),
    v.integer(`must be a whole number of ${min} or more`),
    v.minValue(min, `must be a whole number of ${min} or more`),
    v.maxValue(max, `must be at most ${max} ${noun}`),
  );

/** Seconds from `min` to `max`: a hold or timed work starts at 1 s, so "0 s" never runs as a step. */
const seconds = (min: number, max: number) =>
  v.pipe(
    v.number('must be a number of seconds'),
    v.finite('must be a number of seconds'),
    v.minValue(min, min === 1 ? 'must be at least 1 second' : `must be ${min} seconds or more`),
    v.maxValue(max, `must be at most ${max} seconds`),
  );

/** `n` or `{ "min": a, "max": b }` with a ≤ b, each bound following `bound`. */
function rangeOf<T extends v.GenericSchema<number, number>>(bound: T, hint: string) {
  return v.union(
    [
      bound,
      v.pipe(
        v.looseObject(
          {
            min: bound,
            max: bound,
          },
          `must be ${hint}, or a range such as {"min": 2, "max": 3}`,
        ),
        v.check((r) => Number(r.min) <= Number(r.max), '"min" must not be larger than "max"'),
      ),
    ],
    `must be ${hint}, or a range such as {"min": 2, "max": 3}`,
  );
}

export const SetsRangeSchema = rangeOf(wholeNumber(1, LIMITS.maxSets, 'sets'), 'a whole number of 1 or more');
export const RepsRangeSchema = rangeOf(
  wholeNumber(1, LIMITS.maxReps, 'repetitions'),
  'a whole number of 1 or more',
);
export const TimesRangeSchema = rangeOf(
  wholeNumber(1, D.maxTimesPerPeriod, 'times'),
  'a whole number of 1 or more',
);
export const HoldSecondsRangeSchema = rangeOf(
  seconds(D.minTimedSeconds, LIMITS.maxHoldSeconds),
  'a number of seconds',
);
export const WorkSecondsRangeSchema = rangeOf(
  seconds(D.minTimedSeconds, LIMITS.maxWorkSeconds),
  'a number of seconds',
);
export const RestSecondsRangeSchema = rangeOf(seconds(0, LIMITS.maxRestSeconds), 'a number of seconds');
/** Kept for code that imported it: the widest span of seconds a dosage field accepts. */
export const SecondsRangeSchema = WorkSecondsRangeSchema;
export const MinutesRangeSchema = rangeOf(
  v.pipe(
    v.number('must be a number of minutes'),
    v.finite('must be a number of minutes'),
    v.minValue(0, 'must be 0 minutes or more'),
    v.maxValue(D.maxDurationMinutes, `must be at most ${D.maxDurationMinutes} minutes`),
  ),
  'a number of minutes',
);
