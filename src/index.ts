/**
 * `exercise-elements`: registers every element (guarded, so loading it twice is harmless) and exports
 * their classes, every type their properties and events use, and the core logic.
 */
export * from './exercise-card/exercise-card.js';
export * from './rep-counter/rep-counter.js';
export * from './routine-player/routine-player.js';
export * from './exercise-figure/exercise-figure.js';
export type * from './internal/events.js';
export type { VoiceMode } from './internal/feedback-controller.js';
export type { CounterPhase } from './core/rep-counter-state.js';
export * from './core/index.js';

import { plugInDosageTextReader } from './data/plug-dosage-text-reader.js';

// Everything is eager here, the dosage text parser included (an element module imported alone loads it
// only for data with a dosage written as text): a server-rendered card hydrates in its first update.
plugInDosageTextReader();
