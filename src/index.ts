/**
 * `exercise-elements`: registers every element (guarded, so loading it twice is harmless) and exports
 * their classes, the events' detail types and the core logic.
 */
export * from './exercise-card/exercise-card.js';
export * from './rep-counter/rep-counter.js';
export * from './routine-player/routine-player.js';
export type * from './internal/events.js';
export * from './core/index.js';
