import { expect } from '@open-wc/testing';
import { makeRange, rangeMax, rangeMin } from '../../src/core/dosage-types.js';

describe('ranges', () => {
  const cases: Array<[string, [number, number?], ReturnType<typeof makeRange>]> = [
    ['collapses equal bounds to one number', [10, 10], 10],
    ['keeps a single value as a number', [5], 5],
    ['orders swapped bounds', [15, 10], { min: 10, max: 15 }],
    ['keeps an ordered range', [8, 10], { min: 8, max: 10 }],
  ];
  for (const [name, args, expected] of cases) {
    it(name, () => expect(makeRange(...args)).to.deep.equal(expected));
  }
  it('reads the bounds of a plain number and a range', () => {
    expect([
      rangeMin(3),
      rangeMax(3),
      rangeMin({ min: 2, max: 4 }),
      rangeMax({ min: 2, max: 4 }),
    ]).to.deep.equal([3, 3, 2, 4]);
  });
});
