/**
 * validateExercise / validateExerciseLenient (see validate.ts). Its own module, apart from the routine
 * validators, so that a page with only an exercise card never downloads the routine schema.
 */
import * as v from 'valibot';
import { ExerciseSchema, type Exercise } from './exercise-schema.js';
import {
  lenient,
  safely,
  toErrors,
  toProblem,
  type Check,
  type ValidationError,
  type ValidationResult,
  withMadeUpId,
  withMadeUpIdWarnings,
  withUnknownFields,
} from './validation-core.js';

export { formatPath, formatValidationError } from './validation-core.js';
export type { ValidationError, ValidationResult } from './validation-core.js';

/** Validates an Exercise document; dosage text is parsed into a Dosage with the author's words kept. */
export function validateExercise(input: unknown): ValidationResult<Exercise> {
  return safely(() => {
    const result = v.safeParse(ExerciseSchema, input);
    return result.success
      ? { ok: true, value: result.output }
      : { ok: false, errors: toErrors(result.issues) };
  });
}

const exerciseProblems: Check<Exercise> = (input) => {
  const result = v.safeParse(ExerciseSchema, input);
  return result.success ? { problems: [], value: result.output } : { problems: result.issues.map(toProblem) };
};

/**
 * Validates an Exercise document, leaving out invalid optional parts (a `difficulty` we do not know, an
 * empty step) instead of refusing it; `warnings` lists each part left out with its path. A document
 * without a valid `name` is still refused; one without an `id` gets one made from its name (see
 * withMadeUpId).
 */
export function validateExerciseLenient(input: unknown): ValidationResult<Exercise> {
  const made: ValidationError[] = [];
  const doc = withMadeUpId(input, 'name', '', made);
  return withMadeUpIdWarnings(
    withUnknownFields(lenient(doc, exerciseProblems, validateExercise), input, 'exercise'),
    made,
  );
}
