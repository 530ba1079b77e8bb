/**
 * Places validation errors next to the form field they are about. An error's path names a place in
 * the document (`exercises.knee-wags.dosage`, `sections[0].items[2].exercise.name`); the form knows its
 * fields by section and item (`s0.i2.name`). Errors the form has no field for stay in `other`. No DOM.
 */
import type { RoutineInput } from '../data/routine-schema.js';
import { formatPath, type ValidationError } from '../data/validate.js';

export interface PlacedProblems {
  /** Field key (`title`, `s0.title`, `s0`, `s0.i1.dosage`, `s0.i1`) → messages. */
  byField: Map<string, string[]>;
  /** Errors about parts of the document the form shows no field for. */
  other: ValidationError[];
}

/** The key the form uses for a field of the exercise at section `s`, item `i`. */
export const itemKey = (s: number, i: number, field?: string): string =>
  field ? `s${s}.i${i}.${field}` : `s${s}.i${i}`;

/** `name`, `dosage.sets` → `dosage`, `steps[2]` → `steps`; empty for the thing itself. */
function firstField(rest: string): string {
  const match = /^\.?([A-Za-z_$][\w$-]*)/.exec(rest);
  return match ? match[1]! : '';
}

export function placeProblems(doc: RoutineInput, errors: readonly ValidationError[]): PlacedProblems {
  // Every prefix an exercise's errors can start with, and the form key it belongs to.
  const prefixes: [string, string][] = [];
  (doc.sections ?? []).forEach((section, s) =>
    (section.items ?? []).forEach((item, i) => {
      prefixes.push([`sections[${s}].items[${i}].exercise`, itemKey(s, i)]);
      if (item.ref !== undefined) prefixes.push([formatPath(['exercises', item.ref]), itemKey(s, i)]);
      prefixes.push([`sections[${s}].items[${i}]`, itemKey(s, i)]);
    }),
  );
  const byField = new Map<string, string[]>();
  const other: ValidationError[] = [];
  const put = (key: string, message: string) => byField.set(key, [...(byField.get(key) ?? []), message]);

  for (const error of errors) {
    const path = error.path;
    const exercise = prefixes.find(
      ([prefix]) => path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`),
    );
    if (exercise) {
      const field = firstField(path.slice(exercise[0].length));
      put(field ? `${exercise[1]}.${field}` : exercise[1], error.message);
      continue;
    }
    const section = /^sections\[(\d+)\](.*)$/.exec(path);
    if (section) {
      const field = firstField(section[2]!);
      put(
        field === 'title' || field === 'kind' ? `s${section[1]}.${field}` : `s${section[1]}`,
        error.message,
      );
      continue;
    }
    const top = firstField(path);
    if (top === 'title' || top === 'summary' || top === 'frequency') put(top, error.message);
    else other.push(error);
  }
  return { byField, other };
}
