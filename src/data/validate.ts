/**
 * validateExercise / validateRoutine: the one door every document passes through before an element
 * renders it. They never throw (whatever arrives: null, a cyclic object, 1e308, a 50 MB array) and they
 * answer with messages a blogger can act on, each tied to a path such as `sections[1].items[0].dosage.sets`.
 *
 * This module gathers both; the exercise card imports validate-exercise.ts alone, so its page carries no
 * routine schema.
 */
export * from './validate-exercise.js';
export { validateRoutine, validateRoutineLenient } from './validate-routine.js';
