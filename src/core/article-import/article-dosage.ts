/**
 * Dosage as articles state it: on a line of its own ("Application: 10–15 reps per side") or inside
 * instructions ("Hold for five seconds. Repeat five times."). The author's explicit line wins; the
 * sentences fill in what it leaves out (a hold stated only in the instructions). Two phrasings the
 * shared parser doesn't read are rewritten first: "a count of 5" (seconds, as a hold is counted) and
 * "repeat with the opposite leg" (each side).
 */
import type { Dosage } from '../dosage-types.js';
import { parseDosage } from '../parse-dosage.js';
import { hasAmount } from '../routine-text/rules/dosage-hints.js';

const FIELDS = ['sets', 'reps', 'holdSeconds', 'durationSeconds', 'restSeconds', 'side'] as const;
const OTHER_SIDE =
  /\b(?:opposite|other)\s+(?:side|leg|arm|foot|hand|hip|knee)s?\b|\b(?:each|both|either)\s+(?:side|leg|arm)s?\b|\bswitch\s+(?:sides|legs)\b/i;

/** Rewrites phrasings the parser doesn't know into ones it does. */
export function normalizeDosageText(text: string): string {
  return text.replace(/\b(?:for\s+)?a\s+(?:slow\s+)?count\s+of\s+(\w+)/gi, 'for $1 seconds');
}

/** A sentence that states an amount. */
export function dosageOf(text: string): Dosage {
  return parseDosage(normalizeDosageText(text));
}

export function statesAmount(text: string): boolean {
  return hasAmount(dosageOf(text));
}

/** The explicit line's dosage, completed by the sentences; undefined when nothing states an amount. */
export function combineDosage(
  explicit: string | undefined,
  sentences: readonly string[],
): Dosage | undefined {
  const dosage: Dosage = explicit ? dosageOf(explicit) : {};
  const fromSentences = sentences.length ? dosageOf(sentences.join(' ')) : {};
  for (const field of FIELDS) {
    if (dosage[field] === undefined && fromSentences[field] !== undefined) {
      (dosage as Record<string, unknown>)[field] = fromSentences[field];
    }
  }
  if (!hasAmount(dosage)) return undefined;
  const words = [explicit, ...sentences].filter((s): s is string => !!s);
  if (dosage.side === undefined && dosage.reps !== undefined && words.some((s) => OTHER_SIDE.test(s))) {
    dosage.side = 'each';
  }
  const text = (explicit ?? sentences.join(' ')).trim();
  dosage.text = text.length > 200 ? `${text.slice(0, 199)}…` : text;
  return dosage;
}
