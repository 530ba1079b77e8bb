/**
 * The published JSON Schemas (draft 2020-12), generated from the same Valibot definitions that validate
 * at runtime, so the editor hints an author sees can't drift from what the elements accept.
 * Refinements that JSON Schema can't state (min ≤ max, one video source, refs that resolve) are
 * checked only at runtime.
 */
import { toJsonSchema } from '@valibot/to-json-schema';
import { ExerciseSchema } from './exercise-schema.js';
import { RoutineSchema } from './routine-schema.js';

const BASE = 'https://unpkg.com/exercise-elements/schema/';

export function buildJsonSchemas(): Record<string, object> {
  const options = { target: 'draft-2020-12', errorMode: 'ignore' } as const;
  const header = (file: string, title: string, description: string) => ({
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${BASE}${file}`,
    title,
    description,
  });
  return {
    'exercise.schema.json': {
      ...header(
        'exercise.schema.json',
        'Exercise',
        'One exercise for exercise-elements: <exercise-card>, <rep-counter> and <routine-player>.',
      ),
      ...toJsonSchema(ExerciseSchema, options),
    },
    'routine.schema.json': {
      ...header(
        'routine.schema.json',
        'Routine',
        'A routine of exercises in sections, for <routine-player>.',
      ),
      ...toJsonSchema(RoutineSchema, { ...options, definitions: { Exercise: ExerciseSchema } }),
    },
  };
}
