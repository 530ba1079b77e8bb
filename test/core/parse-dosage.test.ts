import { expect } from '@open-wc/testing';
import type { Dosage, Range } from '../../src/core/dosage-types.js';
import { LIMITS } from '../../src/core/limits.js';
import { parseDosage, readDosage } from '../../src/core/parse-dosage.js';

type Parsed = Omit<Dosage, 'text'>;

/** Every number finite and non-negative, counts whole, ranges ordered with distinct bounds. */
function expectSafe(dosage: Dosage): void {
  const check = (range: Range | undefined, whole: boolean, limit: number) => {
    if (range === undefined) return;
    const bounds = typeof range === 'number' ? [range] : [range.min, range.max];
    if (typeof range !== 'number') expect(range.min).to.be.lessThan(range.max);
    for (const n of bounds) {
      expect(Number.isFinite(n), `${n} is finite`).to.equal(true);
      expect(n).to.be.within(0, limit);
      if (whole) expect(Number.isInteger(n), `${n} is whole`).to.equal(true);
    }
  };
  check(dosage.reps, true, LIMITS.maxReps);
  check(dosage.sets, true, LIMITS.maxSets);
  check(dosage.holdSeconds, false, LIMITS.maxHoldSeconds);
  check(dosage.durationSeconds, false, LIMITS.maxWorkSeconds);
  check(dosage.restSeconds, false, LIMITS.maxRestSeconds);
  if (dosage.side !== undefined) expect(['each', 'alternating']).to.include(dosage.side);
}

function expectParsed(text: string, expected: Parsed): void {
  const dosage = parseDosage(text);
  expectSafe(dosage);
  expect(dosage).to.deep.equal({ ...expected, text: text.trim() });
}

describe('parseDosage', () => {
  describe('reads the dosage lines of the seed articles', () => {
    const cases: Array<[string, Parsed]> = [
      ['5 x 5 seconds per side, alternating each rep', { reps: 5, holdSeconds: 5, side: 'alternating' }],
      [
        'Application: 5 x 5 seconds per side, alternating each rep',
        { reps: 5, holdSeconds: 5, side: 'alternating' },
      ],
      [
        '8–10 walks forward and backward for 2 to 3 sets',
        { reps: { min: 8, max: 10 }, sets: { min: 2, max: 3 } },
      ],
      [
        'Application: 8–10 walks forward and backward for 2 to 3 sets',
        { reps: { min: 8, max: 10 }, sets: { min: 2, max: 3 } },
      ],
      ['10–15 reps per side', { reps: { min: 10, max: 15 }, side: 'each' }],
      ['Application: 10–15 reps per side', { reps: { min: 10, max: 15 }, side: 'each' }],
      ['10–15 reps', { reps: { min: 10, max: 15 } }],
      ['Application: 10–15 reps', { reps: { min: 10, max: 15 } }],
      ['Hold the contraction for 3–5 seconds', { holdSeconds: { min: 3, max: 5 } }],
      ['Hold the contraction for 3–5 seconds.', { holdSeconds: { min: 3, max: 5 } }],
      ['Do 10 repetitions three times', { reps: 10, sets: 3 }],
      ['Do 10 repetitions three times.', { reps: 10, sets: 3 }],
      ['two sets of 10-15 repetitions', { sets: 2, reps: { min: 10, max: 15 } }],
      ['Aim for two sets of 10-15 repetitions to start.', { sets: 2, reps: { min: 10, max: 15 } }],
      [
        'Step to the side five times to the right and then five times to the left. Repeat three times.',
        { reps: 5, side: 'each', sets: 3 },
      ],
      [
        'Step to the side five times to the right and then five times to the left.',
        { reps: 5, side: 'each' },
      ],
      ['Lower gently and repeat 10 times.', { reps: 10 }],
      ['5 times to the right and 5 times to the left, repeat 5 times', { reps: 5, side: 'each', sets: 5 }],
      ['Take a step forward five times and five times back. Complete three sets.', { reps: 5, sets: 3 }],
      ['Take a step forward five times and five times back.', { reps: 5 }],
      ['Complete three sets.', { sets: 3 }],
      ['Aim for 10–15 reps, continuing until fatigue sets in', { reps: { min: 10, max: 15 } }],
      ['hold for 2–3 seconds before returning to the starting position', { holdSeconds: { min: 2, max: 3 } }],
      ['pause for about 3 to 5 seconds', { holdSeconds: { min: 3, max: 5 } }],
      ['Hold for a few seconds, then lower gently.', {}],
      ['Hold briefly, then return to the starting position.', {}],
      ['20 to 30 minutes of walking each day', { durationSeconds: { min: 1200, max: 1800 } }],
      ['This 10-minute hip mobility stretch', { durationSeconds: 600 }],
      ['about three minutes of your time', { durationSeconds: 180 }],
      ['quick 4-minute hip mobility routine', { durationSeconds: 240 }],
      ['at least 3 to 4 times weekly', {}],
      ['Aim for 2-3 times per week to start', {}],
      ['repeat them once or twice daily', {}],
      ['a few minutes daily', {}],
    ];
    for (const [text, expected] of cases) {
      it(`reads "${text}"`, () => expectParsed(text, expected));
    }
  });

  describe('reads common notations', () => {
    const cases: Array<[string, Parsed]> = [
      ['3x10', { sets: 3, reps: 10 }],
      ['3 x 10', { sets: 3, reps: 10 }],
      ['3 × 8–12', { sets: 3, reps: { min: 8, max: 12 } }],
      ['3 sets of 12 reps', { sets: 3, reps: 12 }],
      ['3 sets of 12', { sets: 3, reps: 12 }],
      ['12 reps x 3 sets', { reps: 12, sets: 3 }],
      ['10 reps x 3', { reps: 10, sets: 3 }],
      ['10 squats x 3', { reps: 10, sets: 3 }],
      ['3 x 10 squats', { sets: 3, reps: 10 }],
      ['3 x 10 x 5 s', { sets: 3, reps: 10, holdSeconds: 5 }],
      ['hold 20–30 s', { holdSeconds: { min: 20, max: 30 } }],
      ['20 s hold', { holdSeconds: 20 }],
      ['5 second pause', { holdSeconds: 5 }],
      ['30 seconds each side', { durationSeconds: 30, side: 'each' }],
      ['1 minute', { durationSeconds: 60 }],
      ['a minute', { durationSeconds: 60 }],
      ['1.5 min', { durationSeconds: 90 }],
      ['45sec', { durationSeconds: 45 }],
      ['rest 60 s', { restSeconds: 60 }],
      ['60 s rest', { restSeconds: 60 }],
      ['60 seconds of rest', { restSeconds: 60 }],
      ['rest 1 min between sets', { restSeconds: 60 }],
      ['90 s between sets', { restSeconds: 90 }],
      ['3 x 30 seconds', { sets: 3, durationSeconds: 30 }],
      ['30 s x 3', { durationSeconds: 30, sets: 3 }],
      ['3 rounds of 30 seconds', { sets: 3, durationSeconds: 30 }],
      [
        '2-3 sets of 10 reps per side, hold 3 s',
        { sets: { min: 2, max: 3 }, reps: 10, side: 'each', holdSeconds: 3 },
      ],
      ['10 reps, hold each for 5 seconds, rest 30 s', { reps: 10, holdSeconds: 5, restSeconds: 30 }],
      ['hold for 5 breaths', {}],
      ['ten reps', { reps: 10 }],
      ['twenty-five reps', { reps: 25 }],
      ['2 to 3 sets', { sets: { min: 2, max: 3 } }],
      ['two to three sets', { sets: { min: 2, max: 3 } }],
      ['between 8 and 12 reps', { reps: { min: 8, max: 12 } }],
      ['8—12 reps', { reps: { min: 8, max: 12 } }],
      ['12-8 reps', { reps: { min: 8, max: 12 } }],
      ['10-10 reps', { reps: 10 }],
      ['10 reps on each leg', { reps: 10, side: 'each' }],
      ['8 reps, alternate legs', { reps: 8, side: 'alternating' }],
      ['20 squats', { reps: 20 }],
      ['10 reps, 3 times a week', { reps: 10 }],
    ];
    for (const [text, expected] of cases) {
      it(`reads "${text}"`, () => expectParsed(text, expected));
    }
  });

  describe('reads an "x" that joins nothing as a count of times, as fitness writing uses it', () => {
    const cases: Array<[string, Parsed]> = [
      // Each of these read nothing at all before.
      ['Repeat 3x.', { reps: 3 }],
      ['10x', { reps: 10 }],
      ['Squats x10', { reps: 10 }],
      ['Hold for 30 seconds, 3x', { holdSeconds: 30, reps: 3 }],
      ['Repeat 3x on each side', { reps: 3, side: 'each' }],
      // Still a chain, and still a frequency, not reps.
      ['3 sets x10', { sets: 3, reps: 10 }],
      ['3x per week', {}],
    ];
    for (const [text, expected] of cases) {
      it(`reads "${text}"`, () => expectParsed(text, expected));
    }
  });

  describe('reads a bare count given per side as reps', () => {
    const cases: Array<[string, Parsed]> = [
      ['8-10 each side', { reps: { min: 8, max: 10 }, side: 'each' }],
      ['12 per leg', { reps: 12, side: 'each' }],
      ['10 on each leg', { reps: 10, side: 'each' }],
      ['10 on the left, 10 on the right', { reps: 10, side: 'each' }],
      // "/" for "per", as fitness writing shortens it.
      ['10 reps/side', { reps: 10, side: 'each' }],
      ['10/side', { reps: 10, side: 'each' }],
      ['3 x 10/leg', { sets: 3, reps: 10, side: 'each' }],
      // A direction is not a side: 10 reps, and no per-side count.
      ['Draw circles, 10 each direction.', { reps: 10 }],
      // A time per side stays a time.
      ['30 seconds each side', { durationSeconds: 30, side: 'each' }],
      // Not a side: a bare count of something else is left alone.
      ['3 each day', {}],
    ];
    for (const [text, expected] of cases) {
      it(`reads "${text}"`, () => expectParsed(text, expected));
    }
  });

  describe('reads labels written before their values, as tables and leaflets write them', () => {
    const cases: Array<[string, Parsed]> = [
      // "Rest: 15 s" was read as 15 s of work, and "Sets: 3" not at all.
      ['Rest: 15 s', { restSeconds: 15 }],
      [
        '3 sets | Hold: 20–30 s | Rest: 15 s',
        { sets: 3, holdSeconds: { min: 20, max: 30 }, restSeconds: 15 },
      ],
      [
        'Sets: 3 | Reps: 10–12 | Hold: 5 s | Rest: 30 s',
        { sets: 3, reps: { min: 10, max: 12 }, holdSeconds: 5, restSeconds: 30 },
      ],
      ['Reps: 10 per side', { reps: 10, side: 'each' }],
      ['Sets: 2-3, reps: 8 to 12', { sets: { min: 2, max: 3 }, reps: { min: 8, max: 12 } }],
      ['Repetitions: ten', { reps: 10 }],
      ['Hold: 5 breaths', {}],
      ['Sets:', {}],
    ];
    for (const [text, expected] of cases) {
      it(`reads ${JSON.stringify(text)}`, () => {
        const { text: _kept, ...parsed } = parseDosage(text);
        expect(parsed).to.deep.equal(expected);
      });
    }
  });

  describe('reads the amounts it knows beside words of other languages', () => {
    const cases: Array<[string, Parsed]> = [
      ['hold 5 s, 3 séries', { holdSeconds: 5 }],
      ['3 x 10 répétitions', { sets: 3, reps: 10 }],
      ['10 reps, 3 sätze', { reps: 10 }],
    ];
    for (const [text, expected] of cases) {
      it(`reads ${JSON.stringify(text)}`, () => {
        const { text: _kept, ...parsed } = parseDosage(text);
        expect(parsed).to.deep.equal(expected);
      });
    }
  });

  describe('reads the way health articles write holds', () => {
    const cases: Array<[string, Parsed]> = [
      // Two times joined are one range, not a hold of 30 s and 60 s of work.
      ['Hold for 30 seconds to 1 minute', { holdSeconds: { min: 30, max: 60 } }],
      ['30 seconds - 1 minute', { durationSeconds: { min: 30, max: 60 } }],
      // The hold word six words before the time.
      ['Hold this position for up to 30 seconds', { holdSeconds: 30 }],
      // "With both hands" is a grip, not a side; "on both legs" is per side.
      ['Hold it with both hands for 15 seconds', { holdSeconds: 15 }],
      ['10 reps on both legs', { reps: 10, side: 'each' }],
      // "The other leg" makes the amount per side.
      [
        'Hold the stretch for 15 to 30 seconds, then repeat with the other leg',
        { holdSeconds: { min: 15, max: 30 }, side: 'each' },
      ],
    ];
    for (const [text, expected] of cases) {
      it(`reads "${text}"`, () => expectParsed(text, expected));
    }
  });

  describe("reads an interval's time off as the rest", () => {
    it('reads "45 sec on, 15 sec off"', () =>
      expectParsed('45 sec on, 15 sec off', { durationSeconds: 45, restSeconds: 15 }));
    it('keeps "off the floor" out of it', () =>
      expectParsed('Lift 5 cm off the floor, hold 5 seconds', { holdSeconds: 5 }));
  });

  describe('resolves "N x time" by what the text mentions', () => {
    it('reads reps × hold when the text mentions a hold', () =>
      expectParsed('10 x 5 seconds, hold at the top', { reps: 10, holdSeconds: 5 }));
    it('reads reps × hold when the text mentions reps', () =>
      expectParsed('5 x 5 seconds, each rep slow', { reps: 5, holdSeconds: 5 }));
    it('reads sets × duration otherwise', () => expectParsed('3 x 45 s', { sets: 3, durationSeconds: 45 }));
  });

  describe('never throws and keeps only safe fields', () => {
    const garbage: Array<[string, string, Parsed]> = [
      ['empty text', '', {}],
      ['blank text', '   ', {}],
      ['a word with no dosage', 'banana', {}],
      ['a negative count', '-5 reps', {}],
      ['a negative count after a colon', 'reps: -5 reps', {}],
      ['scientific notation', '1e308 reps', {}],
      ['NaN', 'NaN sets', {}],
      ['Infinity', 'Infinity reps', {}],
      ['an absurd rep count', '99999 reps', {}],
      ['an absurd set count', '500 sets', {}],
      ['an absurd time', '100000 seconds', {}],
      ['a fractional rep count', '2.5 reps', {}],
      ['zero reps', '0 reps', {}],
      ['a huge number of digits', `${'9'.repeat(400)} reps`, {}],
      ['right-to-left text', 'مرحبا بك في التمرين', {}],
      ['mixed scripts', '10 تكرارات', {}],
      ['emoji', '💪💪💪', {}],
      // Cut at "é", the "s" of "séries" was read as seconds: 3 s of work for a French dosage line.
      ['a word with an accented letter after its first', '3 séries de 10 répétitions', {}],
      ['a German word with an umlaut', '3 sätze', {}],
      ['object property names', 'constructor __proto__ toString 3 hasOwnProperty', {}],
    ];
    for (const [name, text, expected] of garbage) {
      it(`returns only safe fields for ${name}`, () => {
        const dosage = parseDosage(text);
        expectSafe(dosage);
        const { text: _kept, ...parsed } = dosage;
        expect(parsed).to.deep.equal(expected);
      });
    }

    it('returns {} for values that are not strings', () => {
      for (const value of [undefined, null, 42, {}, [], Symbol('x'), () => '3x10']) {
        expect(parseDosage(value as unknown as string)).to.deep.equal({});
      }
    });

    it('does not keep whitespace-only text', () => {
      expect(parseDosage(' \n\t ')).to.deep.equal({});
    });

    it('keeps the trimmed text as the author wrote it', () => {
      expect(parseDosage('  Do 10 repetitions three times.  ').text).to.equal(
        'Do 10 repetitions three times.',
      );
    });

    it('handles 100 000 characters quickly', () => {
      const inputs = ['3x10 '.repeat(20_000), '1-'.repeat(50_000), 'a'.repeat(100_000), '9'.repeat(100_000)];
      const started = performance.now();
      for (const text of inputs) expectSafe(parseDosage(text));
      expect(performance.now() - started).to.be.lessThan(1000);
    });

    it('reads only the start of very long text', () => {
      const dosage = parseDosage(`${'x '.repeat(300)}10 reps`);
      expect(dosage.reps).to.equal(undefined);
    });
  });

  describe('keeps to the limits of a home session and says what it left out', () => {
    const cases: Array<[string, Parsed, string[]]> = [
      ['20 sets of 100 reps', { sets: 20, reps: 100 }, []],
      ['500 sets', {}, ['sets: says 500 sets: sets must be 1 to 20']],
      ['3 sets of 500 reps', { sets: 3 }, ['reps: says 500 repetitions: reps must be 1 to 100']],
      ['hold 5 minutes', { holdSeconds: 300 }, []],
      ['hold 10 minutes', {}, ['holdSeconds: says 600 seconds: holdSeconds must be 1 to 300']],
      ['rest 10 minutes', { restSeconds: 600 }, []],
      ['rest 11 minutes', {}, ['restSeconds: says 660 seconds: restSeconds must be 0 to 600']],
      ['walk 60 minutes', { durationSeconds: 3600 }, []],
      ['walk 2 hours', {}, ['durationSeconds: says 7200 seconds: durationSeconds must be 1 to 3600']],
      ['0.0000001 seconds', {}, ['durationSeconds: says 0 seconds: durationSeconds must be 1 to 3600']],
      [
        '3 sets × 0 sec · hold 0 sec · rest 0 sec',
        { sets: 3, restSeconds: 0 },
        [
          'durationSeconds: says 0 seconds: durationSeconds must be 1 to 3600',
          'holdSeconds: says 0 seconds: holdSeconds must be 1 to 300',
        ],
      ],
      ['rest 0 seconds between sets', { restSeconds: 0 }, []],
      ['0 reps', {}, ['reps: says 0 repetitions: reps must be 1 to 100']],
      ['5–500 reps', {}, ['reps: says 5–500 repetitions: reps must be 1 to 100']],
    ];
    for (const [text, expected, problems] of cases) {
      it(`reads "${text}"`, () => {
        const reading = readDosage(text);
        expectSafe(reading.dosage);
        const { text: _kept, ...parsed } = reading.dosage;
        expect(parsed).to.deep.equal(expected);
        expect(reading.problems.map((p) => `${p.field}: ${p.message}`)).to.deep.equal(problems);
        expect(parseDosage(text)).to.deep.equal(reading.dosage);
      });
    }
  });
});
