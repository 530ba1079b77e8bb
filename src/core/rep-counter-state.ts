/**
 * The counting rules of `<rep-counter>` (and of the routine player's rep-based steps) as a pure reducer.
 *
 * Design: `reduceCounter(config, state, action)` returns the next state and the effects the action
 * caused (a rep was counted, a side changed, a set or the whole exercise completed, a hold or rest
 * started…). It never reads a clock, touches the DOM or keeps a timer: time enters only as the `now`
 * carried by an action (milliseconds on any monotonic-enough scale, the element uses `Date.now()`), and
 * every timed phase stores its deadline as a timestamp (`holdEndsAt`, `restEndsAt`). The element asks
 * `deadlineOf(state)` when to wake up, sends `tick(now)` when it does, and turns the effects into events,
 * sounds and announcements; so it only renders and dispatches. Because deadlines are timestamps, a late
 * tick (a throttled background tab, a sleeping laptop) catches up in one call: a hold that ended counts at
 * its deadline, and a rest that also ended starts the next set.
 *
 * The rules, in one place:
 * - A set has a rep target (a number or a range). Without a target the count is open and the user says
 *   when the set is done.
 * - Range target (10–15): at the minimum the set may be finished (`finish`); counting goes on and the set
 *   completes by itself at the maximum, so the count never passes the maximum.
 * - `side: 'each'`: the left side first, then the right. The right side's target is exactly the number of
 *   reps the left side did in that set (13 of 10–15 on the left means 13 on the right), so both sides get
 *   the same work.
 * - `side: 'alternating'`: taps alternate left, right, left…; the target is per side and a set can only
 *   end after a right rep, so both sides always match.
 * - Hold: a tap starts the hold; the rep counts when the hold ends; taps during the hold are ignored;
 *   `cancelHold` drops it. A hold range uses its minimum.
 * - Sets: the counter plans the minimum of a sets range ("Set 1 of 2–3"). After the planned sets the
 *   exercise is complete; while fewer than the maximum were done, `extraSet` starts one more, and
 *   completing it completes the exercise again with the new totals.
 * - Rest between sets (a range uses its minimum): `skipRest` ends it now, `extendRest` adds seconds.
 *   Taps during rest are ignored, so an extra tap after the last rep cannot skip the rest.
 * - Undo removes the last counted rep, even across a side switch or into the rest that followed the set
 *   it completed (the set is then open again); it never undoes a completed exercise. During a hold, undo
 *   only cancels the hold.
 * - Pause freezes every clock: `pause(now)` records when, and until `resume(now)` every other action
 *   but `reset` is ignored and no deadline is due. Resume moves the hold's and the rest's deadlines (and
 *   the start time, so durations leave the pause out) later by the time paused: a 3 s hold paused after
 *   0.5 s has 2.5 s left when it resumes, however long the pause.
 */

import { rangeMax, rangeMin, type Range } from './dosage-types.js';
import { checkCounterInput, type CounterSettings, type CounterSources } from './rep-counter-input.js';
import type { Side } from './side.js';

export { readRange } from './rep-counter-input.js';

/** The resolved settings the rules run on. */
export interface CounterConfig {
  /** Reps per set (per side when sided); null means an open count that the user finishes. */
  target: Range | null;
  /** Sets; the minimum is planned, up to the maximum may be done. */
  sets: Range;
  /** How sides are worked; null when the exercise has no sides. */
  side: 'each' | 'alternating' | null;
  /** Hold inside each rep, in ms (0: no hold). */
  holdMs: number;
  /** Rest between sets, in ms (0: the next set starts at once). */
  restMs: number;
}

export type CounterPhase = 'counting' | 'holding' | 'rest' | 'complete';

/** Everything the counter knows. Plain data, so it can be saved and restored. */
export interface CounterState {
  phase: CounterPhase;
  /** The set in progress (1-based); the last set done once complete. */
  set: number;
  /** Sets completed. */
  setsDone: number;
  /** each: the side being worked; alternating: the side of the next rep; null without sides. */
  side: Side | null;
  /** Reps in this set: on the current side (unsided, each), or taps on both sides (alternating). */
  count: number;
  /** each: the reps the left side did in this set, which is the right side's target; else null. */
  firstSideCount: number | null;
  /** Totals over every set. */
  totalReps: number;
  leftReps: number;
  rightReps: number;
  /** Timestamp of the first tap; null until then. */
  startedAt: number | null;
  /** Timestamp of the last completion; null until complete. */
  completedAt: number | null;
  holdEndsAt: number | null;
  restEndsAt: number | null;
  /** When the counter was paused; null while running. */
  pausedAt: number | null;
  /** The state before the last counted rep, for undo. */
  previous: CounterState | null;
}

export type CounterAction =
  | { type: 'tap'; now: number }
  | { type: 'tick'; now: number }
  | { type: 'cancelHold' }
  | { type: 'undo' }
  | { type: 'finish'; now: number }
  | { type: 'skipRest'; now: number }
  | { type: 'extendRest'; seconds: number }
  | { type: 'extraSet' }
  | { type: 'reset' }
  | { type: 'pause'; now: number }
  | { type: 'resume'; now: number };

/** What an action caused; the element maps these to events, cues and announcements. */
export type CounterEffect =
  | { type: 'rep'; rep: number; set: number; side: Side | null }
  | { type: 'minimum-reached'; max: number }
  | { type: 'side-change'; side: Side }
  | { type: 'set-complete'; set: number }
  | { type: 'rest-start'; endsAt: number }
  | { type: 'set-start'; set: number }
  | { type: 'complete'; sets: number; reps: number; durationMs: number }
  | { type: 'hold-start'; endsAt: number }
  | { type: 'hold-cancel' }
  | { type: 'rest-extend'; endsAt: number }
  | { type: 'undo' };

export interface CounterResult {
  state: CounterState;
  effects: CounterEffect[];
}

/** What the element may take from attributes, a Dosage, or both (see rep-counter-input.ts). */
export type CounterInput = CounterSources;

/**
 * Resolves the config: an individual setting overrides the same field of the dosage. Values the
 * counter refuses (zero, out of the plausible limits, a reversed range, unreadable) are left unset; use
 * `checkCounterInput` to learn which and why.
 */
export function counterConfig(input: CounterInput = {}): CounterConfig {
  return configOf(checkCounterInput(input).settings);
}

/** The config from settings already checked: unset means open target, one set, no hold, no rest. */
export function configOf(settings: CounterSettings): CounterConfig {
  const ms = (seconds: Range | undefined): number =>
    seconds === undefined ? 0 : Math.round(rangeMin(seconds) * 1000);
  return {
    target: settings.target ?? null,
    sets: settings.sets ?? 1,
    side: settings.side ?? null,
    holdMs: ms(settings.hold),
    restMs: ms(settings.rest),
  };
}

/** The state before the first tap. */
export function initialCounter(config: CounterConfig): CounterState {
  return {
    phase: 'counting',
    set: 1,
    setsDone: 0,
    side: config.side ? 'left' : null,
    count: 0,
    firstSideCount: null,
    totalReps: 0,
    leftReps: 0,
    rightReps: 0,
    startedAt: null,
    completedAt: null,
    holdEndsAt: null,
    restEndsAt: null,
    pausedAt: null,
    previous: null,
  };
}

/** The timestamp the element should wake up at, or null when nothing is timed. */
export function deadlineOf(state: CounterState): number | null {
  if (state.pausedAt !== null) return null;
  if (state.phase === 'holding') return state.holdEndsAt;
  if (state.phase === 'rest') return state.restEndsAt;
  return null;
}

/** Milliseconds left before `deadline`, as of `now`; a paused counter keeps what was left at its pause. */
export function timeLeftMs(state: CounterState, deadline: number | null, now: number): number {
  if (deadline === null) return 0;
  return Math.max(0, deadline - (state.pausedAt ?? now));
}

/** The sets the counter plans (the minimum of a range). */
export function plannedSets(config: CounterConfig): number {
  return rangeMin(config.sets);
}

/**
 * The target of the side or set being worked, in reps of one side: the right side of `each` has the
 * left side's count; null for an open count.
 */
export function currentTarget(config: CounterConfig, state: CounterState): Range | null {
  if (config.side === 'each' && state.side === 'right' && state.firstSideCount !== null) {
    return state.firstSideCount;
  }
  return config.target;
}

/** The number shown as the count: reps on this side (alternating: the left side, which leads). */
export function shownCount(config: CounterConfig, state: CounterState): number {
  return config.side === 'alternating' ? Math.ceil(state.count / 2) : state.count;
}

/** True when the user may end this side or set now (a range minimum, or an open count, is reached). */
export function canFinish(config: CounterConfig, state: CounterState): boolean {
  if (state.phase !== 'counting') return false;
  const target = currentTarget(config, state);
  const min = target === null ? 1 : rangeMin(target);
  const max = target === null ? Infinity : rangeMax(target);
  if (config.side === 'alternating') {
    return state.count % 2 === 0 && state.count / 2 >= min && state.count / 2 < max;
  }
  if (config.side === 'each' && state.side === 'right') return false;
  return state.count >= min && state.count < max;
}

/** True when one more set may follow the completed exercise (a sets range not yet at its maximum). */
export function canAddSet(config: CounterConfig, state: CounterState): boolean {
  return state.phase === 'complete' && state.setsDone < rangeMax(config.sets);
}

/** The next state and its effects. Actions that do not apply to the current phase change nothing. */
export function reduceCounter(
  config: CounterConfig,
  state: CounterState,
  action: CounterAction,
): CounterResult {
  if (state.pausedAt !== null && action.type !== 'resume' && action.type !== 'reset') {
    return unchanged(state);
  }
  switch (action.type) {
    case 'tap':
      if (state.phase === 'holding') return tick(config, state, action.now);
      if (state.phase !== 'counting') return unchanged(state);
      if (config.holdMs > 0) {
        const endsAt = action.now + config.holdMs;
        return {
          state: { ...state, phase: 'holding', holdEndsAt: endsAt, startedAt: state.startedAt ?? action.now },
          effects: [{ type: 'hold-start', endsAt }],
        };
      }
      return countRep(config, state, action.now);
    case 'tick':
      return tick(config, state, action.now);
    case 'cancelHold':
      return state.phase === 'holding' ? cancelHold(state) : unchanged(state);
    case 'undo':
      return undo(state);
    case 'finish':
      if (!canFinish(config, state)) return unchanged(state);
      return endSideOrSet(config, state, action.now, []);
    case 'skipRest':
      if (state.phase !== 'rest') return unchanged(state);
      return startNextSet(state, []);
    case 'extendRest': {
      if (state.phase !== 'rest' || state.restEndsAt === null || !(action.seconds > 0))
        return unchanged(state);
      const endsAt = state.restEndsAt + action.seconds * 1000;
      return { state: { ...state, restEndsAt: endsAt }, effects: [{ type: 'rest-extend', endsAt }] };
    }
    case 'extraSet':
      if (!canAddSet(config, state)) return unchanged(state);
      return startNextSet(state, []);
    case 'reset':
      return { state: initialCounter(config), effects: [] };
    case 'pause':
      return { state: { ...state, pausedAt: action.now }, effects: [] };
    case 'resume':
      return state.pausedAt === null ? unchanged(state) : { state: resume(state, action.now), effects: [] };
  }
}

/** Every running clock continues with the time it had left when paused. */
function resume(state: CounterState, now: number): CounterState {
  const paused = Math.max(0, now - (state.pausedAt ?? now));
  const later = (at: number | null): number | null => (at === null ? null : at + paused);
  return {
    ...state,
    pausedAt: null,
    holdEndsAt: later(state.holdEndsAt),
    restEndsAt: later(state.restEndsAt),
    startedAt: state.phase === 'complete' ? state.startedAt : later(state.startedAt),
  };
}

const unchanged = (state: CounterState): CounterResult => ({ state, effects: [] });

/** Applies every deadline that `now` has passed, in order. */
function tick(config: CounterConfig, state: CounterState, now: number): CounterResult {
  const effects: CounterEffect[] = [];
  // Each pass consumes one deadline; a hold and the rest after it are the most one tick can pass.
  for (let pass = 0; pass < 4; pass++) {
    if (state.phase === 'holding' && state.holdEndsAt !== null && now >= state.holdEndsAt) {
      const at = state.holdEndsAt;
      const result = countRep(config, { ...state, phase: 'counting', holdEndsAt: null }, at);
      state = result.state;
      effects.push(...result.effects);
    } else if (state.phase === 'rest' && state.restEndsAt !== null && now >= state.restEndsAt) {
      const result = startNextSet(state, []);
      state = result.state;
      effects.push(...result.effects);
    } else {
      break;
    }
  }
  return { state, effects };
}

function countRep(config: CounterConfig, before: CounterState, now: number): CounterResult {
  const snapshot: CounterState = { ...before, phase: 'counting', holdEndsAt: null };
  const count = before.count + 1;
  const alternating = config.side === 'alternating';
  const repSide = before.side;
  const state: CounterState = {
    ...before,
    phase: 'counting',
    holdEndsAt: null,
    count,
    totalReps: before.totalReps + 1,
    leftReps: before.leftReps + (repSide === 'left' ? 1 : 0),
    rightReps: before.rightReps + (repSide === 'right' ? 1 : 0),
    startedAt: before.startedAt ?? now,
    previous: snapshot,
    side: alternating ? (repSide === 'left' ? 'right' : 'left') : repSide,
  };
  const rep = alternating ? Math.ceil(count / 2) : count;
  const effects: CounterEffect[] = [{ type: 'rep', rep, set: state.set, side: repSide }];

  const target = currentTarget(config, state);
  const max = target === null ? Infinity : rangeMax(target);
  // Alternating sets may only end on a right rep, so both sides match.
  const sidesEven = !alternating || count % 2 === 0;
  if (sidesEven && rep >= max) return endSideOrSet(config, state, now, effects);
  if (sidesEven && target !== null && rangeMin(target) < max && rep === rangeMin(target)) {
    effects.push({ type: 'minimum-reached', max });
  }
  return { state, effects };
}

/** Ends the first side of `each` (switching sides) or the set (rest, or complete after the last set). */
function endSideOrSet(
  config: CounterConfig,
  state: CounterState,
  now: number,
  effects: CounterEffect[],
): CounterResult {
  if (config.side === 'each' && state.side === 'left') {
    effects.push({ type: 'side-change', side: 'right' });
    return { state: { ...state, side: 'right', firstSideCount: state.count, count: 0 }, effects };
  }
  const setsDone = state.setsDone + 1;
  effects.push({ type: 'set-complete', set: state.set });
  if (setsDone >= plannedSets(config)) {
    const durationMs = Math.max(0, now - (state.startedAt ?? now));
    effects.push({ type: 'complete', sets: setsDone, reps: state.totalReps, durationMs });
    return { state: { ...state, setsDone, phase: 'complete', completedAt: now, previous: null }, effects };
  }
  const rested: CounterState = { ...state, setsDone };
  if (config.restMs <= 0) return startNextSet(rested, effects);
  const endsAt = now + config.restMs;
  effects.push({ type: 'rest-start', endsAt });
  return { state: { ...rested, phase: 'rest', restEndsAt: endsAt }, effects };
}

function startNextSet(state: CounterState, effects: CounterEffect[]): CounterResult {
  const set = state.setsDone + 1;
  effects.push({ type: 'set-start', set });
  return {
    state: {
      ...state,
      phase: 'counting',
      set,
      count: 0,
      firstSideCount: null,
      side: state.side === null ? null : 'left',
      restEndsAt: null,
      previous: null,
    },
    effects,
  };
}

function undo(state: CounterState): CounterResult {
  if (state.phase === 'holding') return cancelHold(state);
  // A completed exercise stays completed; a new set clears the history, so done sets stay done.
  const previous = state.previous;
  if (state.phase === 'complete' || !previous) return unchanged(state);
  const effects: CounterEffect[] = [];
  if (previous.side !== null && previous.firstSideCount === null && state.firstSideCount !== null) {
    // Back across the switch of `each`: the user is on the first side again.
    effects.push({ type: 'side-change', side: previous.side });
  }
  effects.push({ type: 'undo' });
  // The start time stays the first tap's, as moved by any pause since (the snapshot has the old one).
  const startedAt = previous.startedAt === null ? null : state.startedAt;
  return { state: { ...previous, startedAt }, effects };
}

function cancelHold(state: CounterState): CounterResult {
  return {
    state: {
      ...state,
      phase: 'counting',
      holdEndsAt: null,
      startedAt: state.totalReps > 0 ? state.startedAt : null,
    },
    effects: [{ type: 'hold-cancel' }],
  };
}

/** The plain-data part of a state (no undo history), as saved for form state restore. */
/**
 * The state of a fresh count after `reps` taps by the counter's own rules (each hold run to its end,
 * rests and side changes as they fall), at `now`: how a count continues after a reload. A count that
 * would pass the last set stops where the counter would; `reps` that is not a whole number above zero
 * gives the fresh state.
 */
export function counterAfterReps(config: CounterConfig, reps: number, now: number): CounterState {
  let state = initialCounter(config);
  if (!Number.isInteger(reps) || reps <= 0) return state;
  let at = now;
  for (let n = 0; n < reps && state.phase !== 'complete'; n++) {
    if (state.phase === 'rest' && state.restEndsAt !== null) {
      at = state.restEndsAt;
      state = reduceCounter(config, state, { type: 'tick', now: at }).state;
    }
    state = reduceCounter(config, state, { type: 'tap', now: at }).state;
    if (state.phase === 'holding' && state.holdEndsAt !== null) {
      at = state.holdEndsAt;
      state = reduceCounter(config, state, { type: 'tick', now: at }).state;
    }
  }
  // The replay ran its holds and rests on a clock of its own; a restored count's clocks run from now.
  const shift = at - now;
  const back = (time: number | null): number | null => (time === null ? null : time - shift);
  return shift === 0
    ? state
    : {
        ...state,
        startedAt: back(state.startedAt),
        completedAt: back(state.completedAt),
        restEndsAt: back(state.restEndsAt),
      };
}

export type CounterSnapshot = Omit<CounterState, 'previous'>;

export function snapshotOf(state: CounterState): CounterSnapshot {
  const { previous: _previous, ...rest } = state;
  return rest;
}

/**
 * Rebuilds a state from a saved snapshot, or returns null when it is not a plausible one. A hold in
 * progress is dropped (the rep was not counted); rest and deadlines are kept, so a late tick catches up.
 */
export function restoreCounter(config: CounterConfig, saved: unknown): CounterState | null {
  if (typeof saved !== 'object' || saved === null) return null;
  const s = saved as Record<string, unknown>;
  const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
  const time = (v: unknown): v is number | null =>
    v === null || (typeof v === 'number' && Number.isFinite(v));
  const phases: CounterPhase[] = ['counting', 'holding', 'rest', 'complete'];
  const sides = [null, 'left', 'right'];
  if (
    !phases.includes(s.phase as CounterPhase) ||
    !count(s.set) ||
    s.set < 1 ||
    !count(s.setsDone) ||
    !count(s.count) ||
    !count(s.totalReps) ||
    !count(s.leftReps) ||
    !count(s.rightReps) ||
    !(s.firstSideCount === null || count(s.firstSideCount)) ||
    !sides.includes(s.side as string | null) ||
    (s.side === null) !== (config.side === null) ||
    !time(s.startedAt) ||
    !time(s.completedAt) ||
    !time(s.holdEndsAt) ||
    !time(s.restEndsAt) ||
    !(s.pausedAt === undefined || time(s.pausedAt))
  ) {
    return null;
  }
  // Snapshots saved before pausing existed have no `pausedAt`.
  const pausedAt = (s.pausedAt as number | null | undefined) ?? null;
  const state = { ...(s as unknown as CounterSnapshot), pausedAt, previous: null };
  if (state.phase === 'holding') return { ...state, phase: 'counting', holdEndsAt: null };
  if (state.phase === 'rest' && state.restEndsAt === null) return { ...state, phase: 'counting' };
  return state;
}

/**
 * The value a form submits: empty before the first rep, then `key=value` pairs joined by `;`:
 * `reps` (total reps over every set and side), `sets` (sets completed), and with sides `left` and
 * `right` (their reps), e.g. `reps=24;sets=2;left=12;right=12`. Plain text a form backend can split
 * without a JSON parser; new keys may be added at the end, existing keys never change.
 */
export function formValueOf(state: CounterState): string {
  if (state.totalReps === 0) return '';
  const pairs = [`reps=${state.totalReps}`, `sets=${state.setsDone}`];
  if (state.side !== null) pairs.push(`left=${state.leftReps}`, `right=${state.rightReps}`);
  return pairs.join(';');
}
