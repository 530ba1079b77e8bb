import type { Dosage } from '../core/dosage-types.js';
import type { Exercise } from './exercise-schema.js';
import type { Routine, RoutineSection } from './routine-schema.js';

/** One exercise as it is done in a routine: the item's dosage wins over the exercise's own. */
export interface ResolvedItem {
  section: RoutineSection;
  sectionIndex: number;
  itemIndex: number;
  exercise: Exercise;
  dosage: Dosage | undefined;
}

/** Flattens a validated routine into its exercises in order, resolving `ref`s. */
export function resolveRoutineItems(routine: Routine): ResolvedItem[] {
  const out: ResolvedItem[] = [];
  routine.sections.forEach((section, sectionIndex) =>
    section.items.forEach((item, itemIndex) => {
      const exercise = item.exercise ?? (item.ref !== undefined ? routine.exercises?.[item.ref] : undefined);
      if (!exercise) return;
      out.push({ section, sectionIndex, itemIndex, exercise, dosage: item.dosage ?? exercise.dosage });
    }),
  );
  return out;
}

/** A routine of one exercise: how a card's Start button hands a single exercise to the player. */
export function singleExerciseRoutine(exercise: Exercise): Routine {
  return {
    id: `exercise-${exercise.id}`,
    title: exercise.name,
    sections: [{ title: exercise.name, kind: 'main', items: [{ exercise }] }],
  };
}

/**
 * Finds an exercise by id in any document an author might point `src="file.json#id"` at: a single
 * exercise, a routine (its `exercises` map or inline items), or a plain list of exercises.
 */
export function findExerciseInDocument(doc: unknown, id: string): unknown {
  if (Array.isArray(doc)) return doc.find((entry) => isRecord(entry) && entry.id === id);
  if (!isRecord(doc)) return undefined;
  if (doc.id === id && !('sections' in doc)) return doc;
  const map = doc.exercises;
  if (isRecord(map) && Object.hasOwn(map, id)) return map[id];
  if (Array.isArray(map)) {
    const hit = map.find((entry) => isRecord(entry) && entry.id === id);
    if (hit) return hit;
  }
  if (Array.isArray(doc.sections)) {
    for (const section of doc.sections) {
      if (!isRecord(section) || !Array.isArray(section.items)) continue;
      for (const item of section.items) {
        if (isRecord(item) && isRecord(item.exercise) && item.exercise.id === id) return item.exercise;
      }
    }
  }
  return undefined;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
