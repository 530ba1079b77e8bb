/**
 * The routine player's rules as a pure reducer: `reduce(state, action)` returns the next state and never
 * reads a clock, touches the DOM or keeps a timer.
 *
 * Design: the state holds the timeline and an index into it. Time enters only as the `now` (ms) carried
 * by every action, and the current step's progress is kept as timestamps (`stepStartedAt`, plus
 * `elapsedBeforePause` for the part done before a pause), so a late `tick` catches up in one call: it
 * walks over every timed step whose end has passed, starting each at the moment the previous one ended,
 * and lands in the right step with the right time left. For a tab that was hidden for a while the player
 * therefore skips what ended while it was away; it never guesses a pause. Ticks stop at gates (rep-based
 * work waits for the user). The element renders from the selectors, schedules its own ticks, and turns
 * `diffEvents(prev, next)` into DOM events, so "completion fires exactly once" is decided here.
 *
 * The rules, in one place:
 * - `start` (from idle) runs the first step. `restart` (from any status) starts over at step 0, running.
 * - `pause` first catches up (as a tick would), then freezes the step; ticks are ignored while paused;
 *   `resume` continues with the time that was left.
 * - `rep` counts a rep in running rep-based work (`reps`, `reps-hold`) and nothing else; it never ends
 *   the step, even past the target (the user says when the set is done).
 *   `done` ends a gate step as done (the Done button); it is ignored elsewhere, so a double tap on Done
 *   cannot skip the countdown that follows.
 * - `next` moves on at once. Leaving work that was cut short (timed work before its end, a counted step
 *   below its target) records the step id in `skipped`; finishing that step later removes it again.
 * - `previous` goes back one step, passing over `switch-sides` and rests, so from the right side (or the
 *   switch before it) it lands on the left side of the same set, and from a rest on the work before it.
 * - `extendRest` adds seconds to the current `rest-set` or `rest-exercise` only.
 * - Reaching `finish` sets status `complete` and `completedAt` once; `stop` sets `stopped` with its
 *   reason. Both are final: every action but `restart` leaves the state as it is (the same object).
 * - `next`, `previous`, `rep`, `done` and `extendRest` act on the step in the state, which is the one the
 *   user sees; only `tick`, `pause` and `stop` catch up with time first.
 * - Clock going backwards: a `now` earlier than the latest one seen counts as no time passing. The step
 *   keeps the elapsed time it had and is never advanced by it; elapsed time is never negative.
 */
import type { TimelineStep } from './timeline-types.js';

export type PlayerStatus = 'idle' | 'running' | 'paused' | 'complete' | 'stopped';

/** Why a session was stopped: the user's "this hurts", the user's own stop, or the host ending it. */
export type StopReason = 'pain' | 'user' | 'ended';

export type PlayerAction =
  | { type: 'start'; now: number }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number }
  | { type: 'tick'; now: number }
  | { type: 'rep'; now: number }
  | { type: 'done'; now: number }
  | { type: 'next'; now: number }
  | { type: 'previous'; now: number }
  | { type: 'restart'; now: number }
  | { type: 'extendRest'; seconds: number; now: number }
  | { type: 'stop'; reason: StopReason; now: number };

/** Everything the player knows. Plain JSON data, so it can be saved and restored as it is. */
export interface PlayerState {
  timeline: TimelineStep[];
  status: PlayerStatus;
  /** The current step. */
  index: number;
  /** When the current running stretch of the step began; `null` unless running. */
  stepStartedAt: number | null;
  /** Milliseconds of the current step done before the latest pause. */
  elapsedBeforePause: number;
  /** When the player was paused; `null` unless paused. */
  pausedAt: number | null;
  /** Milliseconds added to the current rest by `extendRest`. */
  extraMs: number;
  /** Reps counted in the current step. */
  repsDone: number;
  /** Counts `start` and `restart`, so each session is told apart even at the same `now`. */
  session: number;
  /** When the session (re)started; `null` before `start`. */
  startedAt: number | null;
  /** Milliseconds spent paused in this session. */
  pausedMs: number;
  /** When `finish` was reached; set once per session. */
  completedAt: number | null;
  stoppedAt: number | null;
  stopReason: StopReason | null;
  /** Ids of work steps left before their work was done. */
  skipped: string[];
  /** The latest `now` seen, to notice a clock going backwards; `null` before `start`. */
  lastNow: number | null;
}

/** A player at rest before `start`. */
export function initialState(timeline: readonly TimelineStep[]): PlayerState {
  return {
    timeline: [...timeline],
    status: 'idle',
    index: 0,
    stepStartedAt: null,
    elapsedBeforePause: 0,
    pausedAt: null,
    extraMs: 0,
    repsDone: 0,
    session: 0,
    startedAt: null,
    pausedMs: 0,
    completedAt: null,
    stoppedAt: null,
    stopReason: null,
    skipped: [],
    lastNow: null,
  };
}

/* ------------------------------------------------------------------ selectors */

export function currentStep(state: PlayerState): TimelineStep | undefined {
  return state.timeline[state.index];
}

/** The length of a step in ms with its extension, or `null` for a gate. */
function stepLengthMs(step: TimelineStep | undefined, extraMs: number): number | null {
  if (!step || step.durationSeconds === null) return null;
  return step.durationSeconds * 1000 + extraMs;
}

/** Milliseconds spent in the current step (paused time excluded); never negative. */
export function elapsedInStep(state: PlayerState, now: number): number {
  const running =
    state.status === 'running' && state.stepStartedAt !== null ? Math.max(0, now - state.stepStartedAt) : 0;
  return state.elapsedBeforePause + running;
}

/** Milliseconds left in a timed step (never negative), or `null` in a gate. */
export function timeLeftInStep(state: PlayerState, now: number): number | null {
  const length = stepLengthMs(currentStep(state), state.extraMs);
  return length === null ? null : Math.max(0, length - elapsedInStep(state, now));
}

/** Estimated milliseconds to the end of the session: what is left of this step plus every later one. */
export function totalTimeLeft(state: PlayerState, now: number): number {
  if (state.status === 'complete' || state.status === 'stopped') return 0;
  const step = currentStep(state);
  if (!step) return 0;
  const expected = stepLengthMs(step, state.extraMs) ?? step.estimateSeconds * 1000;
  let left = Math.max(0, expected - elapsedInStep(state, now));
  for (const later of state.timeline.slice(state.index + 1)) {
    left += (later.durationSeconds ?? later.estimateSeconds) * 1000;
  }
  return left;
}

/** Whether `previous` can go anywhere: a session under way, past its first step. */
export function canGoBack(state: PlayerState): boolean {
  return (state.status === 'running' || state.status === 'paused') && state.index > 0;
}

/** Whether the current step waits for the user (rep-based work) rather than a clock. */
export function isGate(step: TimelineStep | undefined): boolean {
  return step !== undefined && step.durationSeconds === null;
}

/* ------------------------------------------------------------------ transitions */

const FINAL: ReadonlySet<PlayerStatus> = new Set(['complete', 'stopped']);
const REST_KINDS: ReadonlySet<TimelineStep['kind']> = new Set(['rest-set', 'rest-exercise']);
/** Steps `previous` passes over: nobody goes back to redo a pause. */
const PASSED_BACK: ReadonlySet<TimelineStep['kind']> = new Set(['switch-sides', 'rest-set', 'rest-exercise']);

/** Whether leaving the current step now would leave its work unfinished. */
function isCutShort(state: PlayerState, now: number): boolean {
  const step = currentStep(state);
  if (!step || step.kind !== 'work') return false;
  const length = stepLengthMs(step, state.extraMs);
  if (length !== null) return elapsedInStep(state, now) < length;
  return step.reps !== null && state.repsDone < step.reps;
}

/** Records how the current work step was left: cut short adds it to `skipped`, done removes it. */
function markLeaving(state: PlayerState, cutShort: boolean): string[] {
  const step = currentStep(state);
  if (!step || step.kind !== 'work') return state.skipped;
  const others = state.skipped.filter((id) => id !== step.id);
  return cutShort ? [...others, step.id] : others.length === state.skipped.length ? state.skipped : others;
}

/** Enters step `index` at time `at`, fresh; reaching `finish` completes the session. */
function enterStep(state: PlayerState, index: number, at: number, skipped: string[]): PlayerState {
  const fresh = { ...state, index, elapsedBeforePause: 0, extraMs: 0, repsDone: 0, skipped };
  if (state.timeline[index]?.kind === 'finish' || index >= state.timeline.length) {
    return {
      ...fresh,
      index: Math.max(0, Math.min(index, state.timeline.length - 1)),
      status: 'complete',
      completedAt: at,
      stepStartedAt: null,
      pausedAt: null,
    };
  }
  return state.status === 'paused'
    ? { ...fresh, stepStartedAt: null, pausedAt: state.pausedAt ?? at }
    : { ...fresh, stepStartedAt: at };
}

/**
 * Makes a backwards clock harmless: when `now` is earlier than the latest time seen, the running
 * timestamps move back by the same amount, so the elapsed time stays what it was at the latest time.
 */
function observeClock(state: PlayerState, now: number): PlayerState {
  if (state.lastNow === null || now >= state.lastNow)
    return state.lastNow === now ? state : { ...state, lastNow: now };
  const shift = now - state.lastNow;
  const moved = (t: number | null) => (t === null ? null : t + shift);
  return {
    ...state,
    lastNow: now,
    startedAt: moved(state.startedAt),
    stepStartedAt: moved(state.stepStartedAt),
    pausedAt: moved(state.pausedAt),
  };
}

/** Walks over every timed step that ended by `now`, each starting when the one before it ended. */
function catchUp(state: PlayerState, now: number): PlayerState {
  let s = state;
  while (s.status === 'running' && s.stepStartedAt !== null) {
    const length = stepLengthMs(currentStep(s), s.extraMs);
    if (length === null) break;
    const endsAt = s.stepStartedAt + (length - s.elapsedBeforePause);
    if (now < endsAt) break;
    s = enterStep(s, s.index + 1, endsAt, markLeaving(s, false));
  }
  return s;
}

/** Freezes the current step's elapsed time (for pause and stop). */
function freeze(state: PlayerState, now: number): PlayerState {
  return { ...state, elapsedBeforePause: elapsedInStep(state, now), stepStartedAt: null };
}

function startAt(state: PlayerState, now: number): PlayerState {
  const fresh: PlayerState = {
    ...initialState(state.timeline),
    status: 'running',
    session: state.session + 1,
    startedAt: now,
    lastNow: now,
  };
  return enterStep(fresh, 0, now, []);
}

function previousIndex(state: PlayerState): number {
  let index = state.index - 1;
  while (index > 0 && PASSED_BACK.has(state.timeline[index]?.kind ?? 'finish')) index--;
  return Math.max(0, index);
}

/** The next player state; returns `state` itself when the action changes nothing. */
export function reduce(state: PlayerState, action: PlayerAction): PlayerState {
  if (!Number.isFinite(action.now)) return state;
  if (action.type === 'restart') return startAt(state, action.now);
  if (action.type === 'start') return state.status === 'idle' ? startAt(state, action.now) : state;
  if (state.status === 'idle' || FINAL.has(state.status)) return state;

  const s = observeClock(state, action.now);
  const now = action.now;
  const step = currentStep(s);
  switch (action.type) {
    case 'tick': {
      // Paused: ignored outright, so the same object comes back and nothing re-renders.
      return s.status === 'running' ? catchUp(s, now) : state;
    }
    case 'pause': {
      if (s.status !== 'running') return state;
      const caught = catchUp(s, now);
      if (caught.status !== 'running') return caught;
      return { ...freeze(caught, now), status: 'paused', pausedAt: now };
    }
    case 'resume': {
      if (s.status !== 'paused') return state;
      const pausedFor = s.pausedAt === null ? 0 : Math.max(0, now - s.pausedAt);
      return {
        ...s,
        status: 'running',
        stepStartedAt: now,
        pausedAt: null,
        pausedMs: s.pausedMs + pausedFor,
      };
    }
    case 'stop': {
      const caught = s.status === 'running' ? catchUp(s, now) : s;
      if (FINAL.has(caught.status)) return caught;
      const pausedFor = caught.pausedAt === null ? 0 : Math.max(0, now - caught.pausedAt);
      return {
        ...freeze(caught, now),
        status: 'stopped',
        stopReason: action.reason,
        stoppedAt: now,
        pausedAt: null,
        pausedMs: caught.pausedMs + pausedFor,
      };
    }
    case 'rep': {
      if (s.status !== 'running' || step?.kind !== 'work' || step.mode === 'timed') return state;
      return { ...s, repsDone: s.repsDone + 1 };
    }
    case 'done': {
      if (!isGate(step)) return state;
      return enterStep(s, s.index + 1, now, markLeaving(s, false));
    }
    case 'next':
      return enterStep(s, s.index + 1, now, markLeaving(s, isCutShort(s, now)));
    case 'previous':
      return enterStep(s, previousIndex(s), now, s.skipped);
    case 'extendRest': {
      if (!step || !REST_KINDS.has(step.kind)) return state;
      if (!Number.isFinite(action.seconds) || action.seconds <= 0) return state;
      return { ...s, extraMs: s.extraMs + action.seconds * 1000 };
    }
  }
}

/* ------------------------------------------------------------------ events and summary */

export type PlayerEvent =
  | { type: 'start' }
  | { type: 'step-change'; index: number; step: TimelineStep }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'stop'; reason: StopReason }
  | { type: 'complete' };

/**
 * What happened between two states, in the order the element should announce it. A session starting
 * (or restarting) gives `start` and the first `step-change`; a tick that crossed several steps gives one
 * `step-change` for the step it landed in; `complete` comes once per session, on the action that reached
 * `finish`, because a complete state only changes again by `restart`.
 */
export function diffEvents(prev: PlayerState, next: PlayerState): PlayerEvent[] {
  if (prev === next) return [];
  const events: PlayerEvent[] = [];
  const started = next.session !== prev.session;
  if (started && next.status !== 'idle') events.push({ type: 'start' });
  if (!started && prev.status === 'running' && next.status === 'paused') events.push({ type: 'pause' });
  if (!started && prev.status === 'paused' && next.status === 'running') events.push({ type: 'resume' });
  const step = currentStep(next);
  if (step && next.status !== 'idle' && next.status !== 'stopped' && (started || prev.index !== next.index)) {
    events.push({ type: 'step-change', index: next.index, step });
  }
  if (next.status === 'stopped' && prev.status !== 'stopped' && next.stopReason !== null) {
    events.push({ type: 'stop', reason: next.stopReason });
  }
  if (next.status === 'complete' && (prev.status !== 'complete' || started))
    events.push({ type: 'complete' });
  return events;
}

export interface ExerciseOutcome {
  itemKey: string;
  exerciseId: string;
}

export interface SessionSummary {
  status: PlayerStatus;
  /** Active time from start to the end (or `now`), pauses excluded, in ms. */
  durationMs: number;
  /** Exercises whose every work step was passed without being cut short. */
  done: ExerciseOutcome[];
  /** Exercises with at least one work step cut short. */
  skipped: ExerciseOutcome[];
  /** Exercises the session did not get through (after a stop, or still to come). */
  notReached: ExerciseOutcome[];
}

/** The numbers for the end-of-session summary ("time taken, exercises done or skipped"). */
export function summarize(state: PlayerState, now: number): SessionSummary {
  const end =
    state.completedAt ?? state.stoppedAt ?? (state.status === 'paused' ? state.pausedAt : null) ?? now;
  const durationMs = state.startedAt === null ? 0 : Math.max(0, end - state.startedAt - state.pausedMs);
  const byItem = new Map<string, { outcome: ExerciseOutcome; passed: boolean; skipped: boolean }>();
  state.timeline.forEach((step, index) => {
    if (step.kind !== 'work') return;
    const entry = byItem.get(step.itemKey) ?? {
      outcome: { itemKey: step.itemKey, exerciseId: step.exerciseId },
      passed: true,
      skipped: false,
    };
    entry.passed &&= state.status === 'complete' || index < state.index;
    entry.skipped ||= state.skipped.includes(step.id);
    byItem.set(step.itemKey, entry);
  });
  const entries = [...byItem.values()];
  return {
    status: state.status,
    durationMs,
    done: entries.filter((e) => e.passed && !e.skipped).map((e) => e.outcome),
    skipped: entries.filter((e) => e.skipped).map((e) => e.outcome),
    notReached: entries.filter((e) => !e.passed && !e.skipped).map((e) => e.outcome),
  };
}

/**
 * Whether a session counts toward the history and adherence ("2 of 3–4 this week"). Decided: it
 * counts when it reached the end (`complete`) with at least one exercise done, an exercise being done
 * when every one of its work steps was passed without being cut short. A session where every exercise
 * was skipped does not count, however long it took; neither does one ended early (`stopped`, e.g. by
 * "This hurts"), as before. The summary still shows what was done and skipped in either case.
 */
export function countsTowardHistory(summary: Pick<SessionSummary, 'status' | 'done'>): boolean {
  return summary.status === 'complete' && summary.done.length > 0;
}
