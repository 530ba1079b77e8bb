/**
 * The routine player's reader of a child `<script type="text/x-exercise-routine">`: a routine in the
 * authoring text format (src/core/routine-text). The player imports this module only when such a script
 * is present, so a page whose routines are JSON never downloads the text parser.
 *
 * Inside a script nothing is decoded by the browser, so whoever writes one (the WordPress plugin, a
 * page author) writes `&` as `&amp;` and `<` as `&lt;`: then nothing in the text can close the script.
 * Those two are read back here; everything else is read as written.
 */
import type { MadeUpTitles } from '../core/made-up-titles.js';
import { parseRoutineText } from '../core/routine-text/parse-routine-text.js';
import type { RoutineInput } from '../data/routine-schema.js';
import type { ValidationError } from '../data/validation-core.js';

export interface TextScriptRoutine {
  routine: RoutineInput;
  /**
   * What the reader told the author about the text, by line ("line 7: …"): a misspelt label, an amount
   * it could not read. What validation finds is left to the player's own warnings, which say it once.
   */
  warnings: ValidationError[];
}

/**
 * The routine written in the script's text, and the reader's remarks on it; never throws. `titles` name
 * what the author left unnamed (no title, exercises before any section), in the reader's language.
 */
export function readRoutineTextScript(text: string, titles?: Partial<MadeUpTitles>): TextScriptRoutine {
  const { routine, diagnostics } = parseRoutineText(text.replace(/&lt;/g, '<').replace(/&amp;/g, '&'), {
    titles,
  });
  return {
    routine,
    warnings: diagnostics
      .filter((d) => d.severity !== 'info' && d.code !== 'invalid-value' && d.code !== 'missing-field')
      .map((d) => ({ path: `line ${d.line}`, message: d.message })),
  };
}
