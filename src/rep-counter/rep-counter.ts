/**
 * `<rep-counter>`: importing this module registers the element (guarded, so loading it twice is
 * harmless). It also exports every type the element's properties and events use.
 */
import { RepCounter } from './rep-counter.component.js';

export { RepCounter };
export { REST_EXTENSION_SECONDS } from './rep-counter.component.js';
export type {
  ExCompleteDetail,
  ExErrorDetail,
  ExEventDetails,
  ExRepDetail,
  ExSetCompleteDetail,
  ExSideChangeDetail,
  ExWarningDetail,
  Side,
} from '../internal/events.js';
export type { ValidationError } from '../data/validate.js';
export type { Dosage, Range } from '../core/dosage-types.js';
export type { CounterPhase } from '../core/rep-counter-state.js';
export type { VoiceMode } from '../internal/feedback-controller.js';

RepCounter.define('rep-counter');

declare global {
  interface HTMLElementTagNameMap {
    'rep-counter': RepCounter;
  }
}
