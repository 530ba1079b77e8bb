/**
 * Turns the drafts into the routine document: ids for exercises that have none (from their names),
 * `ref`s for exercises defined once and used again, summaries from their paragraph lines, and the
 * `JSON` lines applied last. Then the document is validated, and each problem is reported at the
 * line it came from.
 */
import { parseDosage } from '../parse-dosage.js';
import { formatPath, validateRoutine, type ValidationError } from '../../data/validate.js';
import type { RoutineInput } from '../../data/routine-schema.js';
import { clip } from './diagnostics.js';
import { setOwn, type Draft, type ExerciseDraft, type Json, type Position, type ReadState } from './state.js';
import { slugify } from './values.js';

export function assemble(state: ReadState): RoutineInput {
  const positions = new Map<string, Position>();
  const routine = finishDraft(state.routine, positions, '');
  if (routine.title === undefined && !state.titleSeen) {
    state.diagnostics.add(1, 1, 'warning', 'no-title');
  }
  // A made-up title gives the same id in every language, so a routine resumed after a reload in
  // another language is still the same routine.
  if (routine.title === undefined) {
    routine.title = state.titles.untitledRoutine;
    routine.id ??= 'untitled-routine';
  }
  if (routine.id === undefined) routine.id = slugify(String(routine.title)) || 'routine';

  const exercises = defineExercises(state);
  const sections = state.sections.map((section, s) => {
    const path = formatPath(['sections', s]);
    const out = finishDraft(section, positions, path);
    out.items = section.items.map((exercise, i) => {
      const itemPath = formatPath(['sections', s, 'items', i]);
      const item = finishDraft(exercise.item, positions, itemPath);
      const id = exercises.ids.get(exercise);
      if (exercise.inline)
        setOwn(item, 'exercise', buildExercise(exercise, positions, `${itemPath}.exercise`));
      else if (id !== undefined) setOwn(item, 'ref', id);
      return applyJson(item, exercise.item.json);
    });
    if (section.heading === undefined) positions.set(path, section.position);
    return applyJson(out, section.json);
  });
  if (sections.length > 0 || !Object.hasOwn(state.routine.json, 'sections')) routine.sections = sections;
  if (exercises.map.size > 0) {
    const map: Json = {};
    for (const [id, draft] of exercises.map) {
      setOwn(map, id, buildExercise(draft, positions, formatPath(['exercises', id])));
    }
    routine.exercises = map;
  }
  const result = applyJson(routine, state.routine.json) as RoutineInput;
  reportValidation(state, result, positions);
  return result;
}

/**
 * Ids and definitions. An explicit `{#id}` is reserved first, so a name-made id never takes it. A
 * heading that only names an exercise already defined (no lines of its own) is a `ref` to it.
 */
function defineExercises(state: ReadState) {
  const ids = new Map<ExerciseDraft, string>();
  const map = new Map<string, ExerciseDraft>();
  const definers = new Map<string, ExerciseDraft>();
  for (const draft of state.allExercises) {
    const id = draft.heading.attributes.id;
    if (draft.inline || id === undefined) continue;
    const current = definers.get(id);
    if (!current || (!current.described && draft.described)) definers.set(id, draft);
  }
  const taken = new Set(definers.keys());
  const fresh = (base: string) => {
    let id = base;
    for (let n = 2; taken.has(id) || map.has(id); n++) id = `${base.slice(0, 90)}-${n}`;
    taken.add(id);
    return id;
  };
  for (const draft of state.allExercises) {
    if (draft.inline) {
      if (draft.heading.attributes.id !== undefined) setOwn(draft.fields, 'id', draft.heading.attributes.id);
      else setOwn(draft.fields, 'id', slugify(nameOf(draft)) || 'exercise');
      continue;
    }
    const explicit = draft.heading.attributes.id;
    let id: string;
    if (explicit !== undefined) {
      if (definers.get(explicit) === draft) {
        id = explicit;
        map.set(id, draft);
      } else if (!draft.described) {
        id = explicit;
      } else {
        id = fresh(explicit);
        map.set(id, draft);
        report(state, draft, 'id-taken', { id: explicit, newId: id });
      }
    } else {
      const base = slugify(nameOf(draft)) || 'exercise';
      if ((map.has(base) || definers.has(base)) && !draft.described) {
        id = base;
      } else if (map.has(base) || definers.has(base)) {
        id = fresh(base);
        map.set(id, draft);
        report(state, draft, 'name-id-taken', { id: base, newId: id }, 'info');
      } else {
        id = base;
        taken.add(id);
        map.set(id, draft);
      }
    }
    setOwn(draft.fields, 'id', id);
    ids.set(draft, id);
  }
  return { ids, map };
}

function nameOf(draft: ExerciseDraft): string {
  const name = draft.fields.name;
  return typeof name === 'string' ? name : '';
}

function report(
  state: ReadState,
  draft: ExerciseDraft,
  code: 'id-taken' | 'name-id-taken',
  params: { id: string; newId: string },
  severity: 'warning' | 'info' = 'warning',
) {
  state.diagnostics.add(draft.heading.line, draft.heading.column, severity, code, {
    text: clip(draft.heading.text),
    ...params,
  });
}

function buildExercise(draft: ExerciseDraft, positions: Map<string, Position>, path: string): Json {
  const exercise = finishDraft(draft, positions, path);
  const dosage = buildDosage(draft);
  if (dosage !== undefined) setOwn(exercise, 'dosage', dosage);
  return applyJson(exercise, draft.json);
}

/** The author's words as they are, or, with lines such as "Hold: 3–5 s", an object from both. */
function buildDosage(draft: ExerciseDraft): unknown {
  const words = draft.dosageWords?.text;
  const fields = Object.entries(draft.dosageFields);
  if (fields.length === 0) return words;
  const dosage: Json = words === undefined ? {} : { ...parseDosage(words) };
  for (const [key, value] of fields) {
    if (value === null) delete dosage[key];
    else setOwn(dosage, key, value);
  }
  return dosage;
}

/** A draft's own fields and its summary paragraph, with its positions recorded under `path`. */
function finishDraft(draft: Draft, positions: Map<string, Position>, path: string): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(draft.fields)) setOwn(out, key, value);
  if (draft.summaryLines.length > 0) setOwn(out, 'summary', draft.summaryLines.join(' '));
  positions.set(path, draft.position);
  for (const [key, at] of draft.fieldPositions) positions.set(path ? `${path}.${key}` : key, at);
  return out;
}

function applyJson(target: Json, json: Json): Json {
  for (const [key, value] of Object.entries(json)) setOwn(target, key, value);
  return target;
}

/** Validation problems, each at the line of the nearest thing the author wrote. */
function reportValidation(state: ReadState, routine: RoutineInput, positions: Map<string, Position>): void {
  const result = validateRoutine(routine);
  if (result.ok) return;
  for (const error of result.errors) {
    const at = nearest(error, positions);
    // The field the problem is about (`title`, or `sets` in `sections[0].items[1].dosage.sets`).
    const key = /([A-Za-z$_][\w$-]*)(?:\[\d+\])*$/.exec(error.path)?.[1] ?? '';
    const missing = /^needs "(.*)"$/.exec(error.message)?.[1];
    if (missing !== undefined)
      state.diagnostics.add(at.line, at.column, 'error', 'missing-field', {
        path: error.path,
        key,
        field: missing,
      });
    else
      state.diagnostics.add(at.line, at.column, 'error', 'invalid-value', {
        path: error.path,
        key,
        detail: error.message,
      });
  }
}

function nearest(error: ValidationError, positions: Map<string, Position>): Position {
  let path = error.path;
  for (;;) {
    const at = positions.get(path);
    if (at) return at;
    if (path === '') return { line: 1, column: 1 };
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    path = cut > 0 ? path.slice(0, cut) : '';
  }
}
