import { expect } from '@open-wc/testing';
import { DOCUMENT_LIMITS } from '../../src/core/limits.js';
import { formatValidationError, validateExercise, validateRoutine } from '../../src/data/validate.js';
import { resolveRoutineItems, findExerciseInDocument } from '../../src/data/resolve-routine.js';

const EXAMPLES = [
  'ql-butt-walk',
  'glutes-lower-back-program',
  'gentle-glute-exercises',
  'banded-glute-exercises',
  'hip-routine-radiating-pain',
];

async function loadExample(id: string): Promise<unknown> {
  const response = await fetch(`/examples/${id}.json`);
  return response.json();
}

const minimalRoutine = () => ({
  id: 'r',
  title: 'Routine',
  sections: [
    { title: 'Main', kind: 'main', items: [{ ref: 'a' }, { ref: 'b', dosage: '2 sets of 10 reps' }] },
  ],
  exercises: { a: { id: 'a', name: 'A', dosage: { sets: 3, reps: 8 } }, b: { id: 'b', name: 'B' } },
});

describe('validateRoutine on the seed examples', () => {
  for (const id of EXAMPLES) {
    it(`accepts examples/${id}.json and resolves every exercise`, async () => {
      const doc = (await loadExample(id)) as { sections: Array<{ items: unknown[] }> };
      const result = validateRoutine(doc);
      if (!result.ok) throw new Error(result.errors.map(formatValidationError).join('\n'));
      const itemCount = doc.sections.reduce((n, s) => n + s.items.length, 0);
      expect(resolveRoutineItems(result.value)).to.have.length(itemCount);
    });
  }
});

describe('validateRoutine errors name the path and say what the value must be', () => {
  type Mutation = (doc: ReturnType<typeof minimalRoutine>) => unknown;
  const cases: Array<[string, Mutation, string]> = [
    [
      'sets of zero',
      (d) => ((d.exercises.a.dosage.sets = 0), d),
      'exercises.a.dosage.sets: must be a whole number of 1 or more',
    ],
    [
      'a fractional sets override in a section item',
      (d) => ((d.sections[0].items[1].dosage = { sets: 1.5 } as never), d),
      'sections[0].items[1].dosage.sets: must be a whole number of 1 or more',
    ],
    [
      'an unknown section kind',
      (d) => ((d.sections[0].kind = 'stretching'), d),
      'sections[0].kind: must be "warm-up", "main", "cool-down" or "bonus"',
    ],
    [
      'a ref that names no exercise',
      (d) => ((d.sections[0].items[0].ref = 'missing'), d),
      'sections[0].items[0].ref: names "missing", but "exercises" has no exercise with that id',
    ],
    [
      'a missing title',
      (d) => {
        const { title: _title, ...rest } = d;
        return rest;
      },
      'document: needs "title"',
    ],
    [
      'an item with neither ref nor exercise',
      (d) => ((d.sections[0].items[0] = {} as never), d),
      'sections[0].items[0]: needs exactly one of "ref" (an id from "exercises") or "exercise" (written out in place)',
    ],
    [
      'a range whose min is above its max',
      (d) => ((d.exercises.a.dosage.sets = { min: 4, max: 2 } as never), d),
      'exercises.a.dosage.sets: "min" must not be larger than "max"',
    ],
    [
      'an exercise whose id differs from its key',
      (d) => ((d.exercises.b.id = 'c'), d),
      'exercises.b.id: must match its key "b"',
    ],
    ['no sections', (d) => ((d.sections = []), d), 'sections: must have at least one section'],
  ];
  for (const [name, mutate, expected] of cases) {
    it(`reports ${name}`, () => {
      const result = validateRoutine(mutate(minimalRoutine()));
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.errors.map(formatValidationError)).to.include(expected);
    });
  }
});

describe('validation never throws and keeps what authors add', () => {
  const cyclic: Record<string, unknown> = { id: 'x', name: 'Loop' };
  cyclic.self = cyclic;
  cyclic.steps = ['one'];
  const hostile: Array<[string, unknown]> = [
    ['null', null],
    ['a string', 'hello'],
    ['a number', 1e308],
    ['NaN', NaN],
    ['an array', [1, 2, 3]],
    ['a huge array', new Array(200_000).fill({ id: 'a' })],
    [
      'a getter that throws',
      Object.defineProperty({}, 'id', {
        get: () => {
          throw new Error('boom');
        },
        enumerable: true,
      }),
    ],
  ];
  for (const [name, input] of hostile) {
    it(`answers ${name} with errors instead of throwing`, () => {
      const exercise = validateExercise(input);
      const routine = validateRoutine(input);
      expect(exercise.ok).to.equal(false);
      expect(routine.ok).to.equal(false);
      if (!exercise.ok) expect(exercise.errors.length).to.be.within(1, 50);
    });
  }
  it('accepts a cyclic object through an unknown field and keeps that field', () => {
    const result = validateExercise(cyclic);
    expect(result.ok).to.equal(true);
    if (result.ok) expect((result.value as Record<string, unknown>).self).to.equal(cyclic);
  });
  it('refuses NaN and 1e308 where a number of sets belongs', () => {
    for (const sets of [NaN, 1e308, -1, Infinity]) {
      const result = validateExercise({ id: 'a', name: 'A', dosage: { sets } });
      expect(result.ok, String(sets)).to.equal(false);
    }
  });
  it('refuses an absurdly long list as a whole, at the list, rather than item by item', () => {
    const result = validateExercise({ id: 'a', name: 'A', steps: new Array(100_000).fill(5) });
    expect(result.ok).to.equal(false);
    if (!result.ok) {
      expect(result.errors.map(formatValidationError)).to.deep.equal([
        `steps: must have at most ${DOCUMENT_LIMITS.maxListEntries} entries`,
      ]);
    }
  });
  it('parses dosage text and keeps the author’s words', () => {
    const result = validateExercise({ id: 'a', name: 'A', dosage: '10–15 reps per side' });
    expect(result.ok).to.equal(true);
    if (result.ok) {
      expect(result.value.dosage).to.deep.include({ reps: { min: 10, max: 15 }, side: 'each' });
      expect(result.value.dosage?.text).to.equal('10–15 reps per side');
    }
  });
  it('gives each document its own dosage, also when the line was read for an earlier one', () => {
    const first = validateExercise({ id: 'a', name: 'A', dosage: '2-3 sets of 10 reps, hold 5 s' });
    expect(first.ok).to.equal(true);
    if (!first.ok) return;
    const expected = structuredClone(first.value.dosage);
    (first.value.dosage!.sets as { min: number }).min = 99;
    first.value.dosage!.reps = 1;
    const again = validateExercise({ id: 'b', name: 'B', dosage: '2-3 sets of 10 reps, hold 5 s' });
    expect(again.ok && again.value.dosage).to.deep.equal(expected);
  });
  it('refuses a dosage line out of limits each time it is given', () => {
    for (let i = 0; i < 2; i++) {
      const result = validateExercise({ id: 'a', name: 'A', dosage: '500 sets' });
      expect(result.ok).to.equal(false);
      if (!result.ok)
        expect(result.errors.map(formatValidationError)).to.deep.equal([
          'dosage: says 500 sets: sets must be 1 to 20',
        ]);
    }
  });
  it('accepts text given as a map from language code to text', () => {
    const result = validateExercise({ id: 'a', name: { en: 'Bridge', es: 'Puente' } });
    expect(result.ok).to.equal(true);
  });
  it('refuses a map keyed by something that is not a language code', () => {
    const result = validateExercise({ id: 'a', name: { 'not a locale': 'x' } });
    expect(result.ok).to.equal(false);
  });
});

describe('links and media only accept http(s) and relative addresses', () => {
  const urls: Array<[string, boolean]> = [
    ['https://example.com/a.jpg', true],
    ['http://example.com/a.jpg', true],
    ['/images/a.jpg', true],
    ['images/a.jpg', true],
    ['//cdn.example.com/a.jpg', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['java\tscript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['vbscript:msgbox(1)', false],
    ['file:///etc/passwd', false],
  ];
  for (const [url, ok] of urls) {
    it(`${ok ? 'accepts' : 'refuses'} ${JSON.stringify(url)}`, () => {
      const result = validateExercise({ id: 'a', name: 'A', source: { title: 'T', url } });
      expect(result.ok).to.equal(ok);
      if (!result.ok) expect(result.errors[0].path).to.equal('source.url');
    });
  }
});

describe('findExerciseInDocument', () => {
  it('finds an exercise in a routine’s map, inline items, a list, or a single document', async () => {
    const hip = await loadExample('hip-routine-radiating-pain');
    expect(findExerciseInDocument(hip, 'knee-wags')).to.have.property('name', 'Knee wags');
    const inline = { id: 'r', sections: [{ items: [{ exercise: { id: 'x', name: 'X' } }] }] };
    expect(findExerciseInDocument(inline, 'x')).to.deep.equal({ id: 'x', name: 'X' });
    expect(findExerciseInDocument([{ id: 'y' }], 'y')).to.deep.equal({ id: 'y' });
    expect(findExerciseInDocument({ id: 'z', name: 'Z' }, 'z')).to.deep.equal({ id: 'z', name: 'Z' });
    expect(findExerciseInDocument(hip, 'nope')).to.equal(undefined);
  });
});
