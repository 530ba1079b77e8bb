// Turns on the lenient validators' "did you mean" warnings for fields that look like ours.
import './unknown-fields.js';

export * from './validate.js';
export * from './resolve-routine.js';
export type {
  Exercise,
  ExerciseInput,
  ExerciseImage,
  ExerciseVideo,
  Source,
  Variation,
} from './exercise-schema.js';
export type { Routine, RoutineInput, RoutineItem, RoutineSection, SectionKind } from './routine-schema.js';
export type { FrequencyValue } from './dosage-schema.js';
export { SECTION_KINDS } from './routine-schema.js';
