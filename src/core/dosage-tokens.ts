/**
 * Turns free dosage text into a flat list of tokens (numbers, words, marks) that the dosage and
 * frequency parsers read with small, bounded look-arounds instead of large regular expressions.
 *
 * Design: the text is cut to MAX_INPUT_LENGTH, lower-cased, and its dashes and multiplication
 * signs are folded to "-" and "x" so every later rule has one spelling to check. Chunks are found
 * with one linear regex (no nested quantifiers, so no catastrophic backtracking). A chunk that
 * mixes digits and letters in a way no dosage uses ("1e308", "abc123") becomes an opaque word
 * rather than a number, which is how scientific notation and other noise stay out of the output.
 * Number words become number tokens here, so the parsers never see "two" or "twice".
 */

import { isDigitWord, isTensWord, multiplierWordValue, numberWordValue } from './number-words.js';

/** Longer text is cut before any matching so the work stays bounded. */
export const MAX_INPUT_LENGTH = 500;

export type Token =
  { kind: 'number'; value: number } | { kind: 'word'; value: string } | { kind: 'mark'; value: string };

/** Marks that end a phrase: look-arounds never cross them. */
const PHRASE_BREAKS = new Set(['.', ',', ';', ':', '!', '?', '(', ')', '|']);

/** Words after which "a"/"an" means exactly one ("a minute", "a set"). */
const ONE_OF = new Set(['second', 'minute', 'hour', 'set', 'round']);

// Letters are any script's (with their combining marks), so a word such as "séries" stays one word:
// cut at "é", its "s" would read as seconds ("3 séries" as 3 s).
const CHUNK = /[\p{L}\p{M}0-9]+(?:\.[0-9]+[\p{L}\p{M}0-9]*)?|\S/gu;
const PLAIN_NUMBER = /^\d+(?:\.\d+)?$/;
const NUMBER_THEN_WORD = /^(\d+(?:\.\d+)?)([a-z]+)$/;
const TIMES_NOTATION = /^(\d+)x(\d+(?:\.\d+)?)([a-z]*)$/;
/** "x10": a count of times written after what is counted ("Squats x10"). */
const X_THEN_NUMBER = /^x(\d+)$/;

/** Splits text into tokens; non-strings and empty text give no tokens. */
export function tokenize(text: unknown): Token[] {
  if (typeof text !== 'string') return [];
  const folded = text
    .slice(0, MAX_INPUT_LENGTH)
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212\ufe58\ufe63\uff0d]/g, '-')
    .replace(/[×✕✖*]/g, ' x ');
  const raw: Token[] = [];
  for (const chunk of folded.match(CHUNK) ?? []) raw.push(...classifyChunk(chunk));
  return readNumberWords(raw);
}

function classifyChunk(chunk: string): Token[] {
  if (PLAIN_NUMBER.test(chunk)) return [numberToken(chunk)];
  const withWord = NUMBER_THEN_WORD.exec(chunk);
  if (withWord) return [numberToken(withWord[1] ?? ''), word(withWord[2] ?? '')];
  const times = TIMES_NOTATION.exec(chunk);
  if (times) {
    const tokens: Token[] = [numberToken(times[1] ?? ''), word('x'), numberToken(times[2] ?? '')];
    if (times[3]) tokens.push(word(times[3]));
    return tokens;
  }
  const xThen = X_THEN_NUMBER.exec(chunk);
  if (xThen) return [word('x'), numberToken(xThen[1] ?? '')];
  if (/^[a-z]+$/.test(chunk)) return [word(chunk)];
  if (chunk.length === 1 && !/[a-z0-9]/.test(chunk)) return [{ kind: 'mark', value: chunk }];
  // Digits glued to letters in an unknown way ("1e308"): keep as a word so it is never a number.
  return [word(chunk)];
}

function numberToken(digits: string): Token {
  return { kind: 'number', value: Number.parseFloat(digits) };
}

function word(value: string): Token {
  return { kind: 'word', value };
}

/** Replaces number words ("twenty-five", "a hundred", "twice", "a minute") with number tokens. */
function readNumberWords(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    if (token === undefined) continue;
    if (token.kind !== 'word') {
      out.push(token);
      continue;
    }
    const next = tokens[i + 1];
    const multiplier = multiplierWordValue(token.value);
    if (multiplier !== undefined) {
      out.push({ kind: 'number', value: multiplier }, word('times'));
      continue;
    }
    if ((token.value === 'a' || token.value === 'an') && next?.kind === 'word') {
      if (next.value === 'hundred') {
        out.push({ kind: 'number', value: 100 });
        i++;
        continue;
      }
      if (ONE_OF.has(next.value)) {
        out.push({ kind: 'number', value: 1 });
        continue;
      }
    }
    const value = numberWordValue(token.value);
    if (value === undefined) {
      out.push(token);
      continue;
    }
    const [total, used] = readCompound(tokens, i, value);
    out.push({ kind: 'number', value: total });
    i += used;
  }
  return foldHundreds(out);
}

/** Reads "twenty five" / "twenty-five" after a tens word; returns the value and extra tokens used. */
function readCompound(tokens: Token[], i: number, value: number): [number, number] {
  const head = tokens[i];
  if (head?.kind !== 'word' || !isTensWord(head.value)) return [value, 0];
  const next = tokens[i + 1];
  const afterDash = tokens[i + 2];
  if (next?.kind === 'word' && isDigitWord(next.value))
    return [value + (numberWordValue(next.value) ?? 0), 1];
  if (
    next?.kind === 'mark' &&
    next.value === '-' &&
    afterDash?.kind === 'word' &&
    isDigitWord(afterDash.value)
  ) {
    return [value + (numberWordValue(afterDash.value) ?? 0), 2];
  }
  return [value, 0];
}

/** "two hundred" → 200. */
function foldHundreds(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    const previous = out[out.length - 1];
    if (token.kind === 'word' && token.value === 'hundred' && previous?.kind === 'number') {
      out[out.length - 1] = { kind: 'number', value: previous.value * 100 };
      continue;
    }
    out.push(token);
  }
  return out;
}

/** True when the token is the given word. */
export function isWord(token: Token | undefined, ...values: string[]): boolean {
  return token?.kind === 'word' && values.includes(token.value);
}

/** True when the token is the given mark. */
export function isMark(token: Token | undefined, value: string): boolean {
  return token?.kind === 'mark' && token.value === value;
}

/** True for punctuation that ends a phrase, and for the barrier left where a span was masked. */
export function isPhraseBreak(token: Token | undefined): boolean {
  return token?.kind === 'mark' && PHRASE_BREAKS.has(token.value);
}

/** A number or range read from the tokens. `end` is the index just after it. */
export interface RangeRead {
  min: number;
  max: number;
  start: number;
  end: number;
  /** A leading minus sign ("-5 reps"): the value must not be used. */
  negative: boolean;
}

const RANGE_JOINERS = ['to', 'or'];

/**
 * Reads a number or a range at index i: "8", "8-10", "8 to 10", "1 or 2", "between 8 and 10",
 * and the repeated-unit form "1 time or 2 times" / "3 seconds to 5 seconds" (end then points at
 * the second unit so the caller reads the unit as usual).
 */
export function readRange(tokens: Token[], i: number): RangeRead | undefined {
  const first = tokens[i];
  if (first?.kind !== 'number') return undefined;
  const before = tokens[i - 1];
  const negative = isMark(before, '-') && tokens[i - 2]?.kind !== 'number';
  const single: RangeRead = { min: first.value, max: first.value, start: i, end: i + 1, negative };

  const joiner = tokens[i + 1];
  const second = tokens[i + 2];
  const joined = isMark(joiner, '-') || isWord(joiner, ...RANGE_JOINERS);
  if (joined && second?.kind === 'number') return { ...single, max: second.value, end: i + 3 };
  if (isWord(before, 'between') && isWord(joiner, 'and') && second?.kind === 'number') {
    return { ...single, start: i - 1, max: second.value, end: i + 3 };
  }

  // "1 time or 2 times": the same unit word on both sides of the joiner.
  const unit = tokens[i + 1];
  const unitJoiner = tokens[i + 2];
  const secondNumber = tokens[i + 3];
  const secondUnit = tokens[i + 4];
  const unitJoined = isMark(unitJoiner, '-') || isWord(unitJoiner, ...RANGE_JOINERS);
  if (
    unit?.kind === 'word' &&
    unitJoined &&
    secondNumber?.kind === 'number' &&
    secondUnit?.kind === 'word' &&
    singular(unit.value) === singular(secondUnit.value)
  ) {
    return { ...single, max: secondNumber.value, end: i + 4 };
  }
  return single;
}

function singular(value: string): string {
  return value.endsWith('s') ? value.slice(0, -1) : value;
}
