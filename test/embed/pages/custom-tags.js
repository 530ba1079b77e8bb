// A clinic's own tag names: the unregistered classes from the npm package, defined under new tags.
import { ExerciseCard } from 'exercise-elements/exercise-card.component.js';
import { RepCounter } from 'exercise-elements/rep-counter.component.js';

customElements.define('clinic-card', class extends ExerciseCard {});
customElements.define('clinic-counter', class extends RepCounter {});
