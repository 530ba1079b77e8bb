import { expect } from '@open-wc/testing';
import { LIMITS } from '../../src/core/limits.js';
import {
  checkCounterInput,
  readRange,
  type CounterProblem,
  type CounterSettings,
  type CounterSources,
} from '../../src/core/rep-counter-input.js';

const open: CounterSettings = {
  target: undefined,
  sets: undefined,
  side: undefined,
  hold: undefined,
  rest: undefined,
};
const kinds = (problems: CounterProblem[]) => problems.map((p) => `${p.path}:${p.kind}`);

describe('rep counter input', () => {
  const cases: Array<[string, CounterSources, Partial<CounterSettings>, string[]]> = [
    [
      'reads attribute text',
      { target: '10-15', sets: '3', hold: '2.5', rest: '60' },
      { target: { min: 10, max: 15 }, sets: 3, hold: 2.5, rest: 60 },
      [],
    ],
    [
      'takes numbers and ranges set by a script',
      { target: 8, sets: { min: 2, max: 3 } },
      { target: 8, sets: { min: 2, max: 3 } },
      [],
    ],
    ['rounds a fraction of a rep (an alternating half target)', { target: 7.5 }, { target: 8 }, []],
    ['treats an empty attribute as unset, silently', { target: '', sets: '   ' }, {}, []],
    [
      'refuses and names unreadable text',
      { target: 'ten', hold: '3 s' },
      {},
      ['target:unreadable', 'hold:unreadable'],
    ],
    [
      'refuses zero and below',
      { target: '0', rest: -5, sets: 0.4 },
      {},
      ['target:not-positive', 'sets:not-positive', 'rest:not-positive'],
    ],
    ['refuses a reversed range', { target: '15-10' }, {}, ['target:reversed']],
    [
      'refuses values above the plausible limits',
      { target: '1000000000', sets: '21', hold: '301', rest: '601' },
      {},
      ['target:too-large', 'sets:too-large', 'hold:too-large', 'rest:too-large'],
    ],
    [
      'accepts the limits themselves',
      {
        target: LIMITS.maxReps,
        sets: LIMITS.maxSets,
        hold: LIMITS.maxHoldSeconds,
        rest: LIMITS.maxRestSeconds,
      },
      { target: 100, sets: 20, hold: 300, rest: 600 },
      [],
    ],
    [
      'refuses a dosage object with min above max, and the too large one',
      { dosage: { sets: { min: 1e9, max: 1 }, reps: 1e9 } },
      {},
      ['dosage.reps:too-large', 'dosage.sets:reversed'],
    ],
    [
      'falls back to the dosage when the attribute is refused',
      { target: 'lots', dosage: { reps: 12 } },
      { target: 12 },
      ['target:unreadable'],
    ],
    [
      'lets a usable attribute override the dosage',
      { target: '4', dosage: { reps: 12, side: 'each' } },
      { target: 4, side: 'each' },
      [],
    ],
    ['refuses an unknown side', { side: 'both' }, {}, ['side:unreadable']],
    [
      'refuses non-numbers in dosage fields',
      { dosage: { reps: 'ten', holdSeconds: Number.NaN } },
      {},
      ['dosage.reps:unreadable', 'dosage.holdSeconds:unreadable'],
    ],
    [
      'says when a dosage has nothing to count',
      { dosage: { text: 'as tolerated' } },
      {},
      ['dosage:no-dosage'],
    ],
    ['says nothing of a timed dosage, which is readable', { dosage: { durationSeconds: 30 } }, {}, []],
    ['says when the dosage is not an object', { dosage: 42 }, {}, ['dosage:no-dosage']],
  ];
  for (const [name, sources, settings, problems] of cases) {
    it(name, () => {
      const result = checkCounterInput(sources);
      expect([result.settings, kinds(result.problems)]).to.deep.equal([{ ...open, ...settings }, problems]);
    });
  }

  it('gives the limit with a too-large value', () => {
    expect(checkCounterInput({ hold: '1000' }).problems).to.deep.equal([
      { path: 'hold', setting: 'hold', kind: 'too-large', max: 300 },
    ]);
  });

  const texts: Array<[string, ReturnType<typeof readRange>]> = [
    ['10 - 15', { min: 10, max: 15 }],
    ['10—15', { min: 10, max: 15 }],
    ['10 TO 15', { min: 10, max: 15 }],
    ['\t3\n', 3],
    ['10 10', undefined],
    ['10-', undefined],
    ['-10', undefined],
    ['1.', undefined],
    ['.5', undefined],
    ['10-15-20', undefined],
    ['10 tons 15', undefined],
    ['1e9', undefined],
  ];
  for (const [text, expected] of texts) {
    it(`reads ${JSON.stringify(text)} as ${JSON.stringify(expected)}`, () =>
      expect(readRange(text)).to.deep.equal(expected));
  }
});
