import { RepCounter } from './rep-counter.component.js';

export { RepCounter };
export { REST_EXTENSION_SECONDS } from './rep-counter.component.js';

RepCounter.define('rep-counter');

declare global {
  interface HTMLElementTagNameMap {
    'rep-counter': RepCounter;
  }
}
