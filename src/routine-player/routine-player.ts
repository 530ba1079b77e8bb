/**
 * `<routine-player>`: importing this module registers the element (its view registers `<rep-counter>`,
 * which it embeds). Registration is guarded, so a page that loads the script twice sees no error.
 * It also exports every type the element's properties, methods and events use.
 */
import { RoutinePlayer } from './routine-player.component.js';

export { RoutinePlayer };
export { CUE_DEFAULTS, type PlayerPhase } from './routine-player.component.js';
export type {
  CheckinFeeling,
  ExCheckinDetail,
  ExErrorDetail,
  ExEventDetails,
  ExLoadDetail,
  ExPauseDetail,
  ExRoutineCompleteDetail,
  ExRoutineStartDetail,
  ExStepChangeDetail,
  ExStopDetail,
  ExWarningDetail,
} from '../internal/events.js';
export type { ValidationError } from '../data/validate.js';
export type { Routine, RoutineInput } from '../data/routine-schema.js';
export type { ValidatedRoutine } from '../core/document-names.js';
export type { Pace, TimelineStep } from '../core/timeline-types.js';
export type { PlayerState, SessionSummary, StopReason } from '../core/player-reducer.js';

RoutinePlayer.define('routine-player');

declare global {
  interface HTMLElementTagNameMap {
    'routine-player': RoutinePlayer;
  }
}
