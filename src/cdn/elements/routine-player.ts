/** Chunk the light loader (../exercise-elements.ts) imports when the first `<routine-player>` appears: registers it (guarded). */
import '../../routine-player/routine-player.js';
