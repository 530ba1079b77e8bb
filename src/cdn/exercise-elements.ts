/**
 * The drop-in file (dist/cdn/exercise-elements.js): registers every element and exports nothing, so
 * the bundle carries only what the elements use. Registration is guarded: loading it twice is harmless.
 */
// First, so Lit can take over server-rendered (declarative shadow DOM) elements instead of rendering twice.
import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
import '../exercise-card/exercise-card.js';
import '../rep-counter/rep-counter.js';
import '../routine-player/routine-player.js';
