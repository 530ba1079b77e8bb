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
  /**
   * For warnings an interface words itself: `unknown-field` (a field we don't know that looks like
   * one we do), with `params.field` and `params.suggestion`.
   */
  code?: 'unknown-field';
  params?: Readonly<Record<string, string>>;
}

/**
 * `warnings` (lenient validation only): what was left out of an otherwise usable document, each with the
 * path of the part dropped and why.
 */
export type ValidationResult<T> =
  { ok: true; value: T; warnings?: ValidationError[] } | { ok: false; errors: ValidationError[] };

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

/** An issue as keys from the document's root: `missing` names a required field that is absent. */
interface Problem {
  keys: PathKey[];
  missing: PathKey | undefined;
  message: string;
}

function toProblem(issue: v.BaseIssue<unknown>): Problem {
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
  return { keys, missing, message: missing === undefined ? issue.message : `needs "${missing}"` };
}

function toErrors(issues: readonly v.BaseIssue<unknown>[]): ValidationError[] {
  const errors: ValidationError[] = [];
  const seen = new Set<string>();
  for (const issue of issues) {
    const { keys, message } = toProblem(issue);
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

// ---- lenient validation -------------------------------------------------------------------------
//
// Real data is rarely perfect: one record in fifteen of a public exercise database has a level we do not
// know or an empty step. Refusing the whole card for that hides everything the author got right. The
// lenient validators leave out the smallest part that makes a problem go away (the field itself, or the
// list item it sits in, or that item's parent, and so on up) and validate again. A part may be left out
// only when that does not raise a new problem where it was: a required field reappears as "needs …" at
// its parent, a list that must not be empty or an object with a rule over its fields ("exactly one of
// src, youtube or vimeo") complains about the parent itself. The document's root is never left out, so a
// missing name or id still refuses the document, with the strict validator's messages.
//
// Problems are handled from the last one in the document to the first: leaving out a list item then
// never shifts the index of a problem still to come, and every path in a warning is a path in the
// author's own document.

/** A document with more problems than this is not "partly" right; it is refused. */
const MAX_LEFT_OUT = 50;

type Check = (input: unknown) => Problem[];

const isRecord = (value: unknown): value is Record<PathKey, unknown> =>
  typeof value === 'object' && value !== null;

/** A copy of `root` without the value at `keys` (copying only the containers on the way there). */
function without(root: unknown, keys: readonly PathKey[]): unknown {
  if (keys.length === 0 || !isRecord(root)) return root;
  const [key, ...rest] = keys as [PathKey, ...PathKey[]];
  if (Array.isArray(root)) {
    const copy = root.slice();
    if (typeof key !== 'number' || key >= copy.length) return root;
    if (rest.length) copy[key] = without(copy[key], rest);
    else copy.splice(key, 1);
    return copy;
  }
  const copy: Record<PathKey, unknown> = { ...root };
  if (!Object.hasOwn(copy, key)) return root;
  if (rest.length) copy[key] = without(copy[key], rest);
  else delete copy[key];
  return copy;
}

const startsWith = (keys: readonly PathKey[], prefix: readonly PathKey[]) =>
  prefix.length <= keys.length && prefix.every((key, i) => keys[i] === key);

const sameKeys = (a: readonly PathKey[], b: readonly PathKey[]) => a.length === b.length && startsWith(a, b);

/** Whether leaving out `keys` raised a problem of its own: the part was required where it was. */
function requiredThere(keys: readonly PathKey[], problems: readonly Problem[]): boolean {
  const parent = keys.slice(0, -1);
  const key = keys[keys.length - 1];
  return problems.some(
    (p) =>
      (p.missing === key && sameKeys(p.keys, parent)) ||
      (p.missing === undefined && sameKeys(p.keys, parent)),
  );
}

function lenient<T>(input: unknown, check: Check, strict: (input: unknown) => ValidationResult<T>) {
  return safely((): ValidationResult<T> => {
    let current = input;
    const warnings: ValidationError[] = [];
    for (let round = 0; round <= MAX_LEFT_OUT; round++) {
      const problems = check(current);
      if (problems.length === 0) {
        const result = strict(current);
        return result.ok && warnings.length ? { ...result, warnings: warnings.reverse() } : result;
      }
      if (round === MAX_LEFT_OUT) break;
      const problem = problems[problems.length - 1]!;
      // Where the problem is: with a missing field, the object that needs it.
      let dropped: PathKey[] | undefined;
      for (let depth = problem.keys.length; depth >= 1; depth--) {
        const keys = problem.keys.slice(0, depth);
        const candidate = without(current, keys);
        if (candidate === current) continue;
        if (requiredThere(keys, check(candidate))) continue;
        current = candidate;
        dropped = keys;
        break;
      }
      if (!dropped) break;
      const inner = problem.keys.slice(dropped.length);
      const what = inner.length ? `${formatPath(inner)} ${problem.message}` : problem.message;
      warnings.push({ path: formatPath(dropped), message: `left out: ${what}` });
    }
    // Nothing can be left out to mend it (a required field): the strict answer, with every problem.
    return strict(input);
  });
}

const exerciseProblems: Check = (input) => {
  const result = v.safeParse(ExerciseSchema, input);
  return result.success ? [] : result.issues.map(toProblem);
};

const routineProblems: Check = (input) => {
  const result = v.safeParse(RoutineSchema, input);
  return result.success ? crossCheck(result.output) : result.issues.map(toProblem);
};

/**
 * Validates an Exercise document, leaving out invalid optional parts (a `difficulty` we do not know, an
 * empty step) instead of refusing it; `warnings` lists each part left out with its path, and each
 * unknown field that looks like one of ours ("instructions": did you mean "steps"?). A document
 * without a valid `id` or `name` is still refused.
 */
export function validateExerciseLenient(input: unknown): ValidationResult<Exercise> {
  return withUnknownFields(lenient(input, exerciseProblems, validateExercise), input, 'exercise');
}

/** Finds the fields of a document we don't know that look like ones we do. */
export interface UnknownFieldFinders {
  exercise(input: unknown): ValidationError[];
  routine(input: unknown): ValidationError[];
}

/**
 * Set by data/unknown-fields.ts when it loads: through `exercise-elements/core` and the package's
 * root entry (the editor, the playground, a CMS plugin), never through the drop-in file or an element
 * entry alone, whose size budget it would cost. Readers never see these warnings anyway.
 */
let unknownFields: UnknownFieldFinders | undefined;

/** @internal Turns on the "did you mean" warnings of the lenient validators. */
export function useUnknownFieldWarnings(finders: UnknownFieldFinders): void {
  unknownFields = finders;
}

/**
 * Adds a warning for each field we don't know that looks like one we do ("instructions" → "steps"):
 * kept, as every unknown field is, but most likely a mistake the author wants to hear about.
 */
function withUnknownFields<T>(
  result: ValidationResult<T>,
  input: unknown,
  kind: keyof UnknownFieldFinders,
): ValidationResult<T> {
  const finders = unknownFields;
  if (!result.ok || !finders) return result;
  const find = (doc: unknown) => finders[kind](doc);
  let found: ValidationError[];
  try {
    found = find(input);
  } catch {
    // A getter or Proxy in a host-built object: no suggestions, the document still loads.
    return result;
  }
  return found.length ? { ...result, warnings: [...(result.warnings ?? []), ...found] } : result;
}

/**
 * Validates a Routine document like `validateExerciseLenient`: an invalid optional field, exercise or
 * list item is left out and listed in `warnings`; a routine left without a title, or without any
 * section that has an exercise, is refused.
 */
export function validateRoutineLenient(input: unknown): ValidationResult<Routine> {
  return withUnknownFields(lenient(input, routineProblems, validateRoutine), input, 'routine');
}
