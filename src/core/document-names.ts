/**
 * Which document type is which. Every document has two shapes, and the names say which:
 *
 * - `ExerciseInput` / `RoutineInput`: what an author writes, in a JSON file or a script. Dosage as text
 *   (`"2-3 sets of 10-15 reps per side"`), translations as objects, optional fields left out. The
 *   elements' `exercise` / `routine` properties, `validateExercise` / `validateRoutine` and the SSR
 *   functions accept this shape.
 * - `ValidatedExercise` / `ValidatedRoutine`: what validation returns and what an element's `data`
 *   holds once loaded: dosage parsed into numbers, unknown fields kept, the rest checked. Use it for code
 *   that reads a document the library has already accepted.
 *
 * `Exercise` and `Routine` are the older names of the validated shapes and stay as they are.
 */
import type { Exercise } from '../data/exercise-schema.js';
import type { Routine } from '../data/routine-schema.js';

/** An exercise after validation: `validateExercise(json).value` when `ok`, and `<exercise-card>.data`. */
export type ValidatedExercise = Exercise;

/** A routine after validation: `validateRoutine(json).value` when `ok`, and `<routine-player>.data`. */
export type ValidatedRoutine = Routine;
