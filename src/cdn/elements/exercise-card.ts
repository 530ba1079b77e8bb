/** Chunk the light loader (../exercise-elements.ts) imports when the first `<exercise-card>` appears: registers it (guarded). */
import '../../exercise-card/exercise-card.js';
