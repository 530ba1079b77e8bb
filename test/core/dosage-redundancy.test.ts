import { expect } from '@open-wc/testing';
import type { Dosage } from '../../src/core/dosage-types.js';
import { numbersIn, wordsSayDosage } from '../../src/core/dosage-redundancy.js';
import { formatDosage } from '../../src/core/format-dosage.js';
import { parseDosage } from '../../src/core/parse-dosage.js';

describe('numbersIn', () => {
  const cases: Array<[string, string, number[]]> = [
    ['reads ranges as their bounds', '10–15 reps, 3–5 second squeeze', [10, 15, 3, 5]],
    ['reads decimal points and commas', 'hold 1.5 s, rest 2,5 min', [1.5, 2.5]],
    ['reads Arabic-Indic digits', '١٠ تكرارات، ٣ مجموعات', [10, 3]],
    ['reads Devanagari digits', '१२ बार', [12]],
    ['finds none in words', 'a few slow sets', []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => expect([...numbersIn(text)]).to.deep.equal(expected));
  }
});

describe('wordsSayDosage: the card shows the author’s words alone when they say it all', () => {
  const cases: Array<[string, string, Dosage, boolean]> = [
    [
      'a parsed line says what it was parsed from',
      '10–15 reps, 3–5 second squeeze',
      parseDosage('10–15 reps, 3–5 second squeeze'),
      true,
    ],
    ['a line in another language with the same numbers', '2 séries de 10', { sets: 2, reps: 10 }, true],
    [
      'vague words beside numbers add nothing',
      'A few slow sets',
      { sets: { min: 2, max: 3 }, reps: 8 },
      false,
    ],
    ['words missing the hold', '10 reps', { reps: 10, holdSeconds: 5 }, false],
    ['words with no structure at all', 'as many as feel good', parseDosage('as many as feel good'), true],
  ];
  for (const [name, words, dosage, expected] of cases) {
    it(name, () => expect(wordsSayDosage(words, dosage)).to.equal(expected));
  }

  it('compares against the English line it is given, as formatted by the caller', () => {
    const dosage = { reps: 10, holdSeconds: 5 };
    expect(wordsSayDosage('10 reps, hold 5 s', dosage, formatDosage(dosage, 'en'))).to.equal(true);
    expect(wordsSayDosage('10 reps', dosage, '10 reps')).to.equal(true);
    expect(wordsSayDosage('10 reps', dosage)).to.equal(false);
  });
});
