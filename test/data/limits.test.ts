import { expect } from '@open-wc/testing';
import { DOCUMENT_LIMITS as D, LIMITS } from '../../src/core/limits.js';
import { formatValidationError, validateExercise, validateRoutine } from '../../src/data/validate.js';

/** The messages of a refused document, or [] when it is accepted. */
function problems(
  result: ReturnType<typeof validateExercise> | ReturnType<typeof validateRoutine>,
): string[] {
  return result.ok ? [] : result.errors.map(formatValidationError);
}

const exercise = (extra: Record<string, unknown>) => ({ id: 'a', name: 'A', ...extra });
const routineOf = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  id: 'r',
  title: 'R',
  sections: [{ title: 'Main', kind: 'main', items }],
  ...extra,
});
const item = (dosage: unknown) => ({ exercise: exercise({ dosage }) });

describe('the schema keeps to what a home session can be', () => {
  const cases: Array<[string, Record<string, unknown>, string[]]> = [
    ['the most sets', { dosage: { sets: LIMITS.maxSets } }, []],
    ['one set too many', { dosage: { sets: LIMITS.maxSets + 1 } }, ['dosage.sets: must be at most 20 sets']],
    ['the most reps', { dosage: { reps: LIMITS.maxReps } }, []],
    ['too many reps', { dosage: { reps: 1000 } }, ['dosage.reps: must be at most 100 repetitions']],
    ['the longest hold', { dosage: { holdSeconds: LIMITS.maxHoldSeconds } }, []],
    [
      'a hold too long',
      { dosage: { holdSeconds: 86_400 } },
      ['dosage.holdSeconds: must be at most 300 seconds'],
    ],
    [
      'a hold of 0 seconds',
      { dosage: { holdSeconds: 0 } },
      ['dosage.holdSeconds: must be at least 1 second'],
    ],
    [
      'work of 0 seconds',
      { dosage: { durationSeconds: 0 } },
      ['dosage.durationSeconds: must be at least 1 second'],
    ],
    ['the longest work', { dosage: { durationSeconds: LIMITS.maxWorkSeconds } }, []],
    ['no rest', { dosage: { restSeconds: 0 } }, []],
    [
      'a rest too long',
      { dosage: { restSeconds: 601 } },
      ['dosage.restSeconds: must be at most 600 seconds'],
    ],
    [
      'a range past the limit',
      { dosage: { sets: { min: 2, max: 50 } } },
      ['dosage.sets.max: must be at most 20 sets'],
    ],
    [
      'a dosage line of 500 sets',
      { dosage: '500 sets of 10' },
      ['dosage: says 500 sets: sets must be 1 to 20'],
    ],
    [
      'a dosage line of zeros',
      { dosage: '3 sets × 0 sec · hold 0 sec · rest 0 sec' },
      [
        'dosage: says 0 seconds: durationSeconds must be 1 to 3600',
        'dosage: says 0 seconds: holdSeconds must be 1 to 300',
      ],
    ],
    [
      'a dosage line of a tiny time',
      { dosage: '0.0000001 seconds' },
      ['dosage: says 0 seconds: durationSeconds must be 1 to 3600'],
    ],
    ['a dosage line within limits', { dosage: '2–3 sets of 10 reps, hold 5 s, rest 30 s' }, []],
    ['the longest name', { name: 'n'.repeat(D.maxNameLength) }, []],
    ['a name too long', { name: 'n'.repeat(D.maxNameLength + 1) }, ['name: must be at most 200 characters']],
    [
      'a name too long in one language',
      { name: { en: 'A', es: 'n'.repeat(201) } },
      ['name.es: must be at most 200 characters'],
    ],
    [
      'too many languages',
      {
        name: Object.fromEntries(
          Array.from({ length: 51 }, (_, i) => [
            `x${String.fromCharCode(97 + (i % 26))}${'abc'[Math.floor(i / 26)]}`,
            'A',
          ]),
        ),
      },
      ['name: must hold at most 50 languages'],
    ],
    [
      'a summary too long',
      { summary: 's'.repeat(D.maxSummaryLength + 1) },
      ['summary: must be at most 2000 characters'],
    ],
    [
      'a step too long',
      { steps: ['ok', 's'.repeat(D.maxLineLength + 1)] },
      ['steps[1]: must be at most 1000 characters'],
    ],
    [
      'too many steps',
      { steps: Array.from({ length: D.maxListEntries + 1 }, () => 'Step') },
      ['steps: must have at most 50 entries'],
    ],
    ['a category too long', { category: 'c'.repeat(201) }, ['category: must be at most 200 characters']],
    [
      'a dosage line too long',
      { dosage: `10 reps ${'x'.repeat(500)}` },
      ['dosage: must be at most 500 characters'],
    ],
    [
      'an address too long',
      { source: { title: 'T', url: `https://example.org/${'a'.repeat(2000)}` } },
      ['source.url: must be at most 2000 characters'],
    ],
  ];
  for (const [name, extra, expected] of cases) {
    it(`${expected.length ? 'refuses' : 'accepts'} ${name}`, () => {
      expect(problems(validateExercise(exercise(extra)))).to.deep.equal(expected);
    });
  }

  it('refuses a 50 MB name with one message, so a card never renders it', () => {
    const result = validateExercise(exercise({ name: 'n'.repeat(50_000_000) }));
    expect(problems(result)).to.deep.equal(['name: must be at most 200 characters']);
  });
});

describe('a routine keeps to a session a person could follow', () => {
  it('accepts a session of just under three hours', () => {
    // get-ready 5 s + 20 × 60 s of work + 19 × 30 s of rest = 1 775 s per exercise; 6 of them with
    // 5 × 15 s between and a 5 s intro: 10 730 s ≈ 2 h 59 min.
    const items = Array.from({ length: 6 }, () => item({ sets: 20, durationSeconds: 60, restSeconds: 30 }));
    expect(problems(validateRoutine(routineOf(items)))).to.deep.equal([]);
  });

  it('refuses a session estimated over three hours, and says how long it would take', () => {
    const items = Array.from({ length: 7 }, () => item({ sets: 20, durationSeconds: 60, restSeconds: 30 }));
    expect(problems(validateRoutine(routineOf(items)))).to.deep.equal([
      'document: would take about 3 hours 29 minutes, longer than the 3 hours a session may last: split it into shorter routines',
    ]);
  });

  it('measures the session at the slowest pace a range allows', () => {
    const items = Array.from({ length: 6 }, () => item({ sets: { min: 1, max: 20 }, durationSeconds: 90 }));
    expect(problems(validateRoutine(routineOf(items)))[0]).to.match(
      /^document: would take about 3 hours 59 minutes,/,
    );
  });

  it('refuses the 25 × 200 routine that used to crash the player, at its lists', () => {
    const section = (s: number) => ({
      title: `S${s}`,
      kind: 'main',
      items: Array.from({ length: 200 }, () => item({ sets: 100, reps: 1000, holdSeconds: 86_400 })),
    });
    const result = validateRoutine({
      id: 'r',
      title: 'R',
      sections: Array.from({ length: 25 }, (_, s) => section(s)),
    });
    expect(problems(result)).to.include('sections: must have at most 20 entries');
  });

  const listCases: Array<[string, unknown, string]> = [
    [
      'too many exercises in a section',
      routineOf(Array.from({ length: 101 }, () => item('10 reps'))),
      'sections[0].items: must have at most 100 entries',
    ],
    [
      'too many exercises in all',
      {
        id: 'r',
        title: 'R',
        sections: Array.from({ length: 3 }, () => ({
          title: 'S',
          kind: 'main',
          items: Array.from({ length: 34 }, () => item('1 rep')),
        })),
      },
      'sections: must hold at most 100 exercises in all',
    ],
    [
      'too many entries in the exercises map',
      routineOf([{ ref: 'e0' }], {
        exercises: Object.fromEntries(
          Array.from({ length: 201 }, (_, i) => [`e${i}`, { id: `e${i}`, name: 'E' }]),
        ),
      }),
      'exercises: must hold at most 200 exercises',
    ],
    [
      'a rest between exercises too long',
      routineOf([item('1 rep')], { restBetweenExercisesSeconds: 3600 }),
      'restBetweenExercisesSeconds: must be at most 600 seconds',
    ],
    [
      'a stated duration over three hours',
      routineOf([item('1 rep')], { durationMinutes: 1440 }),
      'durationMinutes: must be at most 180 minutes',
    ],
    [
      'a frequency of 50 times a day',
      routineOf([item('1 rep')], { frequency: { times: 50, per: 'day' } }),
      'frequency.times: must be at most 20 times',
    ],
  ];
  it('keeps a frequency line of 50 times a day as the author’s words only, never as 50 sessions', () => {
    const result = validateRoutine(routineOf([item('1 rep')], { frequency: '50 times a day' }));
    expect(result.ok && result.value.frequency).to.deep.equal({ text: '50 times a day' });
  });

  for (const [name, doc, expected] of listCases) {
    it(`refuses ${name}`, () => {
      expect(problems(validateRoutine(doc))).to.include(expected);
    });
  }
});
