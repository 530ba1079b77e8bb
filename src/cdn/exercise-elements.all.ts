/**
 * The all-in-one file (dist/cdn/exercise-elements.all.js), for a page that wants a single request:
 * registers every element up front and exports nothing, so the bundle carries only what the elements
 * use. Registration is guarded: loading it twice, or beside the light loader, is harmless. Most pages
 * should use exercise-elements.js instead, which downloads only the elements the page shows.
 */
import '../exercise-card/exercise-card.js';
import '../rep-counter/rep-counter.js';
import '../routine-player/routine-player.js';
