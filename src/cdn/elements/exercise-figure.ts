/** Chunk the light loader (../exercise-elements.ts) imports when the first `<exercise-figure>` appears: registers it (guarded). */
import '../../exercise-figure/exercise-figure.js';
