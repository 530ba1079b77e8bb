/**
 * validateExercise / validateRoutine: the one door every document passes through before an element
 * renders it. They never throw (whatever arrives: null, a cyclic object, 1e308, a 50 MB array) and they
 * answer with messages a blogger can act on, each tied to a path such as `sections[1].items[0].dosage.sets`.
 *
 * This module gathers both, and plugs the dosage text parser in before validating (see
 * dosage-text-reader.ts). The elements import validate-exercise.ts or validate-routine.ts alone and load
 * the parser only for data with a dosage written as text, so a card's page carries neither the routine
 * schema nor, for structured dosage, the parser.
 */
import { plugInDosageTextReader } from './plug-dosage-text-reader.js';
import * as exercise from './validate-exercise.js';
import * as routine from './validate-routine.js';
import type { Exercise } from './exercise-schema.js';
import type { Routine } from './routine-schema.js';
import type { ValidationResult } from './validation-core.js';

export { formatPath, formatValidationError } from './validation-core.js';
export type { ValidationError, ValidationResult } from './validation-core.js';

/** Validates an Exercise document; dosage text is parsed into a Dosage with the author's words kept. */
export function validateExercise(input: unknown): ValidationResult<Exercise> {
  plugInDosageTextReader();
  return exercise.validateExercise(input);
}

/**
 * Validates an Exercise document, leaving out invalid optional parts (a `difficulty` we do not know, an
 * empty step) instead of refusing it; `warnings` lists each part left out with its path, and each
 * unknown field that looks like one of ours ("instructions": did you mean "steps"?). A document
 * without a valid `id` or `name` is still refused.
 */
export function validateExerciseLenient(input: unknown): ValidationResult<Exercise> {
  plugInDosageTextReader();
  return exercise.validateExerciseLenient(input);
}

/** Validates a Routine document, including that every `ref` names an exercise in `exercises`. */
export function validateRoutine(input: unknown): ValidationResult<Routine> {
  plugInDosageTextReader();
  return routine.validateRoutine(input);
}

/**
 * Validates a Routine document like `validateExerciseLenient`: an invalid optional field, exercise or
 * list item is left out and listed in `warnings`; a routine left without a title, or without any
 * section that has an exercise, is refused.
 */
export function validateRoutineLenient(input: unknown): ValidationResult<Routine> {
  plugInDosageTextReader();
  return routine.validateRoutineLenient(input);
}
