/**
 * The five example routines in `examples/`, as imported JSON (for names and ids) and as the URL a
 * story points `src` at. Storybook serves `examples/` beside its iframe (see `staticDirs`), the way a
 * blog would serve its own JSON files.
 */
import banded from '../../examples/banded-glute-exercises.json';
import gentle from '../../examples/gentle-glute-exercises.json';
import program from '../../examples/glutes-lower-back-program.json';
import hip from '../../examples/hip-routine-radiating-pain.json';
import ql from '../../examples/ql-butt-walk.json';

export interface SeedRoutine {
  /** File name in `examples/`. */
  file: string;
  /** The routine document as published. */
  doc: { id: string; exercises: Record<string, { id: string; name: unknown }> };
}

export const seedRoutines = {
  hip: { file: 'hip-routine-radiating-pain.json', doc: hip },
  ql: { file: 'ql-butt-walk.json', doc: ql },
  gentle: { file: 'gentle-glute-exercises.json', doc: gentle },
  banded: { file: 'banded-glute-exercises.json', doc: banded },
  program: { file: 'glutes-lower-back-program.json', doc: program },
} satisfies Record<string, SeedRoutine>;

export type SeedRoutineKey = keyof typeof seedRoutines;

/** Where the routine is served inside Storybook, relative to the story's page. */
export function seedUrl(routine: SeedRoutineKey, exerciseId?: string): string {
  const url = `examples/${seedRoutines[routine].file}`;
  return exerciseId ? `${url}#${exerciseId}` : url;
}

/** An exercise out of a seed routine, as an object (for stories that set the `exercise` property). */
export function seedExercise(routine: SeedRoutineKey, exerciseId: string): Record<string, unknown> {
  const exercises = seedRoutines[routine].doc.exercises as Record<string, Record<string, unknown>>;
  const exercise = exercises[exerciseId];
  if (!exercise) throw new Error(`No exercise "${exerciseId}" in ${seedRoutines[routine].file}`);
  return structuredClone(exercise);
}
