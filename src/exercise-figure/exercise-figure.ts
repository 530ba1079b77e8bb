/**
 * `<exercise-figure>`: importing this module registers the element (guarded, like every element).
 * The card and the player import it only when an exercise has a figure.
 */
import { ExerciseFigure } from './exercise-figure.component.js';

export { ExerciseFigure };

ExerciseFigure.define('exercise-figure');

declare global {
  interface HTMLElementTagNameMap {
    'exercise-figure': ExerciseFigure;
  }
}
