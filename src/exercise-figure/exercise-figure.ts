/**
 * `<exercise-figure>`: importing this module registers the element (guarded, like every element).
 * The card and the player import it only when an exercise has a figure. It also exports every type the
 * element's properties and events use.
 */
import { ExerciseFigure } from './exercise-figure.component.js';

export { ExerciseFigure };
export type { FigureState } from './exercise-figure.component.js';
export type { FigureSpec } from '../core/figure/figure-spec.js';
export type { Figure, FigureInput } from '../data/figure-schema.js';
export type { ExWarningDetail, ExEventDetails } from '../internal/events.js';
export type { ValidationError } from '../data/validate.js';

ExerciseFigure.define('exercise-figure');

declare global {
  interface HTMLElementTagNameMap {
    'exercise-figure': ExerciseFigure;
  }
}
