/**
 * `<exercise-card>`: importing this module registers the element. Registration is guarded, so a page
 * that loads the script twice (or another bundle that registered the tag first) sees no error.
 */
import { ExerciseCard } from './exercise-card.component.js';

export { ExerciseCard };

ExerciseCard.define('exercise-card');

declare global {
  interface HTMLElementTagNameMap {
    'exercise-card': ExerciseCard;
  }
}
