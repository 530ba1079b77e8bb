/**
 * validateRoutine / validateRoutineLenient (see validate.ts): a routine document, including that every
 * `ref` names an exercise in `exercises`.
 */
import * as v from 'valibot';
import { RoutineSchema, type Routine } from './routine-schema.js';
import {
  formatPath,
  lenient,
  MAX_ERRORS,
  safely,
  toErrors,
  toProblem,
  type Check,
  type Problem,
  type ValidationError,
  type ValidationResult,
  withUnknownFields,
} from './validation-core.js';

function crossCheck(routine: Routine): Problem[] {
  const problems: Problem[] = [];
  const exercises = routine.exercises ?? {};
  for (const [key, exercise] of Object.entries(exercises)) {
    if (exercise.id !== key) {
      problems.push({
        keys: ['exercises', key, 'id'],
        missing: undefined,
        message: `must match its key "${key}"`,
      });
    }
  }
  routine.sections.forEach((section, s) =>
    section.items.forEach((item, i) => {
      if (item.ref !== undefined && !Object.hasOwn(exercises, item.ref)) {
        problems.push({
          keys: ['sections', s, 'items', i, 'ref'],
          missing: undefined,
          message: `names "${item.ref}", but "exercises" has no exercise with that id`,
        });
      }
    }),
  );
  return problems.slice(0, MAX_ERRORS);
}

const asErrors = (problems: readonly Problem[]): ValidationError[] =>
  problems.map((p) => ({ path: formatPath(p.keys), message: p.message }));

/** Validates a Routine document, including that every `ref` names an exercise in `exercises`. */
export function validateRoutine(input: unknown): ValidationResult<Routine> {
  return safely(() => {
    const result = v.safeParse(RoutineSchema, input);
    if (!result.success) return { ok: false, errors: toErrors(result.issues) };
    const problems = crossCheck(result.output);
    return problems.length ? { ok: false, errors: asErrors(problems) } : { ok: true, value: result.output };
  });
}

const routineProblems: Check<Routine> = (input) => {
  const result = v.safeParse(RoutineSchema, input);
  return result.success
    ? { problems: crossCheck(result.output), value: result.output }
    : { problems: result.issues.map(toProblem) };
};

/**
 * Validates a Routine document like `validateExerciseLenient`: an invalid optional field, exercise or
 * list item is left out and listed in `warnings`; a routine left without a title, or without any
 * section that has an exercise, is refused.
 */
export function validateRoutineLenient(input: unknown): ValidationResult<Routine> {
  return withUnknownFields(lenient(input, routineProblems, validateRoutine), input, 'routine');
}
