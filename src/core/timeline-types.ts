/**
 * The shapes of a routine timeline: the ordered, flat list of steps the routine player walks through.
 * Every step is plain JSON data (no functions, no `undefined` values: "none" is `null`), so a timeline,
 * and a player state holding it, survives `JSON.stringify`/`JSON.parse` unchanged and can be persisted.
 */
import type { Dosage, Range } from './dosage-types.js';
import type { Side } from './side.js';
import type { Exercise } from '../data/exercise-schema.js';
import type { RoutineSection, SectionKind } from '../data/routine-schema.js';

/** Which value of a range the player uses: its lower bound, the middle, or its upper bound. */
export type Pace = 'min' | 'mid' | 'max';

/** Text as authored: plain, or a map from language code to text; localized by the element. */
export type AuthoredText = Exercise['name'];

export interface TimelineOptions {
  /** Which value of every range (sets, reps, hold, duration, rest) is used. Default `'min'`. */
  pace?: Pace;
  /** Whether `kind: "bonus"` sections are part of the session. Default `true`. */
  includeBonus?: boolean;
  /** Length of a section intro. Default 5; 0 leaves intros out. */
  introSeconds?: number;
  /** Countdown before an exercise's first work. Default 5; 0 leaves it out. */
  getReadySeconds?: number;
  /** Pause between the left and the right side of a set. Default 5; 0 leaves it out. */
  switchSidesSeconds?: number;
  /** Rest between sets when the dosage gives none. Default 30. */
  defaultRestSeconds?: number;
  /** Rest between exercises when the routine gives none. Default 15; 0 leaves it out. */
  defaultRestBetweenExercisesSeconds?: number;
  /** Estimate for one rep without a hold. Default 3. */
  secondsPerRep?: number;
  /** Estimate for the movement around each hold (getting in and out of it). Default 2. */
  holdOverheadSeconds?: number;
  /** Estimate for a set with no prescribed amount (an open "done" gate). Default 30. */
  openWorkSeconds?: number;
}

export type TimelineStepKind =
  'intro' | 'get-ready' | 'work' | 'switch-sides' | 'rest-set' | 'rest-exercise' | 'finish';

interface StepBase {
  /** Stable across builds of the same routine (and across paces), e.g. `s0-i1-set2-left-work`. */
  id: string;
  /** Fixed length in seconds, or `null` for a gate that waits for the user (rep-based work). */
  durationSeconds: number | null;
  /** What the step is expected to take, in seconds: the duration when fixed, else an estimate. */
  estimateSeconds: number;
}

/** Which exercise a step belongs to. */
export interface ExerciseRef {
  /** `s<section>-i<item>`: tells two uses of the same exercise in one routine apart. */
  itemKey: string;
  sectionIndex: number;
  itemIndex: number;
  exerciseId: string;
  exerciseName: AuthoredText;
}

export interface IntroStep extends StepBase {
  kind: 'intro';
  sectionIndex: number;
  sectionId: string | null;
  sectionTitle: RoutineSection['title'];
  sectionKind: SectionKind;
  /** How many exercises the section holds. */
  exerciseCount: number;
}

export interface GetReadyStep extends StepBase, ExerciseRef {
  kind: 'get-ready';
}

/**
 * reps: a "done" gate counting `reps`; timed: a countdown; reps-hold: a gate whose every rep holds
 * `holdSeconds`; hold-open: a hold with no time given (the time held counts up until Done);
 * open: no amount at all, a plain "Done" step (nothing on it can show progress).
 */
export type WorkMode = 'reps' | 'timed' | 'reps-hold' | 'hold-open' | 'open';

/**
 * Where a work step's amount comes from: the section item's or the exercise's own `dosage`, the
 * routine's `defaultDosage`, the exercise's figure position (a plank or side plank is a hold), or
 * `null` when nothing gives one.
 */
export type AmountSource = 'item' | 'exercise' | 'routine' | 'position' | null;
export type TimelineSide = Side;

export interface WorkStep extends StepBase, ExerciseRef {
  kind: 'work';
  mode: WorkMode;
  /** Where the amount comes from (see `AmountSource`). */
  amountFrom: AmountSource;
  /** This set (1-based) and the number of sets chosen by pace. */
  set: number;
  sets: number;
  /** The sets as written, e.g. `{min: 2, max: 3}`, for "Set 1 of 2–3"; `null` when not prescribed. */
  setsRange: Range | null;
  /** The side of this step (`side: "each"`), or `null` (no sides, or alternating within the step). */
  side: TimelineSide | null;
  /** How the dosage works the sides. */
  sideMode: 'each' | 'alternating' | null;
  /**
   * The reps the player counts in this step, chosen by pace; `null` for an open gate or timed work.
   * Alternating: both sides together, i.e. twice the per-side number in `repsRange`.
   */
  reps: number | null;
  /** The reps as written (per side when sided), so the UI can still show "10–15". */
  repsRange: Range | null;
  holdSeconds: number | null;
  holdRange: Range | null;
  /** The duration as written; the chosen value is `durationSeconds`. */
  durationRange: Range | null;
  /** The effective dosage (the item's, else the exercise's, with the routine's default), or `null`. */
  dosage: Dosage | null;
}

export interface SwitchSidesStep extends StepBase, ExerciseRef {
  kind: 'switch-sides';
  set: number;
  sets: number;
}

export interface RestSetStep extends StepBase, ExerciseRef {
  kind: 'rest-set';
  /** The set just finished; the next is `afterSet + 1` of `sets`. */
  afterSet: number;
  sets: number;
  /** The rest as written in the dosage, or `null` when the default was used. */
  restRange: Range | null;
}

export interface RestExerciseStep extends StepBase {
  kind: 'rest-exercise';
  /** The exercise that follows, for "Up next". */
  next: ExerciseRef;
}

export interface FinishStep extends StepBase {
  kind: 'finish';
}

export type TimelineStep =
  IntroStep | GetReadyStep | WorkStep | SwitchSidesStep | RestSetStep | RestExerciseStep | FinishStep;
