/**
 * Dosage and frequency as authors may write them: a structured object, or the line they would write in a
 * post ("10–15 reps per side"). Text is parsed on load by the same parser `exercise-elements/core` exports,
 * and the author's words are kept in `text` for display. A line that states an amount out of limits
 * ("500 sets", "hold 0 sec") is refused with what it says, never run as a shorter or longer session.
 */
import * as v from 'valibot';
import type { Dosage, Frequency } from '../core/dosage-types.js';
import { DOCUMENT_LIMITS as D } from '../core/limits.js';
import { dosageTextReader } from './dosage-text-reader.js';
import {
  HoldSecondsRangeSchema,
  plainText,
  RepsRangeSchema,
  RestSecondsRangeSchema,
  SetsRangeSchema,
  TimesRangeSchema,
  WorkSecondsRangeSchema,
} from './schema-primitives.js';

const DosageTextSchema = plainText(D.maxDosageTextLength);

const DosageObjectSchema = v.looseObject(
  {
    sets: v.optional(SetsRangeSchema),
    reps: v.optional(RepsRangeSchema),
    holdSeconds: v.optional(HoldSecondsRangeSchema),
    durationSeconds: v.optional(WorkSecondsRangeSchema),
    restSeconds: v.optional(RestSecondsRangeSchema),
    side: v.optional(v.pipe(v.picklist(['each', 'alternating'], 'must be "each" or "alternating"'))),
    text: v.optional(DosageTextSchema),
  },
  'must be a dosage line such as "10–15 reps per side", or an object such as {"sets": 2, "reps": 10}',
);

const DosageLineSchema = v.pipe(
  v.string(),
  v.maxLength(D.maxDosageTextLength, `must be at most ${D.maxDosageTextLength} characters`),
);

/** A Dosage object, or a dosage line that is parsed on load (and refused when it states an amount out of limits). */
export const DosageSchema = v.pipe(
  v.union(
    [DosageLineSchema, DosageObjectSchema],
    'must be a dosage line such as "10–15 reps per side", or an object such as {"sets": 2, "reps": 10}',
  ),
  v.rawTransform(({ dataset, addIssue, NEVER }): Dosage => {
    if (typeof dataset.value !== 'string') return dataset.value as Dosage;
    // Plugged in by validate.ts, or loaded by the card first (see dosage-text-reader.ts).
    const reader = dosageTextReader();
    if (!reader) {
      addIssue({ message: 'could not be read: the dosage text parser is not loaded' });
      return NEVER;
    }
    const { dosage, problems } = reader.readDosage(dataset.value);
    for (const problem of problems) addIssue({ message: problem.message });
    return problems.length ? NEVER : dosage;
  }),
);

const FrequencyObjectSchema = v.looseObject(
  {
    times: TimesRangeSchema,
    per: v.pipe(v.picklist(['day', 'week'], 'must be "day" or "week"')),
    text: v.optional(plainText(D.maxDosageTextLength)),
  },
  'must be a line such as "3–4 times a week", or an object such as {"times": 3, "per": "week"}',
);

/**
 * A frequency the parser could not read keeps the author's words and nothing else. Validation gives that
 * shape for such a line, so it must accept it back: a validated routine validates again, unchanged.
 */
const FrequencyWordsSchema = v.looseObject({
  text: plainText(D.maxDosageTextLength),
  times: v.optional(v.never()),
  per: v.optional(v.never()),
});

/** A frequency the parser could not read keeps the author's words and nothing else. */
export type FrequencyValue = Frequency | { text: string };

export const FrequencySchema = v.pipe(
  v.union(
    [
      v.pipe(
        v.string(),
        v.maxLength(D.maxDosageTextLength, `must be at most ${D.maxDosageTextLength} characters`),
      ),
      FrequencyObjectSchema,
      FrequencyWordsSchema,
    ],
    'must be a line such as "3–4 times a week", or an object such as {"times": 3, "per": "week"}',
  ),
  v.transform((input): FrequencyValue =>
    typeof input === 'string'
      ? (dosageTextReader()?.parseFrequency(input) ?? { text: input.trim() })
      : (input as Frequency),
  ),
);
