/**
 * `<routine-player>`: importing this module registers the element (its view registers `<rep-counter>`,
 * which it embeds). Registration is guarded, so a page that loads the script twice sees no error.
 */
import { RoutinePlayer } from './routine-player.component.js';

export { RoutinePlayer };
export { CUE_DEFAULTS, type PlayerPhase } from './routine-player.component.js';

RoutinePlayer.define('routine-player');

declare global {
  interface HTMLElementTagNameMap {
    'routine-player': RoutinePlayer;
  }
}
