/** The Routine document: sections of exercises, given inline or by id from its `exercises` map. */
import * as v from 'valibot';
import { DosageSchema, FrequencySchema } from './dosage-schema.js';
import { ExerciseSchema, SourceSchema } from './exercise-schema.js';
import {
  IdSchema,
  listOf,
  MinutesRangeSchema,
  recordOf,
  SecondsRangeSchema,
  TextListSchema,
  TextSchema,
} from './schema-primitives.js';

const SectionItemSchema = v.pipe(
  v.looseObject(
    {
      ref: v.optional(
        v.pipe(IdSchema, v.description('The id of an exercise in this document’s "exercises".')),
      ),
      exercise: v.optional(ExerciseSchema),
      dosage: v.optional(v.pipe(DosageSchema, v.description('Overrides the exercise’s own dosage here.'))),
      notes: v.optional(TextSchema),
    },
    'must be an object such as {"ref": "knee-wags"}',
  ),
  v.check(
    (item) => (item.ref === undefined) !== (item.exercise === undefined),
    'needs exactly one of "ref" (an id from "exercises") or "exercise" (written out in place)',
  ),
);

export const SECTION_KINDS = ['warm-up', 'main', 'cool-down', 'bonus'] as const;

const SectionSchema = v.looseObject(
  {
    id: v.optional(IdSchema),
    title: TextSchema,
    kind: v.picklist(SECTION_KINDS, 'must be "warm-up", "main", "cool-down" or "bonus"'),
    summary: v.optional(TextSchema),
    items: v.pipe(
      listOf(SectionItemSchema, 200, 'must be a list of exercises'),
      v.minLength(1, 'must list at least one exercise'),
    ),
  },
  'must be an object such as {"title": "Warm-up", "kind": "warm-up", "items": […]}',
);

export const RoutineSchema = v.looseObject(
  {
    id: IdSchema,
    title: TextSchema,
    summary: v.optional(TextSchema),
    frequency: v.optional(FrequencySchema),
    durationMinutes: v.optional(
      v.pipe(MinutesRangeSchema, v.description('How long the author says the routine takes.')),
    ),
    restBetweenExercisesSeconds: v.optional(SecondsRangeSchema),
    sections: v.pipe(
      listOf(SectionSchema, 50, 'must be a list of sections'),
      v.minLength(1, 'must have at least one section'),
    ),
    exercises: v.optional(
      recordOf(IdSchema, ExerciseSchema, 'must be an object that maps each exercise id to its exercise'),
    ),
    safety: v.optional(TextListSchema),
    painAdvice: v.optional(
      v.pipe(
        TextSchema,
        v.description(
          'The clinic’s own advice and contact for a patient who feels pain, e.g. "Call us on 01234 567890 before your next session."; shown in the player’s "This hurts" dialog and its summary after a stop.',
        ),
      ),
    ),
    source: v.optional(SourceSchema),
  },
  'must be a JSON object with at least "id", "title" and "sections"',
);

export type RoutineInput = v.InferInput<typeof RoutineSchema>;
/** A validated routine: dosage and frequency text are parsed, unknown fields are kept. */
export type Routine = v.InferOutput<typeof RoutineSchema>;
export type RoutineSection = Routine['sections'][number];
export type RoutineItem = RoutineSection['items'][number];
export type SectionKind = (typeof SECTION_KINDS)[number];
