/**
 * The drop-in file (dist/cdn/exercise-elements.js): registers every element and exports nothing, so
 * the bundle carries only what the elements use. Registration is guarded: loading it twice is harmless.
 * Pages whose elements were rendered on a server use exercise-elements-hydrate.js instead.
 */
import '../exercise-card/exercise-card.js';
import '../rep-counter/rep-counter.js';
import '../routine-player/routine-player.js';
