/** Chunk the autoloader (../autoload.ts) imports when the first `<routine-player>` appears: registers it (guarded). */
import '../../routine-player/routine-player.js';
