/**
 * Dosage as articles state it: on a line of its own ("Application: 10–15 reps per side", "Reps:
 * 10") or inside instructions ("Hold for five seconds. Repeat five times."). The author's explicit
 * line wins; the sentences fill in what it leaves out (a hold stated only in the instructions); an
 * amount the article gives for every exercise ("5 repetitions of each exercise") fills in what is
 * still missing. Phrasings the shared parser doesn't read are rewritten first, by rules rather than
 * phrases: "a count of 5" is seconds (as a hold is counted), words between a number and its unit
 * only describe it ("8 slow repetitions"), both feet "together" is one movement and not each side,
 * and a sentence sending the reader to the other side
 * ("repeat with the opposite leg") makes the amount per side.
 */
import type { Dosage } from '../dosage-types.js';
import { numberWordValue } from '../number-words.js';
import { parseDosage } from '../parse-dosage.js';
import { hasAmount } from '../routine-text/rules/dosage-hints.js';

const FIELDS = ['sets', 'reps', 'holdSeconds', 'durationSeconds', 'restSeconds', 'side'] as const;
const OTHER_SIDE =
  /\b(?:opposite|other)\s+(?:side|leg|arm|foot|hand|hip|knee|shoulder)s?\b|\b(?:each|both|either)\s+(?:side|leg|arm)s?\b|\bswitch\s+(?:sides|legs|arms)\b|\b(?:swap|change)\s+(?:sides|legs|arms)\b/i;

/** Units a count of repetitions or sets is written with. */
const COUNT_UNITS = 'reps?|repetitions?|sets?|rounds?';
/** Small words that tie a number to what follows; anything else between a number and a unit describes it. */
const LINKING = new Set([
  'of',
  'to',
  'or',
  'and',
  'per',
  'a',
  'an',
  'the',
  'in',
  'on',
  'at',
  'with',
  'for',
  'x',
]);

const NUMBER = String.raw`\d+(?:\s*[-–]\s*\d+)?`;
const DESCRIBED = new RegExp(
  String.raw`\b(${NUMBER}|[a-z]+)((?:\s+[a-z]+){1,2}?)\s+(${COUNT_UNITS})\b`,
  'gi',
);

function isNumber(word: string): boolean {
  return /^\d/.test(word) || numberWordValue(word.toLowerCase()) !== undefined;
}

/** Rewrites phrasings the parser doesn't know into ones it does. */
export function normalizeDosageText(text: string): string {
  return (
    text
      .replace(/\b(?:for\s+)?a\s+(?:slow\s+)?count\s+of\s+(\w+)/gi, 'for $1 seconds')
      // Both limbs moving at once is one movement, not one side and then the other.
      .replace(
        /\b(?:with\s+|using\s+)?both\s+(?:feet|legs|arms|hands|knees|shoulders)\s+(?:together|at\s+once|at\s+the\s+same\s+time)\b/gi,
        'together',
      )
      .replace(DESCRIBED, (whole, count: string, between: string, unit: string) => {
        if (!isNumber(count)) return whole;
        const words = between.trim().split(/\s+/);
        // "5 reps of 3 sets" keeps its small words; "8 slow, controlled repetitions" loses the description.
        if (
          words.some(
            (w) =>
              LINKING.has(w.toLowerCase()) ||
              isNumber(w) ||
              // A unit: "60 s between sets" is a rest of 60 seconds, not 60 sets.
              /^(?:reps?|repetitions?|sets?|rounds?|times|seconds?|secs?|s|minutes?|mins?|m|hours?|hrs?|h)$/i.test(
                w,
              ),
          )
        )
          return whole;
        return `${count} ${unit}`;
      })
  );
}

/** A sentence that states an amount. */
export function dosageOf(text: string): Dosage {
  return parseDosage(normalizeDosageText(text));
}

export function statesAmount(text: string): boolean {
  return hasAmount(dosageOf(text));
}

/**
 * Words that can surround an amount without saying what to do. A sentence of only these and numbers
 * ("Do this 10 times, 2 or 3 times a day.", "Repeat five times on each side.") gives the amount and
 * nothing else: it is the dosage, not a step or a tip too.
 */
const AMOUNT_ONLY_WORDS = new Set(
  (
    'do repeat complete perform aim try hold rest this that it these them the each every exercise ' +
    'exercises movement stretch one per on side sides leg legs arm arms time times once twice a an day ' +
    'days daily week weekly set sets of rep reps repetition repetitions round rounds second seconds sec ' +
    'secs s minute minutes min mins or to and up for between about around x in total again ' +
    'direction directions way ways hand hands foot feet left right'
  ).split(' '),
);

/** A sentence that states an amount and nothing else; see AMOUNT_ONLY_WORDS. */
export function onlyStatesAmount(sentence: string): boolean {
  const words = sentence.toLowerCase().match(/[a-z]+/g) ?? [];
  return (
    statesAmount(sentence) && words.every((w) => AMOUNT_ONLY_WORDS.has(w) || numberWordValue(w) !== undefined)
  );
}

/** Sends the reader to the other side; "both legs straight" describes a position and does not. */
const TO_OTHER_SIDE =
  /\b(?:opposite|other)\s+(?:side|leg|arm|foot|hand|hip|knee|shoulder)s?\b|\b(?:switch|swap|change)\s+(?:sides|legs|arms)\b/i;

/** Whether a sentence sends the reader to the other side ("repeat with the opposite leg"). */
export function saysOtherSide(text: string): boolean {
  return TO_OTHER_SIDE.test(text);
}

/**
 * A labelled dosage line in the parser's words: the label names the unit when the value is a bare
 * number ("Reps: 10, twice a day" is 10 reps; "Hold: 30 seconds" is a hold).
 */
export function labelledDosage(label: string, value: string): string {
  const key = label.toLowerCase().trim();
  // "Reps/Sets: 10 x 2" names reps first, where the parser reads "A x B" as sets × reps.
  const repsFirst = /^reps?\s*(?:\/|x|and|&)\s*sets?$/.test(key)
    ? new RegExp(String.raw`^(${NUMBER})\s*[x×]\s*(${NUMBER})$`, 'i').exec(value.trim())
    : null;
  if (repsFirst) return `${repsFirst[2]} sets of ${repsFirst[1]} reps`;
  if (/^(?:hold|holds|hold time)$/.test(key)) return /^hold\b/i.test(value) ? value : `Hold ${value}`;
  if (/^(?:rest|rest time)$/.test(key)) return /^rest\b/i.test(value) ? value : `Rest ${value}`;
  const unit = /^(?:reps|repetitions|repeat|repeats)$/.test(key)
    ? 'reps'
    : /^sets$/.test(key)
      ? 'sets'
      : undefined;
  if (!unit) return value;
  const bare = new RegExp(
    // The unit may follow ("Sets: 3 rounds"), but another label is not one ("Sets: 2 Reps: 8 per leg").
    String.raw`^(${NUMBER}|[a-z]+)\b(?!\s*(?:x\b|×|(?:${COUNT_UNITS}|times|seconds?|secs?|s|minutes?|mins?)\b(?!\s*:)))`,
    'i',
  ).exec(value);
  if (!bare?.[1] || !isNumber(bare[1])) return value;
  // "Sets: 1" is "1 set".
  const counted = Number(bare[1]) === 1 || /^one$/i.test(bare[1]) ? unit.slice(0, -1) : unit;
  return `${bare[1]} ${counted}${value.slice(bare[1].length)}`;
}

/** Whether the every-exercise amount filled in a count the exercise's own words don't give. */
function usedEvery(dosage: Dosage, explicit: string | undefined, fromSentences: Dosage): boolean {
  const stated = explicit ? dosageOf(explicit) : {};
  return (
    (dosage.reps !== undefined && stated.reps === undefined && fromSentences.reps === undefined) ||
    (dosage.sets !== undefined && stated.sets === undefined && fromSentences.sets === undefined)
  );
}

export interface CombineOptions {
  /** A sentence of the exercise sends the reader to the other side. */
  otherSide?: boolean;
  /** The amount the article gives for every exercise. */
  every?: Dosage;
}

/** The explicit line's dosage, completed by the sentences; undefined when nothing states an amount. */
export function combineDosage(
  explicit: string | undefined,
  sentences: readonly string[],
  options: CombineOptions = {},
): Dosage | undefined {
  const dosage: Dosage = explicit ? dosageOf(explicit) : {};
  const fromSentences = sentences.length ? dosageOf(sentences.join(' ')) : {};
  for (const field of FIELDS) {
    if (dosage[field] === undefined && fromSentences[field] !== undefined) {
      (dosage as Record<string, unknown>)[field] = fromSentences[field];
    }
  }
  const own = hasAmount(dosage);
  const every = options.every;
  if (every && hasAmount(every)) {
    // The article's count for every exercise, unless this one is timed or counts its own way.
    if (dosage.reps === undefined && dosage.durationSeconds === undefined && every.reps !== undefined)
      dosage.reps = every.reps;
    if (dosage.sets === undefined && every.sets !== undefined && !own) dosage.sets = every.sets;
    if (dosage.side === undefined && every.side !== undefined) dosage.side = every.side;
    // A circuit's "Do each exercise for 40 seconds": the time, for one that states no amount of its own.
    if (!own && dosage.reps === undefined) {
      if (every.durationSeconds !== undefined) dosage.durationSeconds = every.durationSeconds;
      if (every.holdSeconds !== undefined) dosage.holdSeconds = every.holdSeconds;
    }
  }
  if (!hasAmount(dosage)) return undefined;
  const words = [explicit, ...sentences].filter((s): s is string => !!s);
  if (
    dosage.side === undefined &&
    (options.otherSide || words.some((s) => OTHER_SIDE.test(s))) &&
    (dosage.reps !== undefined || dosage.holdSeconds !== undefined)
  ) {
    dosage.side = 'each';
  }
  // The words kept are the sentences that only say how much, when there are some: "Repeat 10 times.",
  // not the whole instruction it followed ("Draw your chin back and hold for 5 seconds."), which is a
  // step already. The card then shows the amounts and those words.
  const amountOnly = sentences.filter(onlyStatesAmount);
  const ownText = (explicit ?? (amountOnly.length ? amountOnly : sentences).join(' ')).trim();
  const everyText = every?.text?.trim() ?? '';
  const text = !own
    ? everyText || ownText
    : everyText && dosage !== undefined && usedEvery(dosage, explicit, fromSentences)
      ? `${ownText} ${everyText}`
      : ownText;
  dosage.text = text.length > 200 ? `${text.slice(0, 199)}…` : text;
  return dosage;
}
