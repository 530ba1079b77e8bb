import type { ReadState } from '../state.js';

/** Closes the exercise being read: the lines after the next heading belong elsewhere. */
export function finishExercise(state: ReadState): void {
  state.exercise = undefined;
  state.openList = undefined;
}
