/**
 * The drop-in file (dist/cdn/exercise-elements.js): registers every element and exports nothing, so
 * the bundle carries only what the elements use. Registration is guarded: loading it twice is harmless.
 */
import '../exercise-card/exercise-card.js';
import '../rep-counter/rep-counter.js';
import '../routine-player/routine-player.js';
