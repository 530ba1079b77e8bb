/** Chunk the light loader (../exercise-elements.ts) imports when the first `<rep-counter>` appears: registers it (guarded). */
import '../../rep-counter/rep-counter.js';
