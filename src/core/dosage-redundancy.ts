/**
 * Whether an author's dosage words already say what our formatted line would: a card then shows the
 * words alone instead of "10–15 reps · hold 3–5 sec (10–15 reps, 3–5 second squeeze)".
 *
 * The test is on numbers, the part a reader acts on: every number in the English formatted line must
 * appear in the words. Words in any language and any digits ("١٠ تكرارات") pass; vague words ("a few
 * slow sets" beside `sets: 2`) do not, and the card shows both.
 */
import type { Dosage } from './dosage-types.js';
import { formatDosage } from './format-dosage.js';

/** The value of a decimal digit of any script: Unicode puts each script's 0–9 in a run of ten. */
function digitValue(digit: string): string {
  const code = digit.codePointAt(0)!;
  let zero = code;
  while (zero > code - 9 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero--;
  return String((code - zero) % 10);
}

/** The numbers in a text (`1.5` and `1,5` alike), whatever digits it is written in. */
export function numbersIn(text: string): Set<number> {
  // Only digits of other scripts are rewritten: a line in 0–9 (most of them) needs no call per digit.
  const latin = text.replace(/(?![0-9])\p{Nd}/gu, digitValue);
  return new Set((latin.match(/\d+(?:[.,]\d+)?/g) ?? []).map((n) => Number(n.replace(',', '.'))));
}

/**
 * True when `words` carry every number of `dosage` as the English formatted line writes it. A caller
 * that has just formatted that line (an English card) passes it, rather than have it formatted twice.
 */
export function wordsSayDosage(words: string, dosage: Dosage, english = formatDosage(dosage, 'en')): boolean {
  const said = numbersIn(words);
  return [...numbersIn(english)].every((n) => said.has(n));
}
