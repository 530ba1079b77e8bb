/**
 * `buildTimeline(routine, options)` turns a validated routine into the flat list of steps the player walks
 * through, and `estimateDuration` adds them up for the overview ("about 5 minutes").
 *
 * Design: the timeline is decided once, up front, so the player's reducer only moves an index along it and
 * never looks at a dosage. Each step is plain JSON with a stable id (`s0-i1-set2-left-work`) built from
 * positions in the document, so a saved session resumes by id even when the pace changes the set count.
 *
 * The rules, in one place:
 * - Order: a section `intro` per section; per exercise a `get-ready` countdown, then its sets; between
 *   sets a `rest-set`; between exercises (also across sections) a `rest-exercise`, never after the last;
 *   one `finish` at the end. Bonus sections are included unless `includeBonus: false`.
 * - Ranges: `pace` picks min, mid or max of every range; mid is rounded for sets and reps (whole
 *   numbers) and kept exact for seconds. The written range travels with the step for display.
 * - Amount: the item's dosage, else the exercise's; a dosage without an amount (no reps, hold or
 *   duration: only sides, sets or words) takes the amount of the routine's `defaultDosage`, its own
 *   fields winning. An exercise drawn in a plank or side-plank position is a hold: it takes only a
 *   time from the default (`durationSeconds`, else `holdSeconds`), never reps, and without one it is
 *   a `hold-open` step whose time counts up until Done; a side plank is held on each side unless the
 *   dosage says otherwise. Nothing at all makes an `open` step: a plain Done, with no target.
 * - Work mode: `durationSeconds` makes timed work (it wins over reps, which stay on the step as
 *   information); reps with `holdSeconds` make `reps-hold`; a hold without reps is one timed hold; reps
 *   make a `reps` gate (one set when no sets).
 * - Sides: `each` gives one work step per side per set, left first, with `switch-sides` between them.
 *   `alternating` gives one step per set whose `reps` counts both sides (twice the per-side number).
 * - Durations: countdowns, rests and timed work have a fixed `durationSeconds`; gates have `null` and an
 *   estimate: reps × `secondsPerRep`, reps × (hold + `holdOverheadSeconds`), or `openWorkSeconds`
 *   (open and hold-open steps).
 *   A countdown or rest of 0 seconds is left out rather than flashed.
 *
 * Size: `buildTimeline` only ever sees validated documents, and the schema's limits (core/limits.ts)
 * bound the steps it makes: at most `maxItemsPerRoutine` exercises, each with one get-ready and, per
 * set (at most `maxSets`), at most two work steps, one side switch and one rest, plus one intro per
 * section, the rests between exercises and the finish. That is `MAX_TIMELINE_STEPS` (8 221 today), a
 * few megabytes at worst, whatever counts of reps or seconds the document holds: steps are per set,
 * never per rep or per second.
 */
import { rangeMax, rangeMin, type Dosage, type Range } from './dosage-types.js';
import { DOCUMENT_LIMITS, LIMITS } from './limits.js';
import { resolveRoutineItems, type ResolvedItem } from '../data/resolve-routine.js';
import type { Exercise } from '../data/exercise-schema.js';
import type { Routine } from '../data/routine-schema.js';
import type {
  AmountSource,
  ExerciseRef,
  Pace,
  TimelineOptions,
  TimelineSide,
  TimelineStep,
  WorkMode,
  WorkStep,
} from './timeline-types.js';

export const TIMELINE_DEFAULTS: Readonly<Required<TimelineOptions>> = Object.freeze({
  pace: 'min',
  includeBonus: true,
  introSeconds: 5,
  getReadySeconds: 5,
  switchSidesSeconds: 5,
  defaultRestSeconds: 30,
  defaultRestBetweenExercisesSeconds: 15,
  secondsPerRep: 3,
  holdOverheadSeconds: 2,
  openWorkSeconds: 30,
});

/** The most steps `buildTimeline` can make for a document within the limits (see "Size" above). */
export const MAX_TIMELINE_STEPS =
  DOCUMENT_LIMITS.maxItemsPerRoutine * (1 + LIMITS.maxSets * 4 + 1) + DOCUMENT_LIMITS.maxSections + 1;

/** The value of `range` that `pace` asks for; `whole` rounds the middle of a range to a whole number. */
export function pickFromRange(range: Range, pace: Pace, whole = false): number {
  if (pace === 'min') return rangeMin(range);
  if (pace === 'max') return rangeMax(range);
  const mid = (rangeMin(range) + rangeMax(range)) / 2;
  return whole ? Math.round(mid) : mid;
}

function resolveOptions(options: TimelineOptions): Required<TimelineOptions> {
  const out: Required<TimelineOptions> = { ...TIMELINE_DEFAULTS };
  if (options.pace === 'min' || options.pace === 'mid' || options.pace === 'max') out.pace = options.pace;
  if (typeof options.includeBonus === 'boolean') out.includeBonus = options.includeBonus;
  const numeric = [
    'introSeconds',
    'getReadySeconds',
    'switchSidesSeconds',
    'defaultRestSeconds',
    'defaultRestBetweenExercisesSeconds',
    'secondsPerRep',
    'holdOverheadSeconds',
    'openWorkSeconds',
  ] as const;
  // A negative, NaN or infinite setting falls back to the default instead of breaking the estimate.
  for (const key of numeric) {
    const value = options[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) out[key] = value;
  }
  return out;
}

/** A copy of the dosage without `undefined` fields, so the step round-trips through JSON unchanged. */
function plainDosage(dosage: Dosage): Dosage {
  return Object.fromEntries(Object.entries(dosage).filter(([, value]) => value !== undefined)) as Dosage;
}

interface WorkPlan {
  mode: WorkMode;
  sets: number;
  reps: number | null;
  holdSeconds: number | null;
  durationSeconds: number | null;
  estimateSeconds: number;
}

/** Positions whose exercise is held still, never counted in reps. */
const HOLD_POSITIONS: ReadonlySet<string> = new Set(['plank', 'side-plank']);

/** The dosage a work step runs by, and where its amount comes from. */
export interface WorkAmount {
  dosage: Dosage | undefined;
  from: AmountSource;
  /** A hold with no time given: its time counts up until Done. */
  openHold: boolean;
}

const hasAmount = (d: Dosage | undefined): boolean =>
  d !== undefined && (d.reps !== undefined || d.holdSeconds !== undefined || d.durationSeconds !== undefined);

/**
 * The amount of one exercise in a routine, by the rules at the top of this module: `own` is the item's
 * dosage, else the exercise's (`ownFrom` says which); `fallback` the routine's `defaultDosage`.
 */
export function workAmount(
  own: Dosage | undefined,
  ownFrom: 'item' | 'exercise',
  exercise: Pick<Exercise, 'figure'>,
  fallback: Dosage | undefined,
): WorkAmount {
  if (hasAmount(own)) return { dosage: own, from: ownFrom, openHold: false };
  const position = exercise.figure?.position;
  if (position !== undefined && HOLD_POSITIONS.has(position)) {
    const side = own?.side ?? (position === 'side-plank' ? 'each' : undefined);
    const time = fallback?.durationSeconds ?? fallback?.holdSeconds;
    if (time !== undefined) {
      const dosage = plainDosage({
        sets: own?.sets ?? fallback?.sets,
        durationSeconds: time,
        restSeconds: own?.restSeconds ?? fallback?.restSeconds,
        side,
        text: own?.text,
      });
      return { dosage, from: 'routine', openHold: false };
    }
    const dosage = plainDosage({ ...own, side });
    return { dosage: Object.keys(dosage).length ? dosage : undefined, from: 'position', openHold: true };
  }
  if (hasAmount(fallback)) {
    // The default's own words describe the default, not this exercise: only the exercise's are kept.
    const dosage = plainDosage({ ...fallback, text: undefined, ...own });
    return { dosage, from: 'routine', openHold: false };
  }
  return { dosage: own, from: null, openHold: false };
}

/** The amount one item of `routine` runs by (its dosage, the routine's default, or its position). */
export function itemAmount(item: ResolvedItem, routine: Routine): WorkAmount {
  const fromItem = item.section.items[item.itemIndex]?.dosage !== undefined;
  return workAmount(item.dosage, fromItem ? 'item' : 'exercise', item.exercise, routine.defaultDosage);
}

/** What one work step of this dosage looks like (the same for every set and side). */
function planWork(amount: WorkAmount, o: Required<TimelineOptions>): WorkPlan {
  const dosage = amount.dosage;
  const sets = dosage?.sets !== undefined ? pickFromRange(dosage.sets, o.pace, true) : 1;
  const perSide = dosage?.reps !== undefined ? pickFromRange(dosage.reps, o.pace, true) : null;
  const reps = perSide !== null && dosage?.side === 'alternating' ? perSide * 2 : perSide;
  const hold = dosage?.holdSeconds !== undefined ? pickFromRange(dosage.holdSeconds, o.pace) : null;
  const duration =
    dosage?.durationSeconds !== undefined ? pickFromRange(dosage.durationSeconds, o.pace) : null;
  if (duration !== null) {
    return {
      mode: 'timed',
      sets,
      reps,
      holdSeconds: hold,
      durationSeconds: duration,
      estimateSeconds: duration,
    };
  }
  if (hold !== null && reps === null) {
    return { mode: 'timed', sets, reps, holdSeconds: hold, durationSeconds: hold, estimateSeconds: hold };
  }
  if (hold !== null && reps !== null) {
    const estimateSeconds = reps * (hold + o.holdOverheadSeconds);
    return { mode: 'reps-hold', sets, reps, holdSeconds: hold, durationSeconds: null, estimateSeconds };
  }
  if (reps !== null) {
    const estimateSeconds = reps * o.secondsPerRep;
    return { mode: 'reps', sets, reps, holdSeconds: null, durationSeconds: null, estimateSeconds };
  }
  const mode = amount.openHold ? 'hold-open' : 'open';
  return { mode, sets, reps, holdSeconds: null, durationSeconds: null, estimateSeconds: o.openWorkSeconds };
}

function exerciseRef(item: ResolvedItem): ExerciseRef {
  return {
    itemKey: `s${item.sectionIndex}-i${item.itemIndex}`,
    sectionIndex: item.sectionIndex,
    itemIndex: item.itemIndex,
    exerciseId: item.exercise.id,
    exerciseName: item.exercise.name,
  };
}

function exerciseSteps(item: ResolvedItem, routine: Routine, o: Required<TimelineOptions>): TimelineStep[] {
  const ref = exerciseRef(item);
  const amount = itemAmount(item, routine);
  const dosage = amount.dosage;
  const plan = planWork(amount, o);
  const steps: TimelineStep[] = [];
  if (o.getReadySeconds > 0) {
    steps.push({
      kind: 'get-ready',
      id: `${ref.itemKey}-get-ready`,
      durationSeconds: o.getReadySeconds,
      estimateSeconds: o.getReadySeconds,
      ...ref,
    });
  }
  const sideMode = dosage?.side ?? null;
  const sides: Array<TimelineSide | null> = sideMode === 'each' ? ['left', 'right'] : [null];
  const restSeconds = dosage?.restSeconds !== undefined ? pickFromRange(dosage.restSeconds, o.pace) : null;
  const rest = restSeconds ?? o.defaultRestSeconds;
  for (let set = 1; set <= plan.sets; set++) {
    sides.forEach((side, n) => {
      if (n > 0 && o.switchSidesSeconds > 0) {
        steps.push({
          kind: 'switch-sides',
          id: `${ref.itemKey}-set${set}-switch`,
          durationSeconds: o.switchSidesSeconds,
          estimateSeconds: o.switchSidesSeconds,
          ...ref,
          set,
          sets: plan.sets,
        });
      }
      const work: WorkStep = {
        kind: 'work',
        id: `${ref.itemKey}-set${set}${side ? `-${side}` : ''}-work`,
        durationSeconds: plan.durationSeconds,
        estimateSeconds: plan.estimateSeconds,
        ...ref,
        mode: plan.mode,
        amountFrom: amount.from,
        set,
        sets: plan.sets,
        setsRange: dosage?.sets ?? null,
        side,
        sideMode,
        reps: plan.reps,
        repsRange: dosage?.reps ?? null,
        holdSeconds: plan.holdSeconds,
        holdRange: dosage?.holdSeconds ?? null,
        durationRange: dosage?.durationSeconds ?? null,
        dosage: dosage ? plainDosage(dosage) : null,
      };
      steps.push(work);
    });
    if (set < plan.sets && rest > 0) {
      steps.push({
        kind: 'rest-set',
        id: `${ref.itemKey}-set${set}-rest`,
        durationSeconds: rest,
        estimateSeconds: rest,
        ...ref,
        afterSet: set,
        sets: plan.sets,
        restRange: dosage?.restSeconds ?? null,
      });
    }
  }
  return steps;
}

/** The ordered steps of a session of `routine` (see the rules at the top of this module). */
export function buildTimeline(routine: Routine, options: TimelineOptions = {}): TimelineStep[] {
  const o = resolveOptions(options);
  const items = resolveRoutineItems(routine).filter(
    (item) => o.includeBonus || item.section.kind !== 'bonus',
  );
  const restBetween =
    routine.restBetweenExercisesSeconds !== undefined
      ? pickFromRange(routine.restBetweenExercisesSeconds, o.pace)
      : o.defaultRestBetweenExercisesSeconds;
  const steps: TimelineStep[] = [];
  items.forEach((item, n) => {
    const previous = items[n - 1];
    if (previous && restBetween > 0) {
      steps.push({
        kind: 'rest-exercise',
        id: `${exerciseRef(previous).itemKey}-rest`,
        durationSeconds: restBetween,
        estimateSeconds: restBetween,
        next: exerciseRef(item),
      });
    }
    if ((!previous || previous.sectionIndex !== item.sectionIndex) && o.introSeconds > 0) {
      const section = item.section;
      steps.push({
        kind: 'intro',
        id: `s${item.sectionIndex}-intro`,
        durationSeconds: o.introSeconds,
        estimateSeconds: o.introSeconds,
        sectionIndex: item.sectionIndex,
        sectionId: section.id ?? null,
        sectionTitle: section.title,
        sectionKind: section.kind,
        exerciseCount: items.filter((other) => other.sectionIndex === item.sectionIndex).length,
      });
    }
    steps.push(...exerciseSteps(item, routine, o));
  });
  steps.push({ kind: 'finish', id: 'finish', durationSeconds: 0, estimateSeconds: 0 });
  return steps;
}

/** The expected length of these steps in seconds: fixed durations plus the estimates of gates. */
export function estimateSteps(steps: readonly TimelineStep[]): number {
  return steps.reduce((sum, step) => sum + (step.durationSeconds ?? step.estimateSeconds), 0);
}

/**
 * The expected length of a session of `routine` in seconds, with the same options as `buildTimeline`,
 * and equal to `estimateSteps(buildTimeline(routine, options))`. It is computed per exercise
 * (sets × time per set, plus the steps around them), never by building the timeline, so it costs time
 * in proportion to the document whatever the counts say: the schema calls it to refuse a routine whose
 * session would be implausibly long before any timeline exists.
 */
export function estimateDuration(routine: Routine, options: TimelineOptions = {}): number {
  const o = resolveOptions(options);
  const items = resolveRoutineItems(routine).filter(
    (item) => o.includeBonus || item.section.kind !== 'bonus',
  );
  const restBetween =
    routine.restBetweenExercisesSeconds !== undefined
      ? pickFromRange(routine.restBetweenExercisesSeconds, o.pace)
      : o.defaultRestBetweenExercisesSeconds;
  let total = 0;
  items.forEach((item, n) => {
    const previous = items[n - 1];
    if (previous && restBetween > 0) total += restBetween;
    if ((!previous || previous.sectionIndex !== item.sectionIndex) && o.introSeconds > 0)
      total += o.introSeconds;
    total += exerciseSeconds(itemAmount(item, routine), o);
  });
  return total;
}

/** One exercise's get-ready, work, side switches and rests between sets, as `exerciseSteps` lays them out. */
function exerciseSeconds(amount: WorkAmount, o: Required<TimelineOptions>): number {
  const dosage = amount.dosage;
  const plan = planWork(amount, o);
  const sides = dosage?.side === 'each' ? 2 : 1;
  const restSeconds = dosage?.restSeconds !== undefined ? pickFromRange(dosage.restSeconds, o.pace) : null;
  const rest = restSeconds ?? o.defaultRestSeconds;
  const perWork = plan.durationSeconds ?? plan.estimateSeconds;
  const switches = o.switchSidesSeconds > 0 ? plan.sets * (sides - 1) * o.switchSidesSeconds : 0;
  const rests = rest > 0 ? Math.max(0, plan.sets - 1) * rest : 0;
  return Math.max(0, o.getReadySeconds) + plan.sets * sides * perWork + switches + rests;
}

/**
 * Whether two timelines are the same steps (same ids in the same order, same lengths): how the player
 * tells that a state set by code belongs to the timeline it just built, without serializing either.
 */
export function sameTimeline(a: readonly TimelineStep[], b: readonly TimelineStep[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  return a.every((step, i) => {
    const other = b[i];
    return (
      other !== undefined &&
      step.id === other.id &&
      step.kind === other.kind &&
      step.durationSeconds === other.durationSeconds &&
      step.estimateSeconds === other.estimateSeconds
    );
  });
}
