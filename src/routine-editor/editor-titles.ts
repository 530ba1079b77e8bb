import { msg } from '@lit/localize';
import type { MadeUpTitles } from '../core/made-up-titles.js';

/**
 * What the editor calls the parts an author left unnamed when it reads their text or article, in the
 * interface's language (read at each call, so a language switch takes effect on the next read).
 */
export const editorTitles = (): MadeUpTitles => ({
  untitledRoutine: msg('Untitled routine', { id: 'editor.untitled-routine' }),
  importedRoutine: msg('Imported routine', { id: 'editor.imported-routine' }),
  exercises: msg('Exercises', { id: 'editor.exercises' }),
  warmUp: msg('Warm-up', { id: 'editor.warm-up' }),
  bonus: msg('Bonus', { id: 'editor.bonus' }),
});
