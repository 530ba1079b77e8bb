/**
 * `<exercise-card>`: importing this module registers the element. Registration is guarded, so a page
 * that loads the script twice (or another bundle that registered the tag first) sees no error.
 * It also exports every type the element's properties and events use, so one import serves both.
 */
import { ExerciseCard } from './exercise-card.component.js';

export { ExerciseCard };
export type {
  ExErrorDetail,
  ExLoadDetail,
  ExStartDetail,
  ExWarningDetail,
  ExEventDetails,
} from '../internal/events.js';
export type { ValidationError } from '../data/validate.js';
export type { Exercise, ExerciseInput } from '../data/exercise-schema.js';
export type { ValidatedExercise } from '../core/document-names.js';

ExerciseCard.define('exercise-card');

declare global {
  interface HTMLElementTagNameMap {
    'exercise-card': ExerciseCard;
  }
}
