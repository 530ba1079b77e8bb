/**
 * What an author is told about a dosage line: what was read from it, and a likely fix when a word is
 * one typo away from a dosage word ("per sde" → "per side").
 */
import { isWord, tokenize } from '../../dosage-tokens.js';
import type { Dosage } from '../../dosage-types.js';
import { parseDosage } from '../../parse-dosage.js';
import { clip } from '../diagnostics.js';
import type { ReadState } from '../state.js';
import { closest } from '../values.js';

const DOSAGE_VOCABULARY = [
  'rep',
  'reps',
  'repetition',
  'repetitions',
  'set',
  'sets',
  'round',
  'rounds',
  'times',
  'time',
  'second',
  'seconds',
  'secs',
  'sec',
  'minute',
  'minutes',
  'mins',
  'min',
  'hour',
  'hours',
  'hold',
  'holds',
  'holding',
  'rest',
  'resting',
  'side',
  'sides',
  'each',
  'per',
  'leg',
  'legs',
  'arm',
  'arms',
  'alternating',
  'alternate',
  'between',
  'breath',
  'breaths',
  'walks',
  'steps',
  'squats',
  'lunges',
  'bridges',
  'repeat',
  'daily',
  'weekly',
  'twice',
  'once',
  'day',
  'week',
  'count',
  'pause',
];
const VOCABULARY = new Set(DOSAGE_VOCABULARY);

/** Whether a dosage says any amount (not just the author's words). */
export function hasAmount(dosage: Dosage): boolean {
  return (
    dosage.sets !== undefined ||
    dosage.reps !== undefined ||
    dosage.holdSeconds !== undefined ||
    dosage.durationSeconds !== undefined ||
    dosage.restSeconds !== undefined
  );
}

/** Warns about a dosage line that reads no amount, or that holds a likely typo. */
export function checkDosageWords(
  state: ReadState,
  text: string,
  line: number,
  column: number,
  explicit: boolean,
): void {
  const dosage = parseDosage(text);
  const typo = likelyTypo(text);
  if (typo) {
    if (hasAmount(dosage))
      state.diagnostics.add(line, column, 'warning', 'dosage-typo', { text: clip(text), typo, dosage });
    else state.diagnostics.add(line, column, 'warning', 'dosage-typo-no-amount', { text: clip(text), typo });
    return;
  }
  if (explicit && !hasAmount(dosage)) {
    state.diagnostics.add(line, column, 'warning', 'dosage-no-amount', { text: clip(text) });
  }
}

/** "per sde" → "per side": the first word one or two edits from a dosage word, with the word before it. */
function likelyTypo(text: string): string | undefined {
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind !== 'word' || token.value.length < 3 || VOCABULARY.has(token.value)) continue;
    const suggestion = closest(token.value, DOSAGE_VOCABULARY, token.value.length <= 4 ? 1 : 2);
    // A short word one letter off another is usually a real word ("way", "day"); only a missing or
    // extra letter ("sde" → "side") is taken for a typo there.
    if (!suggestion || (token.value.length <= 3 && suggestion.length === token.value.length)) continue;
    const before = tokens[i - 1];
    return before?.kind === 'word' && isWord(before, 'per', 'each', 'every')
      ? `${before.value} ${suggestion}`
      : suggestion;
  }
  return undefined;
}
