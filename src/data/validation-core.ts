/**
 * What both validators share (validate.ts for exercises, validate-routine.ts for routines): turning
 * valibot's issues into errors with paths an author can find, and lenient validation. The two are
 * separate modules so a page with only an exercise card never downloads the routine schema.
 */
import type * as v from 'valibot';
import { slugify } from '../core/slug.js';

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
export const MAX_ERRORS = 50;

export type PathKey = string | number;

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
export interface Problem {
  keys: PathKey[];
  missing: PathKey | undefined;
  message: string;
}

export function toProblem(issue: v.BaseIssue<unknown>): Problem {
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

export function toErrors(issues: readonly v.BaseIssue<unknown>[]): ValidationError[] {
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

export function safely<T>(run: () => ValidationResult<T>): ValidationResult<T> {
  try {
    return run();
  } catch {
    // Valibot does not throw on data, but a getter or Proxy in a host-built object can.
    return { ok: false, errors: [{ path: '', message: 'could not be read as JSON data' }] };
  }
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

/**
 * A document's problems; with none, also its validated value, so that a valid document (the usual
 * case) is parsed once rather than checked and then parsed again.
 */
export type Check<T> = (input: unknown) => { problems: Problem[]; value?: T };

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

export function lenient<T>(input: unknown, check: Check<T>, strict: (input: unknown) => ValidationResult<T>) {
  return safely((): ValidationResult<T> => {
    let current = input;
    const warnings: ValidationError[] = [];
    for (let round = 0; round <= MAX_LEFT_OUT; round++) {
      const { problems, value } = check(current);
      if (problems.length === 0) {
        const result: ValidationResult<T> = { ok: true, value: value as T };
        return warnings.length ? { ...result, warnings: warnings.reverse() } : result;
      }
      if (round === MAX_LEFT_OUT) break;
      const problem = problems[problems.length - 1]!;
      // Where the problem is: with a missing field, the object that needs it.
      let dropped: PathKey[] | undefined;
      for (let depth = problem.keys.length; depth >= 1; depth--) {
        const keys = problem.keys.slice(0, depth);
        const candidate = without(current, keys);
        if (candidate === current) continue;
        if (requiredThere(keys, check(candidate).problems)) continue;
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
export function withUnknownFields<T>(
  result: ValidationResult<T>,
  input: unknown,
  kind: keyof UnknownFieldFinders,
): ValidationResult<T> {
  const finders = unknownFields;
  if (!result.ok || !finders) return result;
  let found: ValidationError[];
  try {
    found = finders[kind](input);
  } catch {
    // A getter or Proxy in a host-built object: no suggestions, the document still loads.
    return result;
  }
  return found.length ? { ...result, warnings: [...(result.warnings ?? []), ...found] } : result;
}

/** A JSON object (not an array, not null). */
export const isJsonObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Lenient validation only (what the elements use): a document written by hand without an `id` gets one
 * made from its `from` field (an exercise's name, a routine's title; text in several languages uses
 * its first): "Glute bridge" → "glute-bridge", and a name with no Latin letters or digits its code
 * points ("桥式" → "u6865-u5f0f"). A warning says so at `path` + "id". So a card shows
 * `{"name": "Glute bridge"}` instead of refusing it; strict validation and the JSON Schema still ask
 * for an id. Never changes `doc` and never throws: answers a copy, or `doc` itself.
 */
export function withMadeUpId(doc: unknown, from: string, path: string, made: ValidationError[]): unknown {
  try {
    let text = isJsonObject(doc) && doc.id === undefined ? doc[from] : undefined;
    if (isJsonObject(text)) text = Object.values(text)[0];
    if (typeof text !== 'string' || !text.trim()) return doc;
    const id =
      slugify(text) ||
      [...text.trim()]
        .slice(0, 8)
        .map((c) => `u${c.codePointAt(0)!.toString(16)}`)
        .join('-');
    made.push({ path: `${path}id`, message: `missing: made "${id}" from the ${from}` });
    return { ...(doc as object), id };
  } catch {
    // A getter or Proxy in a host-built object: validation says what it can't read.
    return doc;
  }
}

/** `result` with the made-up ids' warnings first. */
export function withMadeUpIdWarnings<T>(
  result: ValidationResult<T>,
  made: ValidationError[],
): ValidationResult<T> {
  return result.ok && made.length ? { ...result, warnings: [...made, ...(result.warnings ?? [])] } : result;
}
