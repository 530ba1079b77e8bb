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
  isJsonObject,
  withMadeUpId,
  withMadeUpIdWarnings,
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
 * section that has an exercise, is refused. Ids left out are made up (see withMadeUpIds).
 */
export function validateRoutineLenient(input: unknown): ValidationResult<Routine> {
  const made: ValidationError[] = [];
  const doc = withMadeUpIds(input, made);
  return withMadeUpIdWarnings(
    withUnknownFields(lenient(doc, routineProblems, validateRoutine), input, 'routine'),
    made,
  );
}

/**
 * A routine written by hand without ids: the routine's made from its title, an entry of `exercises`
 * given its key, an exercise written out in an item given one from its name (see withMadeUpId).
 * Answers a copy where something was made up, `input` itself otherwise; never throws.
 */
function withMadeUpIds(input: unknown, made: ValidationError[]): unknown {
  const routine = withMadeUpId(input, 'title', '', made);
  try {
    if (!isJsonObject(routine)) return routine;
    const out = { ...routine };
    const { exercises, sections } = routine;
    if (isJsonObject(exercises))
      out.exercises = Object.fromEntries(
        Object.entries(exercises).map(([key, exercise]) => {
          if (!isJsonObject(exercise) || exercise.id !== undefined) return [key, exercise];
          made.push({
            path: formatPath(['exercises', key, 'id']),
            message: `missing: made "${key}" from its key`,
          });
          return [key, { ...exercise, id: key }];
        }),
      );
    if (Array.isArray(sections))
      out.sections = sections.map((section: unknown, s) =>
        isJsonObject(section) && Array.isArray(section.items)
          ? {
              ...section,
              items: section.items.map((item: unknown, i) =>
                isJsonObject(item) && isJsonObject(item.exercise)
                  ? {
                      ...item,
                      exercise: withMadeUpId(
                        item.exercise,
                        'name',
                        `${formatPath(['sections', s, 'items', i, 'exercise'])}.`,
                        made,
                      ),
                    }
                  : item,
              ),
            }
          : section,
      );
    return made.length ? out : routine;
  } catch {
    // A getter or Proxy in a host-built object: validation says what it can't read.
    return routine;
  }
}
