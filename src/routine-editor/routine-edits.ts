/**
 * The editor's transactions: each takes the document (a routine in the input shape of our JSON) and
 * returns a new one, never changing the one it was given. The form, the text pane and the preview are
 * views of that one document, so every button and field in the form is one of these functions. No DOM.
 *
 * Exercises live where the author put them: in the `exercises` map behind a `ref`, or written out in
 * the item. Edits write back to the same place, so a document opened from JSON keeps its shape.
 */
import type { ExerciseInput } from '../data/exercise-schema.js';
import type { RoutineInput, SectionKind } from '../data/routine-schema.js';
import { slugify } from '../core/routine-text/values.js';

type SectionInput = RoutineInput['sections'][number];
type ItemInput = SectionInput['items'][number];

/** Fields of an exercise the form edits: text fields and lists of lines. */
export type ExerciseTextField = 'name' | 'summary' | 'dosage';
export type ExerciseListField = 'steps' | 'cues' | 'safety' | 'equipment';
export type RoutineTextField = 'title' | 'summary' | 'frequency';

/** A document with nothing in it yet: where an author starts who builds with the form. */
export function emptyRoutine(title: string): RoutineInput {
  return { id: slugify(title) || 'routine', title, sections: [] };
}

/** The exercise of an item, wherever it is kept; undefined for a `ref` to nothing. */
export function exerciseOf(doc: RoutineInput, item: ItemInput): ExerciseInput | undefined {
  if (item.exercise) return item.exercise;
  const ref = item.ref;
  return ref !== undefined && doc.exercises && Object.hasOwn(doc.exercises, ref)
    ? doc.exercises[ref]
    : undefined;
}

const clone = <T>(value: T): T => structuredClone(value);

function withSections(doc: RoutineInput, change: (sections: SectionInput[]) => void): RoutineInput {
  const next = clone(doc);
  next.sections = Array.isArray(next.sections) ? next.sections : [];
  change(next.sections);
  return next;
}

/** An id no exercise in the document has yet, from the exercise's name. */
function freshId(doc: RoutineInput, name: string): string {
  const taken = new Set(Object.keys(doc.exercises ?? {}));
  for (const section of doc.sections ?? []) {
    for (const item of section.items ?? []) if (item.exercise) taken.add(item.exercise.id);
  }
  const base = slugify(name) || 'exercise';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function setRoutineField(doc: RoutineInput, field: RoutineTextField, value: string): RoutineInput {
  const next = clone(doc);
  const text = value.trim();
  if (field === 'title') next.title = text;
  else if (text) next[field] = text;
  else delete next[field];
  return next;
}

export function addSection(doc: RoutineInput, title: string, kind: SectionKind = 'main'): RoutineInput {
  return withSections(doc, (sections) => sections.push({ title, kind, items: [] }));
}

export function setSection(
  doc: RoutineInput,
  s: number,
  change: { title?: string; kind?: SectionKind },
): RoutineInput {
  return withSections(doc, (sections) => {
    const section = sections[s];
    if (!section) return;
    if (change.title !== undefined) section.title = change.title.trim();
    if (change.kind !== undefined) section.kind = change.kind;
  });
}

export function removeSection(doc: RoutineInput, s: number): RoutineInput {
  const next = withSections(doc, (sections) => void sections.splice(s, 1));
  return dropUnusedExercises(next);
}

/** Moves a section `delta` places up (negative) or down; past either end it stays. */
export function moveSection(doc: RoutineInput, s: number, delta: number): RoutineInput {
  return withSections(doc, (sections) => {
    const to = s + delta;
    if (!sections[s] || to < 0 || to >= sections.length) return;
    const [moved] = sections.splice(s, 1);
    sections.splice(to, 0, moved!);
  });
}

/**
 * Adds an exercise at the end of section `s` (a first section when there is none), kept in the
 * `exercises` map behind a `ref` as the text format does. Its id comes from its name and stays put when
 * the name changes later.
 */
export function addExercise(
  doc: RoutineInput,
  s: number,
  exercise: Omit<ExerciseInput, 'id'> & { id?: string },
  sectionTitle: string,
): RoutineInput {
  const next = clone(doc);
  next.sections = Array.isArray(next.sections) ? next.sections : [];
  if (next.sections.length === 0) next.sections.push({ title: sectionTitle, kind: 'main', items: [] });
  const section = next.sections[Math.min(Math.max(0, s), next.sections.length - 1)]!;
  const id = freshId(next, exercise.id ?? String(exercise.name));
  next.exercises = { ...next.exercises, [id]: { ...clone(exercise), id } as ExerciseInput };
  section.items = [...(section.items ?? []), { ref: id }];
  return next;
}

/** Sets a text field of the exercise at section `s`, item `i`; empty text removes an optional field. */
export function setExerciseText(
  doc: RoutineInput,
  s: number,
  i: number,
  field: ExerciseTextField,
  value: string,
): RoutineInput {
  return editExercise(doc, s, i, (exercise, item) => {
    const text = value.trim();
    if (field === 'name') exercise.name = text;
    else if (field === 'dosage') {
      // The dosage the form shows is the one the routine uses: an item's own dosage wins.
      if (item.dosage !== undefined) {
        if (text) item.dosage = text;
        else delete item.dosage;
      } else if (text) exercise.dosage = text;
      else delete exercise.dosage;
    } else if (text) exercise[field] = text;
    else delete exercise[field];
  });
}

/** Sets a list field from lines of text; blank lines are dropped and an empty list removes the field. */
export function setExerciseList(
  doc: RoutineInput,
  s: number,
  i: number,
  field: ExerciseListField,
  lines: readonly string[],
): RoutineInput {
  return editExercise(doc, s, i, (exercise) => {
    const kept = lines.map((line) => line.trim()).filter((line) => line !== '');
    if (kept.length > 0) exercise[field] = kept;
    else delete exercise[field];
  });
}

function editExercise(
  doc: RoutineInput,
  s: number,
  i: number,
  change: (exercise: ExerciseInput, item: ItemInput) => void,
): RoutineInput {
  const next = clone(doc);
  const item = next.sections?.[s]?.items?.[i];
  if (!item) return doc;
  const exercise = exerciseOf(next, item);
  if (!exercise) return doc;
  change(exercise, item);
  return next;
}

/** Moves an item `delta` places within its section; at the section's edge it moves into the next one. */
export function moveItem(doc: RoutineInput, s: number, i: number, delta: number): RoutineInput {
  return withSections(doc, (sections) => {
    const section = sections[s];
    const item = section?.items?.[i];
    if (!section || !item) return;
    const to = i + delta;
    if (to >= 0 && to < section.items.length) {
      section.items.splice(i, 1);
      section.items.splice(to, 0, item);
      return;
    }
    const neighbour = sections[s + Math.sign(delta)];
    if (!neighbour) return;
    section.items.splice(i, 1);
    if (delta < 0) neighbour.items.push(item);
    else neighbour.items.unshift(item);
  });
}

export function removeItem(doc: RoutineInput, s: number, i: number): RoutineInput {
  const next = withSections(doc, (sections) => void sections[s]?.items?.splice(i, 1));
  return dropUnusedExercises(next);
}

/** An exercise no item refers to any more leaves the map, so a removed exercise is really gone. */
function dropUnusedExercises(doc: RoutineInput): RoutineInput {
  if (!doc.exercises) return doc;
  const used = new Set<string>();
  for (const section of doc.sections ?? []) {
    for (const item of section.items ?? []) if (item.ref !== undefined) used.add(item.ref);
  }
  const kept = Object.fromEntries(Object.entries(doc.exercises).filter(([id]) => used.has(id)));
  const { exercises: _dropped, ...rest } = doc;
  return Object.keys(kept).length === 0 ? rest : { ...rest, exercises: kept };
}
