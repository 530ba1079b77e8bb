import { expect } from '@open-wc/testing';
import type { Frequency } from '../../src/core/dosage-types.js';
import { parseFrequency } from '../../src/core/parse-frequency.js';

type Parsed = Omit<Frequency, 'text'>;

describe('parseFrequency', () => {
  describe('reads a count and a period', () => {
    const cases: Array<[string, Parsed]> = [
      ['at least 3 to 4 times weekly', { times: { min: 3, max: 4 }, per: 'week' }],
      ['aim to do this routine at least 3 to 4 times weekly!', { times: { min: 3, max: 4 }, per: 'week' }],
      ['once or twice daily', { times: { min: 1, max: 2 }, per: 'day' }],
      ['you can repeat them once or twice daily.', { times: { min: 1, max: 2 }, per: 'day' }],
      ['2-3 times per week', { times: { min: 2, max: 3 }, per: 'week' }],
      [
        'Aim for 2-3 times per week to start, allowing rest days in between.',
        { times: { min: 2, max: 3 }, per: 'week' },
      ],
      ['every day', { times: 1, per: 'day' }],
      ['daily', { times: 1, per: 'day' }],
      ['20 to 30 minutes of walking each day', { times: 1, per: 'day' }],
      ['a few minutes daily', { times: 1, per: 'day' }],
      ['weekly', { times: 1, per: 'week' }],
      ['3x/week', { times: 3, per: 'week' }],
      ['3x per week', { times: 3, per: 'week' }],
      ['3 x weekly', { times: 3, per: 'week' }],
      ['three times a week', { times: 3, per: 'week' }],
      ['twice a day', { times: 2, per: 'day' }],
      ['twice daily', { times: 2, per: 'day' }],
      ['once a week', { times: 1, per: 'week' }],
      ['1 time per day', { times: 1, per: 'day' }],
      ['2 to 3 times a day', { times: { min: 2, max: 3 }, per: 'day' }],
      ['3–4 times every week', { times: { min: 3, max: 4 }, per: 'week' }],
      ['3 days a week', { times: 3, per: 'week' }],
      ['4-5 days per week', { times: { min: 4, max: 5 }, per: 'week' }],
      ['10 reps, 3 times a week', { times: 3, per: 'week' }],
      ['daily, or at least 3 times a week', { times: 3, per: 'week' }],
    ];
    for (const [text, expected] of cases) {
      it(`reads "${text}"`, () =>
        expect(parseFrequency(text)).to.deep.equal({ ...expected, text: text.trim() }));
    }
  });

  describe('returns undefined without both a count and a period', () => {
    const cases: Array<[string, string]> = [
      ['empty text', ''],
      ['blank text', '  '],
      ['a dosage', '3 sets of 10 reps'],
      ['a count without a period', 'Do 10 repetitions three times'],
      ['a vague count', 'a few times a week'],
      ['a plural period', 'within a few weeks'],
      ['every other day', 'every other day'],
      ['more days than a week has', '9 days a week'],
      ['zero times', '0 times a week'],
      ['a negative count', '-3 times a week'],
      ['an absurd count', '1000 times a day'],
      ['scientific notation', '1e3 times a day'],
      ['right-to-left text', 'ثلاث مرات في الأسبوع'],
      ['object property names', '3 times a constructor, toString __proto__ valueOf'],
    ];
    for (const [name, text] of cases) {
      it(`for ${name}`, () => expect(parseFrequency(text)).to.equal(undefined));
    }

    it('for values that are not strings', () => {
      for (const value of [undefined, null, 3, {}, ['daily']]) {
        expect(parseFrequency(value as unknown as string)).to.equal(undefined);
      }
    });
  });

  it('keeps the trimmed text', () => {
    expect(parseFrequency('  twice a day ')?.text).to.equal('twice a day');
  });

  it('handles 100 000 characters quickly', () => {
    const started = performance.now();
    expect(parseFrequency('3 times '.repeat(12_500))).to.equal(undefined);
    expect(parseFrequency(`${'daily '.repeat(20_000)}`)).to.deep.include({ times: 1, per: 'day' });
    expect(performance.now() - started).to.be.lessThan(1000);
  });
});
