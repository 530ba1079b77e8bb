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

const described = <const T extends v.GenericSchema>(schema: T, description: string) =>
  v.pipe(schema, v.description(description));

const SectionItemSchema = v.pipe(
  v.looseObject(
    {
      ref: v.optional(described(IdSchema, 'The id of an exercise in this document’s "exercises".')),
      exercise: v.optional(described(ExerciseSchema, 'The exercise, written out in place.')),
      dosage: v.optional(described(DosageSchema, 'Overrides the exercise’s own dosage here.')),
      notes: v.optional(described(SummaryTextSchema, 'A note for this exercise in this routine.')),
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
    id: v.optional(described(IdSchema, 'An id for the section, e.g. "warm-up".')),
    title: described(NameTextSchema, 'The section heading, e.g. "Warm-up".'),
    kind: described(
      v.picklist(SECTION_KINDS, 'must be "warm-up", "main", "cool-down" or "bonus"'),
      'warm-up, main, cool-down, or bonus (optional extras the reader may leave out).',
    ),
    summary: v.optional(described(SummaryTextSchema, 'What the section is for, in a sentence or two.')),
    items: described(
      v.pipe(
        listOf(SectionItemSchema, D.maxItemsPerSection, 'must be a list of exercises'),
        v.minLength(1, 'must list at least one exercise'),
      ),
      'The exercises of the section, in order.',
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
      id: described(IdSchema, 'The routine’s id; saved progress is kept under it.'),
      title: described(NameTextSchema, 'The routine’s title, shown as the heading.'),
      summary: v.optional(described(SummaryTextSchema, 'What the routine is for, in a sentence or two.')),
      frequency: v.optional(FrequencySchema),
      durationMinutes: v.optional(
        described(MinutesRangeSchema, 'How long the author says the routine takes, in minutes.'),
      ),
      restBetweenExercisesSeconds: v.optional(
        described(RestSecondsRangeSchema, 'Rest between two exercises, in seconds (default 15).'),
      ),
      sections: described(
        v.pipe(
          listOf(SectionSchema, D.maxSections, 'must be a list of sections'),
          v.minLength(1, 'must have at least one section'),
          v.check(
            (sections) =>
              sections.reduce((n, section) => n + section.items.length, 0) <= D.maxItemsPerRoutine,
            `must hold at most ${D.maxItemsPerRoutine} exercises in all`,
          ),
        ),
        'The parts of the session, in order: warm-up, main, cool-down, bonus.',
      ),
      exercises: v.optional(
        described(
          v.pipe(
            v.custom<Record<string, v.InferInput<typeof ExerciseSchema>>>(
              (input) =>
                typeof input !== 'object' ||
                input === null ||
                Object.keys(input).length <= D.maxExercisesInMap,
              `must hold at most ${D.maxExercisesInMap} exercises`,
            ),
            recordOf(
              IdSchema,
              ExerciseSchema,
              'must be an object that maps each exercise id to its exercise',
            ),
          ),
          'The exercises the items name by "ref", keyed by their id.',
        ),
      ),
      safety: v.optional(described(TextListSchema, 'Cautions for the whole routine, shown set apart.')),
      painAdvice: v.optional(
        described(
          SummaryTextSchema,
          'The clinic’s own advice and contact for a patient who feels pain, e.g. "Call us on 01234 567890 before your next session."; shown in the player’s "This hurts" dialog and its summary after a stop.',
        ),
      ),
      source: v.optional(described(SourceSchema, 'Where the routine comes from, for credit.')),
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
