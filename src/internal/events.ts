/**
 * Every event the library fires, declared once with its `detail` type. Elements emit them through
 * `ExerciseElement.emit`, which makes them bubble and cross shadow roots (composed), so a host page can
 * listen on the element or anywhere above it. Events fire on user or timer action, never because code
 * set a property.
 */
import type { SessionSummary, StopReason } from '../core/player-reducer.js';
import type { Side } from '../core/side.js';
import type { TimelineStep } from '../core/timeline-types.js';
import type { ExerciseInput } from '../data/exercise-schema.js';
import type { ValidationError } from '../data/validate.js';
import type { RoutineInput } from '../data/routine-schema.js';

export interface ExErrorDetail {
  /** What went wrong, in a sentence for the author. */
  message: string;
  /**
   * `load` (network), `parse` (not JSON), `invalid` (validation), `not-found` (fragment id missing),
   * `too-large` (a document over the size limit), `internal` (the element itself failed to show it).
   */
  kind: 'load' | 'parse' | 'invalid' | 'not-found' | 'too-large' | 'internal';
  /** Validation errors with their paths; empty for network and parse errors. */
  errors: ValidationError[];
}

/**
 * Something in the data or an attribute was left out or not understood, but the element still shows
 * the rest (an invalid optional field, an unreadable dosage). Meant for the author, never shown to
 * readers unless the element has the `debug` attribute.
 */
export interface ExWarningDetail {
  /** Each problem with its path (`dosage`, `media.images[0].src`; the attribute's name for attributes). */
  warnings: ValidationError[];
}

export interface ExLoadDetail {
  /** The id of the exercise or routine that loaded and passed validation. */
  id: string;
}

export interface ExStartDetail {
  /** The id of the exercise or routine being started. */
  id: string;
}

// Core's type, re-exported so event listeners keep importing it from here.
export type { Side };

export interface ExRepDetail {
  rep: number;
  set: number;
  side: Side | null;
}
export interface ExSetCompleteDetail {
  set: number;
}
export interface ExSideChangeDetail {
  side: Side;
}
export interface ExCompleteDetail {
  sets: number;
  reps: number;
  durationMs: number;
}

/* ---- <routine-player> ---- */

export interface ExRoutineStartDetail {
  /** The routine's id. */
  id: string;
}
export interface ExStepChangeDetail {
  /** Position of the step in the timeline. */
  index: number;
  /** The step now shown (plain JSON, see `TimelineStep`). */
  step: TimelineStep;
}
export interface ExPauseDetail {
  /** Position of the current step in the timeline. */
  index: number;
}
export interface ExStopDetail {
  /** `pain` (from "This hurts"), `user` or `ended`. */
  reason: StopReason;
  /** The exercise of the step the session stopped in, or `null` between exercises. */
  exerciseId: string | null;
}
export interface ExRoutineCompleteDetail {
  /** Time taken (pauses excluded) and the exercises done, skipped or not reached. */
  summary: SessionSummary;
}
export type CheckinFeeling = 'too-easy' | 'about-right' | 'too-hard';
export interface ExCheckinDetail {
  /** Pain from 0 (none) to 10 (worst imaginable), or `null` when not answered. */
  pain: number | null;
  /** How the session felt, or `null` when not answered. */
  feeling: CheckinFeeling | null;
  /** The user's own words; empty when none. */
  note: string;
  /** The routine's id. */
  routineId: string;
}

/* ---- <routine-editor> ---- */

export interface ExChangeDetail {
  /** The document after the edit, in the input shape of our JSON (dosage lines as text). */
  routine: RoutineInput;
  /**
   * What made the edit: the text pane, the form, an imported article, an opened file, a restored draft,
   * or Undo and Redo.
   */
  source: 'text' | 'form' | 'import' | 'open' | 'draft' | 'undo' | 'redo';
}

/* ---- the editor's library panel ---- */

export interface ExLibraryPickDetail {
  /** The exercise the author chose, as our JSON (pictures with absolute addresses); no dosage yet. */
  exercise: ExerciseInput;
}

/** Map of event name → detail type: the single source for emitters and listeners. */
export interface ExEventDetails {
  'ex-error': ExErrorDetail;
  'ex-warning': ExWarningDetail;
  'ex-load': ExLoadDetail;
  'ex-start': ExStartDetail;
  'ex-rep': ExRepDetail;
  'ex-set-complete': ExSetCompleteDetail;
  'ex-side-change': ExSideChangeDetail;
  'ex-complete': ExCompleteDetail;
  'ex-routine-start': ExRoutineStartDetail;
  'ex-step-change': ExStepChangeDetail;
  'ex-pause': ExPauseDetail;
  'ex-resume': ExPauseDetail;
  'ex-stop': ExStopDetail;
  'ex-routine-complete': ExRoutineCompleteDetail;
  'ex-checkin': ExCheckinDetail;
  'ex-change': ExChangeDetail;
  'ex-library-pick': ExLibraryPickDetail;
}

export type ExEventName = keyof ExEventDetails;

declare global {
  interface GlobalEventHandlersEventMap {
    'ex-error': CustomEvent<ExErrorDetail>;
    'ex-warning': CustomEvent<ExWarningDetail>;
    'ex-load': CustomEvent<ExLoadDetail>;
    'ex-start': CustomEvent<ExStartDetail>;
    'ex-rep': CustomEvent<ExRepDetail>;
    'ex-set-complete': CustomEvent<ExSetCompleteDetail>;
    'ex-side-change': CustomEvent<ExSideChangeDetail>;
    'ex-complete': CustomEvent<ExCompleteDetail>;
    'ex-routine-start': CustomEvent<ExRoutineStartDetail>;
    'ex-step-change': CustomEvent<ExStepChangeDetail>;
    'ex-pause': CustomEvent<ExPauseDetail>;
    'ex-resume': CustomEvent<ExPauseDetail>;
    'ex-stop': CustomEvent<ExStopDetail>;
    'ex-routine-complete': CustomEvent<ExRoutineCompleteDetail>;
    'ex-checkin': CustomEvent<ExCheckinDetail>;
    'ex-change': CustomEvent<ExChangeDetail>;
    'ex-library-pick': CustomEvent<ExLibraryPickDetail>;
  }
}
