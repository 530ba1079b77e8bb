/**
 * The "This hurts" flow, apart from its dialog (`pain-dialog.ts`): which exercise the patient means,
 * and what "Skip this exercise" does to the session. Opening the dialog pauses the player (and every
 * clock of the embedded counter); "Back" leaves it paused; "Try the easier variation" resumes with the
 * variation shown; "End session" stops with reason `pain`.
 */
import { reduce, type PlayerState } from '../core/player-reducer.js';
import type { ExerciseRef } from '../core/timeline-types.js';

/** The exercise of the current step, or of the next one that has an exercise (intros, rests between). */
export function exerciseAt(state: PlayerState): ExerciseRef | undefined {
  for (const step of state.timeline.slice(state.index)) {
    if ('itemKey' in step) return step;
    if (step.kind === 'rest-exercise') return step.next;
  }
  return undefined;
}

/**
 * Leaves every remaining step of the exercise `itemKey`, recording its work from here on as skipped,
 * and carries on running with what follows.
 */
export function skipRestOfExercise(state: PlayerState, itemKey: string, now: number): PlayerState {
  const timeline = state.timeline;
  const last = timeline.reduce((at, step, i) => ('itemKey' in step && step.itemKey === itemKey ? i : at), -1);
  let s = state;
  while (s.index <= last && (s.status === 'running' || s.status === 'paused'))
    s = reduce(s, { type: 'next', now });
  const workIds = timeline
    .filter((step, i) => step.kind === 'work' && step.itemKey === itemKey && i >= state.index)
    .map((step) => step.id);
  s = { ...s, skipped: [...new Set([...s.skipped, ...workIds])] };
  return reduce(s, { type: 'resume', now });
}
