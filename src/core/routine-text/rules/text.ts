/**
 * Plain lines: the summary paragraph of the routine, a section or an exercise, and, under an
 * exercise, its first short line that states an amount ("10–15 reps per side").
 */
import { tokenize } from '../../dosage-tokens.js';
import { parseDosage } from '../../parse-dosage.js';
import { clip } from '../diagnostics.js';
import { allSpellings, labelText, labelOf } from '../labels.js';
import type { ReadState } from '../state.js';
import type { LineToken } from '../tokens.js';
import { closest } from '../values.js';
import { checkDosageWords, hasAmount } from './dosage-hints.js';

/** Words a dosage line may start with besides a number: "Hold for 5 s", "Do 10 reps". */
const DOSAGE_STARTS = new Set(['do', 'hold', 'repeat', 'perform', 'aim', 'complete', 'try', 'rest']);
const MAX_DOSAGE_WORDS = 12;

/** Whether a plain line under an exercise is its dosage rather than part of its summary. */
export function looksLikeDosageLine(text: string): boolean {
  if (text.length > 100 || text.split(/\s+/).length > MAX_DOSAGE_WORDS) return false;
  const first = tokenize(text)[0];
  const starts = first?.kind === 'number' || (first?.kind === 'word' && DOSAGE_STARTS.has(first.value));
  return starts && hasAmount(parseDosage(text));
}

export function textRule(state: ReadState, token: LineToken): boolean {
  if (token.kind !== 'text') return false;
  state.openList = undefined;
  warnAboutLabelTypo(state, token);
  const exercise = state.exercise;
  if (exercise) {
    if (!exercise.dosageWords && looksLikeDosageLine(token.text)) {
      exercise.dosageWords = { text: token.text, position: token };
      exercise.fieldPositions.set('dosage', token);
      checkDosageWords(state, token.text, token.line, token.column, false);
    } else {
      exercise.summaryLines.push(token.text);
      if (!exercise.fieldPositions.has('summary')) exercise.fieldPositions.set('summary', token);
    }
    exercise.described = true;
    return true;
  }
  if (state.inLibrary) {
    state.diagnostics.add(token.line, token.column, 'warning', 'text-outside-exercise', {
      text: clip(token.text),
    });
    return true;
  }
  const draft = state.section ?? state.routine;
  draft.summaryLines.push(token.text);
  if (!draft.fieldPositions.has('summary')) draft.fieldPositions.set('summary', token);
  return true;
}

/** "Equipmnt: mat" is most likely "Equipment:"; the line is still kept as text. */
function warnAboutLabelTypo(state: ReadState, token: Extract<LineToken, { kind: 'text' }>): void {
  const match = /^([A-Za-z][A-Za-z ]{2,24}):/.exec(token.text);
  const word = match?.[1]?.toLowerCase();
  if (!word) return;
  const suggestion = closest(word, allSpellings(), word.length <= 5 ? 1 : 2);
  const label = suggestion ? labelOf(suggestion) : undefined;
  if (!label) return;
  state.diagnostics.add(token.line, token.column, 'warning', 'label-typo', {
    text: clip(token.text),
    label: labelText(label),
  });
}
