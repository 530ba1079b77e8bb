/** The Routine document: sections of exercises, given inline or by id from its `exercises` map. */
import * as v from 'valibot';
import { DOCUMENT_LIMITS as D } from '../core/limits.js';
import { estimateDuration } from '../core/routine-timeline.js';
import { DosageSchema, FrequencySchema } from './dosage-schema.js';
import { ExerciseSchema, SourceSchema } from './exercise-schema.js';
import {
  IdSchema,
  listOf,
  MinutesRangeSchema,
  NameTextSchema,
  recordOf,
  RestSecondsRangeSchema,
  SummaryTextSchema,
  TextListSchema,
} from './schema-primitives.js';

const SectionItemSchema = v.pipe(
  v.looseObject(
    {
      ref: v.optional(IdSchema),
      exercise: v.optional(ExerciseSchema),
      dosage: v.optional(DosageSchema),
      notes: v.optional(SummaryTextSchema),
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
    title: NameTextSchema,
    kind: v.picklist(SECTION_KINDS, 'must be "warm-up", "main", "cool-down" or "bonus"'),
    summary: v.optional(SummaryTextSchema),
    items: v.pipe(
      listOf(SectionItemSchema, D.maxItemsPerSection, 'must be a list of exercises'),
      v.minLength(1, 'must list at least one exercise'),
    ),
  },
  'must be an object such as {"title": "Warm-up", "kind": "warm-up", "items": […]}',
);

/** "5 hours 20 minutes": the estimate in a message, in whole minutes. */
function hoursAndMinutes(seconds: number): string {
  const minutes = Math.round(seconds / 60);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  const part = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'}`;
  return h === 0 ? part(m, 'minute') : m === 0 ? part(h, 'hour') : `${part(h, 'hour')} ${part(m, 'minute')}`;
}

export const RoutineSchema = v.pipe(
  v.looseObject(
    {
      id: IdSchema,
      title: NameTextSchema,
      summary: v.optional(SummaryTextSchema),
      frequency: v.optional(FrequencySchema),
      durationMinutes: v.optional(MinutesRangeSchema),
      restBetweenExercisesSeconds: v.optional(RestSecondsRangeSchema),
      defaultDosage: v.optional(DosageSchema),
      sections: v.pipe(
        listOf(SectionSchema, D.maxSections, 'must be a list of sections'),
        v.minLength(1, 'must have at least one section'),
        v.check(
          (sections) => sections.reduce((n, section) => n + section.items.length, 0) <= D.maxItemsPerRoutine,
          `must hold at most ${D.maxItemsPerRoutine} exercises in all`,
        ),
      ),
      exercises: v.optional(
        v.pipe(
          v.custom<Record<string, v.InferInput<typeof ExerciseSchema>>>(
            (input) =>
              typeof input !== 'object' || input === null || Object.keys(input).length <= D.maxExercisesInMap,
            `must hold at most ${D.maxExercisesInMap} exercises`,
          ),
          recordOf(IdSchema, ExerciseSchema, 'must be an object that maps each exercise id to its exercise'),
        ),
      ),
      safety: v.optional(TextListSchema),
      painAdvice: v.optional(SummaryTextSchema),
      source: v.optional(SourceSchema),
    },
    'must be a JSON object with at least "id", "title" and "sections"',
  ),
  // The estimate is computed per exercise (sets × time per set), never by building the timeline, so
  // this check costs time in proportion to the document; the slowest pace is the one that must fit.
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const seconds = estimateDuration(dataset.value, { pace: 'max' });
    if (seconds <= D.maxSessionMinutes * 60) return;
    addIssue({
      message:
        `would take about ${hoursAndMinutes(seconds)}, longer than the ${D.maxSessionMinutes / 60} hours ` +
        'a session may last: split it into shorter routines',
    });
  }),
);

export type RoutineInput = v.InferInput<typeof RoutineSchema>;
/** A validated routine: dosage and frequency text are parsed, unknown fields are kept. */
export type Routine = v.InferOutput<typeof RoutineSchema>;
export type RoutineSection = Routine['sections'][number];
export type RoutineItem = RoutineSection['items'][number];
export type SectionKind = (typeof SECTION_KINDS)[number];
