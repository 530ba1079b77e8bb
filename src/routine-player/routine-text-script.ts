/**
 * The routine player's reader of a child `<script type="text/x-exercise-routine">`: a routine in the
 * authoring text format (src/core/routine-text). The player imports this module only when such a script
 * is present, so a page whose routines are JSON never downloads the text parser.
 *
 * Inside a script nothing is decoded by the browser, so whoever writes one (the WordPress plugin, a
 * page author) writes `&` as `&amp;` and `<` as `&lt;`: then nothing in the text can close the script.
 * Those two are read back here; everything else is read as written.
 */
import { parseRoutineText } from '../core/routine-text/parse-routine-text.js';
import type { RoutineInput } from '../data/routine-schema.js';

/** The routine written in the script's text; never throws. */
export function readRoutineTextScript(text: string): RoutineInput {
  return parseRoutineText(text.replace(/&lt;/g, '<').replace(/&amp;/g, '&')).routine;
}
