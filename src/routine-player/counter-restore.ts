/**
 * The embedded `<rep-counter>` is created afresh for each step; after a reload ("Resume where you left
 * off") the step may already hold counted reps. This works out the counter's state with those reps
 * counted, by the counter's own pure rules, so the big number shows them and the next tap counts on
 * from there. No event is fired: the reps were counted (and announced) before the reload.
 */
import {
  counterConfig,
  initialCounter,
  readRange,
  reduceCounter,
  type CounterState,
} from '../core/rep-counter-state.js';

/** What the player gives the counter for a step (the same strings it sets as properties). */
export interface CounterSetup {
  target: string | undefined;
  hold: string | undefined;
  side: 'alternating' | undefined;
}

/** The counter's state with `reps` taps counted (each hold run to its end), or `null` for none. */
export function counterWithReps(setup: CounterSetup, reps: number, now: number): CounterState | null {
  if (!Number.isInteger(reps) || reps <= 0) return null;
  const config = counterConfig({
    target: readRange(setup.target),
    hold: readRange(setup.hold),
    side: setup.side,
    sets: 1,
  });
  let state = initialCounter(config);
  let at = now;
  for (let n = 0; n < reps && state.phase === 'counting'; n++) {
    state = reduceCounter(config, state, { type: 'tap', now: at }).state;
    if (state.phase === 'holding' && state.holdEndsAt !== null) {
      at = state.holdEndsAt;
      state = reduceCounter(config, state, { type: 'tick', now: at }).state;
    }
  }
  return state.totalReps > 0 ? state : null;
}
