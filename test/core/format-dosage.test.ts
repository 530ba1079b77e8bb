import { expect } from '@open-wc/testing';
import type { Dosage, Frequency, Range } from '../../src/core/dosage-types.js';
// Every language's words, as `exercise-elements/core` registers them (elements load them lazily).
import '../../src/core/dosage-words/all.js';
import { formatDosage, formatFrequency, formatRange } from '../../src/core/format-dosage.js';
import { parseDosage } from '../../src/core/parse-dosage.js';
import { parseFrequency } from '../../src/core/parse-frequency.js';

describe('formatRange', () => {
  const cases: Array<[string, Range, string | undefined, string]> = [
    ['writes a single number', 10, undefined, '10'],
    ['joins a range with an en dash', { min: 8, max: 10 }, undefined, '8–10'],
    ['writes equal bounds once', { min: 5, max: 5 }, 'en', '5'],
    ['groups thousands for the locale', 1500, 'de', '1.500'],
    ['uses the decimal comma of the locale', { min: 2.5, max: 3.5 }, 'de', '2,5–3,5'],
    ['falls back to English for a malformed locale', 1500, 'not a locale!', '1,500'],
    ['writes nothing for a non-finite number', Number.NaN, 'en', ''],
    ['writes nothing for a reversed range', { min: 5, max: 3 }, 'en', ''],
  ];
  for (const [name, range, locale, expected] of cases) {
    it(name, () => expect(formatRange(range, locale)).to.equal(expected));
  }
});

describe('formatDosage', () => {
  describe('writes dosages in English', () => {
    const cases: Array<[string, Dosage, string]> = [
      [
        'writes sets, reps, side and hold',
        {
          sets: { min: 2, max: 3 },
          reps: { min: 8, max: 10 },
          side: 'each',
          holdSeconds: { min: 3, max: 5 },
        },
        '2–3 sets × 8–10 reps per side · hold 3–5 sec',
      ],
      ['omits a single set', { sets: 1, reps: 10 }, '10 reps'],
      ['writes reps alone', { reps: 10 }, '10 reps'],
      ['uses the singular for one rep', { reps: 1 }, '1 rep'],
      ['uses the plural for a range starting at one', { reps: { min: 1, max: 2 } }, '1–2 reps'],
      ['writes sets alone', { sets: 3 }, '3 sets'],
      ['writes sets of timed work', { sets: 3, durationSeconds: 30 }, '3 sets × 30 sec'],
      ['writes whole minutes in minutes', { durationSeconds: 60 }, '1 min'],
      ['writes a minute range in minutes', { durationSeconds: { min: 1200, max: 1800 } }, '20–30 min'],
      ['keeps seconds when a bound is not a whole minute', { durationSeconds: 90 }, '90 sec'],
      [
        'keeps seconds for a range that is not whole minutes',
        { durationSeconds: { min: 30, max: 60 } },
        '30–60 sec',
      ],
      ['writes whole hours in hours', { durationSeconds: 3600 }, '1 hr'],
      ['writes a timed hold per side', { durationSeconds: 30, side: 'each' }, '30 sec per side'],
      ['writes rest after the work', { sets: 3, reps: 12, restSeconds: 60 }, '3 sets × 12 reps · rest 1 min'],
      ['writes rest in seconds', { restSeconds: 45 }, 'rest 45 sec'],
      [
        'writes alternating sides',
        { reps: 5, holdSeconds: 5, side: 'alternating' },
        '5 reps per side, alternating · hold 5 sec',
      ],
      ['writes a hold alone', { holdSeconds: { min: 3, max: 5 } }, 'hold 3–5 sec'],
      ['writes fractional seconds', { holdSeconds: 2.5 }, 'hold 2.5 sec'],
      ['prefers parsed fields over the text', { reps: 10, text: 'ten reps, please' }, '10 reps'],
      [
        'writes the text when nothing was parsed',
        { text: 'Hold for a few seconds' },
        'Hold for a few seconds',
      ],
      ['writes the text when only a side was parsed', { side: 'each', text: 'each side' }, 'each side'],
      ['writes nothing for an empty dosage', {}, ''],
      ['skips fields that are not numbers', { reps: Number.NaN, sets: -2, holdSeconds: Infinity }, ''],
      [
        'skips a malformed range',
        { reps: { min: 10, max: 5 }, sets: 'three' as unknown as number, durationSeconds: 30 },
        '30 sec',
      ],
    ];
    for (const [name, dosage, expected] of cases) {
      it(name, () => expect(formatDosage(dosage)).to.equal(expected));
    }
  });

  describe('writes each seed line back as a short line', () => {
    const cases: Array<[string, string]> = [
      ['5 x 5 seconds per side, alternating each rep', '5 reps per side, alternating · hold 5 sec'],
      ['8–10 walks forward and backward for 2 to 3 sets', '2–3 sets × 8–10 reps'],
      ['10–15 reps per side', '10–15 reps per side'],
      ['10–15 reps', '10–15 reps'],
      ['Hold the contraction for 3–5 seconds', 'hold 3–5 sec'],
      ['Do 10 repetitions three times', '3 sets × 10 reps'],
      ['two sets of 10-15 repetitions', '2 sets × 10–15 reps'],
      ['Aim for two sets of 10-15 repetitions to start.', '2 sets × 10–15 reps'],
      [
        'Step to the side five times to the right and then five times to the left. Repeat three times.',
        '3 sets × 5 reps per side',
      ],
      ['Take a step forward five times and five times back. Complete three sets.', '3 sets × 5 reps'],
      ['Aim for 10–15 reps, continuing until fatigue sets in', '10–15 reps'],
      ['hold for 2–3 seconds before returning to the starting position', 'hold 2–3 sec'],
      ['This 10-minute hip mobility stretch', '10 min'],
      ['Hold for a few seconds, then lower gently.', 'Hold for a few seconds, then lower gently.'],
      ['3x10', '3 sets × 10 reps'],
      ['2-3 sets of 10 reps per side, hold 3 s', '2–3 sets × 10 reps per side · hold 3 sec'],
      ['rest 60 s', 'rest 1 min'],
    ];
    for (const [line, expected] of cases) {
      it(`writes "${line}" as "${expected}"`, () =>
        expect(formatDosage(parseDosage(line))).to.equal(expected));
    }
  });

  describe('other locales', () => {
    it('uses the numbers of the requested locale around English words', () => {
      expect(formatDosage({ holdSeconds: 2.5 }, 'da')).to.equal(
        `hold ${new Intl.NumberFormat('da', { style: 'unit', unit: 'second', unitDisplay: 'short' }).format(2.5)}`,
      );
      expect(formatDosage({ holdSeconds: 2.5 }, 'da')).to.contain('2,5');
      expect(formatDosage({ sets: 3, reps: 1500 }, 'da')).to.equal('3 sets × 1.500 reps');
    });

    it('uses the English table for a regional English locale', () => {
      expect(formatDosage({ sets: 3, reps: 1500 }, 'en-GB')).to.equal('3 sets × 1,500 reps');
    });

    it('falls back to English for a malformed locale', () => {
      expect(formatDosage({ reps: 10 }, 'not a locale!')).to.equal('10 reps');
    });
  });

  it('writes nothing for values that are not dosages', () => {
    for (const value of [undefined, null, 3, 'ten reps']) {
      expect(formatDosage(value as unknown as Dosage)).to.equal('');
    }
  });
});

describe('formatFrequency', () => {
  const cases: Array<[string, Frequency, string]> = [
    ['writes a weekly range', { times: { min: 3, max: 4 }, per: 'week' }, '3–4 times a week'],
    ['writes once a day', { times: 1, per: 'day' }, 'once a day'],
    ['writes twice a day', { times: 2, per: 'day' }, 'twice a day'],
    ['writes once or twice a day', { times: { min: 1, max: 2 }, per: 'day' }, 'once or twice a day'],
    ['writes once a week', { times: 1, per: 'week' }, 'once a week'],
    ['writes larger counts as numbers', { times: 3, per: 'day' }, '3 times a day'],
    ['writes a daily range', { times: { min: 2, max: 3 }, per: 'day' }, '2–3 times a day'],
    ['writes nothing for an unknown period', { times: 3, per: 'month' as 'week' }, ''],
    ['writes nothing for a count that is not a number', { times: Number.NaN, per: 'day' }, ''],
  ];
  for (const [name, frequency, expected] of cases) {
    it(name, () => expect(formatFrequency(frequency)).to.equal(expected));
  }

  describe('writes each seed frequency back as a short line', () => {
    const lines: Array<[string, string]> = [
      ['at least 3 to 4 times weekly', '3–4 times a week'],
      ['once or twice daily', 'once or twice a day'],
      ['Aim for 2-3 times per week to start', '2–3 times a week'],
      ['20 to 30 minutes of walking each day', 'once a day'],
    ];
    for (const [line, expected] of lines) {
      it(`writes "${line}" as "${expected}"`, () => {
        const frequency = parseFrequency(line);
        expect(frequency && formatFrequency(frequency)).to.equal(expected);
      });
    }
  });

  it('uses the numbers of the requested locale', () => {
    expect(formatFrequency({ times: { min: 3, max: 4 }, per: 'week' }, 'fa-IR')).to.equal(
      `${new Intl.NumberFormat('fa-IR').formatRange(3, 4)} times a week`,
    );
  });

  it('writes nothing for values that are not frequencies', () => {
    expect(formatFrequency(null as unknown as Frequency)).to.equal('');
  });
});
