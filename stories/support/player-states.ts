/**
 * Player states for the `<routine-player>` stories, built with the player's own pure core: the
 * timeline from `buildTimeline`, then `initialState` and `reduce` actions at fixed times. A story sets
 * the result as the element's `state` property, which shows that phase at once and fires no events
 * (see the element's JSDoc, "Testing and stories"). Storybook only; not part of the library.
 */
import hip from '../../examples/hip-routine-radiating-pain.json';
import program from '../../examples/glutes-lower-back-program.json';
import ql from '../../examples/ql-butt-walk.json';
import { routineHash } from '../../src/core/content-hash.js';
import { currentStep, initialState, reduce, type PlayerState } from '../../src/core/player-reducer.js';
import { buildTimeline } from '../../src/core/routine-timeline.js';
import type { Pace, TimelineStep } from '../../src/core/timeline-types.js';
import type { Routine, RoutineInput } from '../../src/data/routine-schema.js';
import { validateRoutine } from '../../src/data/validate.js';

/**
 * The moment every frozen story stands at: Monday 6 January 2025, 09:00 UTC. A story whose clock is
 * frozen replaces the player's `now()` with this, so its timers read the same on every visit.
 */
export const STORY_NOW = Date.UTC(2025, 0, 6, 9, 0, 0);

/** The seed routines the player stories use, as published in `examples/`. */
export const playerRoutines = {
  hip: hip as RoutineInput,
  ql: ql as RoutineInput,
  /**
   * The seed routines have no timed work (their authors counted reps), so the timed stories give the
   * program's plank and side plank a duration, as a clinic editing that routine would: the items'
   * `dosage` overrides the exercises' own.
   */
  /** The hip routine with a clinic's own advice for the "This hurts" dialog and the summary. */
  hipClinic: {
    ...(hip as RoutineInput),
    id: 'hip-routine-clinic',
    painAdvice:
      'Northside Physio: if it still hurts tomorrow, call us on 020 7946 0000 (weekdays 8–6) before your next session.',
  } as RoutineInput,
  coreHolds: {
    id: 'core-holds',
    title: 'Core holds',
    summary: 'Two steady holds for the trunk, from the glute and lower-back program, with times added.',
    frequency: '3 times a week',
    sections: [
      {
        id: 'core',
        title: 'Core',
        kind: 'main',
        items: [
          { ref: 'plank', dosage: '3 sets of 30 seconds, rest 30 s' },
          { ref: 'side-plank', dosage: 'hold 20 s per side' },
        ],
      },
    ],
    exercises: { plank: program.exercises.plank, 'side-plank': program.exercises['side-plank'] },
    safety: program.safety,
  } as RoutineInput,
} satisfies Record<string, RoutineInput>;

export type PlayerRoutineKey = keyof typeof playerRoutines;

/** A routine the stories rely on, validated; a seed that stops validating fails the stories' build. */
export function validRoutine(input: RoutineInput): Routine {
  const result = validateRoutine(input);
  if (!result.ok) throw new Error(`The story routine ${String(input.id)} does not validate`);
  return result.value;
}

/** The timeline the element builds for `routine` at `pace`: a state for another timeline is ignored. */
export function timelineOf(input: RoutineInput, pace: Pace = 'min'): TimelineStep[] {
  return buildTimeline(validRoutine(input), { pace });
}

export interface StateOptions {
  /** The time the state is built for (the player's `now()`); default `STORY_NOW`. */
  now?: number;
  /** Seconds already spent in the step (timed steps: how far the countdown has gone). */
  elapsed?: number;
  /** Reps counted in the step (rep-based work). */
  reps?: number;
  /** Pause at `now`. */
  paused?: boolean;
  /** End the session at `now` with this reason instead (the summary after "This hurts" → End session). */
  stopped?: 'pain' | 'user';
  /** Leave every rep-based step with Next instead of Done (each exercise then counts as skipped). */
  skipAll?: boolean;
  pace?: Pace;
}

/**
 * A session of `routine` standing in step `stepId` (or `complete`) at `options.now`. The steps
 * before it took their real length (their estimate for rep-based work, ended with Done), so the
 * summary's time taken and the overall progress read like a real session's.
 */
export function stateAt(
  routine: RoutineInput,
  stepId: string | 'complete',
  options: StateOptions = {},
): PlayerState {
  const now = options.now ?? STORY_NOW;
  const timeline = timelineOf(routine, options.pace);
  const target = stepId === 'complete' ? timeline.length - 1 : timeline.findIndex((s) => s.id === stepId);
  if (target < 0) throw new Error(`No step ${stepId} in ${String(routine.id)}`);
  const length = (step: TimelineStep) => (step.durationSeconds ?? step.estimateSeconds) * 1000;
  const before = timeline.slice(0, target).reduce((sum, step) => sum + length(step), 0);
  let at = now - before - (stepId === 'complete' ? 0 : (options.elapsed ?? 0) * 1000);
  let s = reduce(initialState(timeline), { type: 'start', now: at });
  while (s.status === 'running' && s.index < target) {
    at += length(currentStep(s)!);
    // Timed steps end by the clock; rep-based ones by Done, so none counts as skipped.
    const gate = currentStep(s)!.durationSeconds === null;
    s = reduce(s, { type: gate ? (options.skipAll ? 'next' : 'done') : 'tick', now: at });
  }
  for (let i = 0; i < (options.reps ?? 0); i++) s = reduce(s, { type: 'rep', now });
  if (options.stopped) return reduce(s, { type: 'stop', reason: options.stopped, now });
  if (options.paused) return reduce(s, { type: 'pause', now });
  return reduce(s, { type: 'tick', now });
}

/** The key the element saves a session under, and the hash that vouches for its timeline. */
export function sessionIdentity(routine: RoutineInput, pace: Pace = 'min'): { id: string; hash: string } {
  return {
    id: String(validRoutine(routine).id),
    hash: routineHash(validRoutine(routine), pace),
  };
}
