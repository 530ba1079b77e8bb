/**
 * validateExercise / validateRoutine: the one door every document passes through before an element
 * renders it. They never throw (whatever arrives: null, a cyclic object, 1e308, a 50 MB array) and they
 * answer with messages a blogger can act on, each tied to a path such as `sections[1].items[0].dosage.sets`.
 */
import * as v from 'valibot';
import { ExerciseSchema, type Exercise } from './exercise-schema.js';
import { RoutineSchema, type Routine } from './routine-schema.js';

export interface ValidationError {
  /** Where the problem is, e.g. `sections[1].items[0].dosage.sets`; empty for the document itself. */
  path: string;
  /** What the value must be, in plain words. */
  message: string;
}

export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: ValidationError[] };

/** More than this many errors help nobody; the first few are what an author fixes first. */
const MAX_ERRORS = 50;

type PathKey = string | number;

export function formatPath(keys: readonly PathKey[]): string {
  let out = '';
  for (const key of keys) {
    if (typeof key === 'number') out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$-]*$/.test(key)) out += out ? `.${key}` : key;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}

/** `sections[1].items[0].dosage.sets: must be a whole number of 1 or more` */
export function formatValidationError(error: ValidationError): string {
  return `${error.path || 'document'}: ${error.message}`;
}

function toErrors(issues: readonly v.BaseIssue<unknown>[]): ValidationError[] {
  const errors: ValidationError[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const keys: PathKey[] = [];
    let missing: PathKey | undefined;
    for (const item of issue.path ?? []) {
      const key = item.key;
      if (typeof key !== 'string' && typeof key !== 'number') continue;
      // A missing field has no place in the input: point at its parent and name the field instead,
      // so every path an author is shown exists in their document.
      if (item.value === undefined && item.type === 'object') missing = key;
      else keys.push(key);
    }
    const message = missing === undefined ? issue.message : `needs "${missing}"`;
    const error = { path: formatPath(keys), message };
    const id = `${error.path}\u0000${error.message}`;
    if (seen.has(id)) continue;
    seen.add(id);
    errors.push(error);
    if (errors.length >= MAX_ERRORS) break;
  }
  return errors;
}

function safely<T>(run: () => ValidationResult<T>): ValidationResult<T> {
  try {
    return run();
  } catch {
    // Valibot does not throw on data, but a getter or Proxy in a host-built object can.
    return { ok: false, errors: [{ path: '', message: 'could not be read as JSON data' }] };
  }
}

/** Validates an Exercise document; dosage text is parsed into a Dosage with the author's words kept. */
export function validateExercise(input: unknown): ValidationResult<Exercise> {
  return safely(() => {
    const result = v.safeParse(ExerciseSchema, input);
    return result.success
      ? { ok: true, value: result.output }
      : { ok: false, errors: toErrors(result.issues) };
  });
}

function crossCheck(routine: Routine): ValidationError[] {
  const errors: ValidationError[] = [];
  const exercises = routine.exercises ?? {};
  for (const [key, exercise] of Object.entries(exercises)) {
    if (exercise.id !== key) {
      errors.push({ path: formatPath(['exercises', key, 'id']), message: `must match its key "${key}"` });
    }
  }
  routine.sections.forEach((section, s) =>
    section.items.forEach((item, i) => {
      if (item.ref !== undefined && !Object.hasOwn(exercises, item.ref)) {
        errors.push({
          path: formatPath(['sections', s, 'items', i, 'ref']),
          message: `names "${item.ref}", but "exercises" has no exercise with that id`,
        });
      }
    }),
  );
  return errors.slice(0, MAX_ERRORS);
}

/** Validates a Routine document, including that every `ref` names an exercise in `exercises`. */
export function validateRoutine(input: unknown): ValidationResult<Routine> {
  return safely(() => {
    const result = v.safeParse(RoutineSchema, input);
    if (!result.success) return { ok: false, errors: toErrors(result.issues) };
    const errors = crossCheck(result.output);
    return errors.length ? { ok: false, errors } : { ok: true, value: result.output };
  });
}
