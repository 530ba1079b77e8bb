/**
 * Small building blocks shared by the exercise and routine schemas. Every message is written for the
 * blogger who typed the JSON: it says what the value must be, never how the validator works.
 */
import * as v from 'valibot';
import { DOSAGE_LIMITS } from '../core/parse-dosage.js';

/** Letters, digits, `-` and `_`; usable in a URL fragment (`src="routine.json#knee-wags"`). */
export const IdSchema = v.pipe(
  v.string('must be text, such as "knee-wags"'),
  v.regex(
    /^[A-Za-z0-9][A-Za-z0-9_-]{0,99}$/,
    'must use only letters, digits, "-" and "_", such as "knee-wags"',
  ),
  v.description('A short identifier: letters, digits, "-" and "_".'),
);

const LocaleKeySchema = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/, 'must be keyed by language codes such as "en" or "pt-BR"'),
);

const NonEmptyString = v.pipe(v.string('must be text'), v.trim(), v.nonEmpty('must not be empty'));

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

/** Plain text, or a map from BCP-47 language code to text: `"Bridge"` or `{ "en": "Bridge", "es": "Puente" }`. */
export const TextSchema = v.pipe(
  v.union(
    [
      NonEmptyString,
      v.pipe(
        recordOf(LocaleKeySchema, NonEmptyString, 'must be text'),
        v.check((map) => Object.keys(map).length > 0, 'must hold text for at least one language'),
      ),
    ],
    'must be text, or a map from language code to text such as {"en": "Bridge"}',
  ),
  v.description('Text, or a map from BCP-47 language code to text.'),
);

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

export const TextListSchema = listOf(TextSchema, 100, 'must be a list of texts, such as ["mat"]');

/**
 * Links and media may only be http(s) or relative: a `javascript:` or `data:` URL in an author's JSON
 * must never reach an `href` or `src`. Whitespace and control characters are refused outright because
 * browsers strip some of them (`java\tscript:`) before reading the scheme; bidirectional controls are
 * refused because they make a printed address read differently from where it goes (`\u202Egpj.exe`).
 */
export const SAFE_URL_PATTERN =
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  /^(?:https?:|(?![A-Za-z][A-Za-z0-9+.-]*:))[^\u0000-\u0020\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]+$/;

export const UrlSchema = v.pipe(
  v.string('must be a web address'),
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

const seconds = (max: number) =>
  v.pipe(
    v.number('must be a number of seconds'),
    v.finite('must be a number of seconds'),
    v.minValue(0, 'must be 0 seconds or more'),
    v.maxValue(max, `must be at most ${max} seconds`),
  );

/** `n` or `{ "min": a, "max": b }` with a ≤ b, each bound following `bound`. */
function rangeOf<T extends v.GenericSchema<number, number>>(bound: T, hint: string) {
  return v.union(
    [
      bound,
      v.pipe(
        v.looseObject({ min: bound, max: bound }, `must be ${hint}, or a range such as {"min": 2, "max": 3}`),
        v.check((r) => Number(r.min) <= Number(r.max), '"min" must not be larger than "max"'),
      ),
    ],
    `must be ${hint}, or a range such as {"min": 2, "max": 3}`,
  );
}

export const SetsRangeSchema = rangeOf(
  wholeNumber(1, DOSAGE_LIMITS.sets, 'sets'),
  'a whole number of 1 or more',
);
export const RepsRangeSchema = rangeOf(
  wholeNumber(1, DOSAGE_LIMITS.reps, 'repetitions'),
  'a whole number of 1 or more',
);
export const TimesRangeSchema = rangeOf(wholeNumber(1, 100, 'times'), 'a whole number of 1 or more');
export const SecondsRangeSchema = rangeOf(seconds(DOSAGE_LIMITS.seconds), 'a number of seconds');
export const MinutesRangeSchema = rangeOf(
  v.pipe(
    v.number('must be a number of minutes'),
    v.finite('must be a number of minutes'),
    v.minValue(0, 'must be 0 minutes or more'),
    v.maxValue(1440, 'must be at most 1440 minutes'),
  ),
  'a number of minutes',
);
