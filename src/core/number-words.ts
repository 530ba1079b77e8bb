/**
 * English number words as the dosage parser meets them: "ten reps", "two to three sets",
 * "twenty-five seconds", "once or twice daily". Only exact quantities are listed; vague ones
 * ("a few", "several", "a couple") are deliberately absent so the parser leaves a field unset
 * rather than guessing a number the author never wrote.
 */

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  dozen: 12,
};

const TENS: Readonly<Record<string, number>> = {
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Adverbs that carry a count of times: "once" means "1 times". */
const MULTIPLIERS: Readonly<Record<string, number>> = { once: 1, twice: 2, thrice: 3 };

/** The value of a single lower-case number word ("seven", "forty"), or undefined. */
export function numberWordValue(word: string): number | undefined {
  if (Object.hasOwn(UNITS, word)) return UNITS[word];
  if (Object.hasOwn(TENS, word)) return TENS[word];
  return undefined;
}

/** True for the tens words that may take a unit after them ("twenty-five", "thirty five"). */
export function isTensWord(word: string): boolean {
  return word === 'twenty' || Object.hasOwn(TENS, word);
}

/** True for the unit words 1–9 that may follow a tens word. */
export function isDigitWord(word: string): boolean {
  const value = numberWordValue(word);
  return value !== undefined && value >= 1 && value <= 9;
}

/** The count carried by "once", "twice" or "thrice", or undefined for any other word. */
export function multiplierWordValue(word: string): number | undefined {
  return Object.hasOwn(MULTIPLIERS, word) ? MULTIPLIERS[word] : undefined;
}
