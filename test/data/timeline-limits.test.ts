import { expect } from '@open-wc/testing';
import { routineHash } from '../../src/core/content-hash.js';
import { DOCUMENT_LIMITS as D, LIMITS } from '../../src/core/limits.js';
import {
  buildTimeline,
  estimateDuration,
  estimateSteps,
  MAX_TIMELINE_STEPS,
} from '../../src/core/routine-timeline.js';
import type { TimelineOptions } from '../../src/core/timeline-types.js';
import type { Routine } from '../../src/data/routine-schema.js';
import { validateRoutine } from '../../src/data/validate.js';

const EXAMPLES = [
  'ql-butt-walk',
  'glutes-lower-back-program',
  'gentle-glute-exercises',
  'banded-glute-exercises',
  'hip-routine-radiating-pain',
];

function valid(input: unknown): Routine {
  const result = validateRoutine(input);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

const routineOf = (dosages: unknown[], extra: Record<string, unknown> = {}): Routine =>
  valid({
    id: 'r',
    title: 'R',
    sections: [
      {
        title: 'Warm-up',
        kind: 'warm-up',
        items: dosages.slice(0, 1).map((dosage) => ({ exercise: { id: 'a', name: 'A', dosage } })),
      },
      {
        title: 'Main',
        kind: 'main',
        items: dosages.slice(1).map((dosage, i) => ({ exercise: { id: `b${i}`, name: 'B', dosage } })),
      },
    ].filter((section) => section.items.length > 0),
    ...extra,
  });

describe('estimateDuration is computed per exercise and equals the timeline it does not build', () => {
  const dosages: Array<[string, unknown]> = [
    ['no dosage', undefined],
    ['reps', { sets: 3, reps: 10 }],
    ['a range of sets and reps', { sets: { min: 2, max: 3 }, reps: { min: 8, max: 12 }, restSeconds: 45 }],
    ['reps per side', { sets: 2, reps: 10, side: 'each' }],
    ['alternating reps', { reps: 5, holdSeconds: 5, side: 'alternating' }],
    ['reps with a hold', { sets: 2, reps: 10, holdSeconds: { min: 3, max: 5 } }],
    ['a hold alone', { holdSeconds: 30, sets: 3, side: 'each' }],
    ['timed work', { sets: 3, durationSeconds: 30, restSeconds: 0 }],
    ['a dosage line', '2–3 sets of 10 reps per side, hold 3 s, rest 20 s'],
  ];
  const optionSets: Array<[string, TimelineOptions]> = [
    ['defaults', {}],
    ['mid pace', { pace: 'mid' }],
    ['max pace, no bonus', { pace: 'max', includeBonus: false }],
    ['no countdowns or switches', { introSeconds: 0, getReadySeconds: 0, switchSidesSeconds: 0 }],
    ['slow reps, no default rest', { secondsPerRep: 5, defaultRestSeconds: 0, holdOverheadSeconds: 0 }],
  ];
  for (const [name, options] of optionSets) {
    for (const [what, dosage] of dosages) {
      it(`${what}, ${name}`, () => {
        const routine = routineOf([dosage, dosage, { sets: 2, reps: 5 }]);
        expect(estimateDuration(routine, options)).to.equal(estimateSteps(buildTimeline(routine, options)));
      });
    }
  }
  for (const id of EXAMPLES) {
    it(`examples/${id}.json at every pace`, async () => {
      const routine = valid(await (await fetch(`/examples/${id}.json`)).json());
      for (const pace of ['min', 'mid', 'max'] as const) {
        expect(estimateDuration(routine, { pace })).to.equal(estimateSteps(buildTimeline(routine, { pace })));
      }
    });
  }
  it('a rest of 0 between exercises', () => {
    const routine = routineOf([{ reps: 3 }, { reps: 3 }], { restBetweenExercisesSeconds: 0 });
    expect(estimateDuration(routine)).to.equal(estimateSteps(buildTimeline(routine)));
  });

  it('answers at once for the 50 × 200 routine of 100 sets that once took 18 s', () => {
    // Typed as a Routine without validation (validation now refuses it): the estimate must not expand
    // sets × sides × items into 4 million steps. Before, this test ran into mocha's 2 s timeout.
    const exercise = {
      id: 'x',
      name: 'X',
      dosage: { sets: 100, reps: 1000, holdSeconds: 86_400, side: 'each' as const },
    };
    const routine = {
      id: 'huge',
      title: 'Huge',
      sections: Array.from({ length: 50 }, () => ({
        title: 'S',
        kind: 'main' as const,
        items: Array.from({ length: 200 }, () => ({ exercise })),
      })),
    } as unknown as Routine;
    // Per exercise: 5 s get-ready + 100 sets × 2 sides × 1000 × (86 400 + 2) s + 100 × 5 s switch + 99 × 30 s rest.
    const perExercise = 5 + 100 * 2 * 1000 * 86_402 + 500 + 99 * 30;
    expect(estimateDuration(routine)).to.equal(10_000 * perExercise + 9_999 * 15 + 50 * 5);
  });
});

describe('the timeline of the largest document the limits accept stays bounded', () => {
  /** The most exercises in the most sections, each at the most sets, worked on each side. */
  function largest(dosage: Record<string, unknown>): unknown {
    const perSection = D.maxItemsPerRoutine / D.maxSections;
    return {
      id: 'largest',
      title: 'Largest',
      restBetweenExercisesSeconds: 0,
      sections: Array.from({ length: D.maxSections }, (_, s) => ({
        title: `Section ${s + 1}`,
        kind: 'main',
        items: Array.from({ length: perSection }, (_, i) => ({
          exercise: { id: `e${s}-${i}`, name: 'E', dosage: { side: 'each', ...dosage } },
        })),
      })),
    };
  }

  it('counts at most MAX_TIMELINE_STEPS steps at the list limits, whatever the reps and seconds', () => {
    const doc = largest({ sets: LIMITS.maxSets, reps: LIMITS.maxReps, holdSeconds: LIMITS.maxHoldSeconds });
    // Refused as a session (days long), but even so its timeline is bounded by the lists alone.
    expect(validateRoutine(doc).ok).to.equal(false);
    const steps = buildTimeline(doc as Routine);
    expect(steps.length).to.be.at.most(MAX_TIMELINE_STEPS);
    expect(MAX_TIMELINE_STEPS).to.equal(8_221);
  });

  it('builds the longest session the limits accept in a few thousand steps', () => {
    // 100 exercises × 10 sets × 2 sides of 1 s work, no rests: 2 h 5 min at the slowest pace.
    const routine = valid(largest({ sets: 10, durationSeconds: 1, restSeconds: 0 }));
    const steps = buildTimeline(routine, { pace: 'max' });
    expect(steps.length).to.equal(100 * (1 + 10 * 3) + D.maxSections + 1);
    expect(estimateSteps(steps)).to.be.at.most(D.maxSessionMinutes * 60);
  });
});

describe('routineHash vouches for the timeline without expanding it', () => {
  const base = {
    id: 'r',
    title: 'R',
    sections: [
      {
        title: 'Main',
        kind: 'main',
        items: [{ exercise: { id: 'a', name: 'A', steps: ['Lift'], dosage: '3 x 10' } }],
      },
    ],
  };
  const edit = (change: (doc: typeof base) => void) => {
    const doc = structuredClone(base);
    change(doc);
    return valid(doc);
  };
  const hash = routineHash(valid(base), 'min');
  const cases: Array<[string, Routine, string, boolean]> = [
    ['the same document', valid(base), 'min', true],
    [
      'a fixed typo in a step',
      edit((d) => (d.sections[0]!.items[0]!.exercise.steps = ['Lift slowly'])),
      'min',
      true,
    ],
    ['another pace', valid(base), 'max', false],
    ['another dosage', edit((d) => (d.sections[0]!.items[0]!.exercise.dosage = '3 x 12')), 'min', false],
    ['another exercise', edit((d) => (d.sections[0]!.items[0]!.exercise.id = 'b')), 'min', false],
    ['another section kind', edit((d) => (d.sections[0]!.kind = 'bonus')), 'min', false],
  ];
  const bare = {
    id: 'r',
    title: 'R',
    sections: [{ title: 'Main', kind: 'main', items: [{ exercise: { id: 'a', name: 'A' } }] }],
  };
  const bareHash = routineHash(valid(bare), 'min');
  it('changes the hash when a routine default fills an exercise without a dosage', () => {
    expect(routineHash(valid({ ...bare, defaultDosage: '10 reps' }), 'min')).to.not.equal(bareHash);
  });
  it('keeps the hash of an exercise with its own dosage when a routine default is added', () => {
    expect(routineHash(valid({ ...base, defaultDosage: '5 reps' }), 'min')).to.equal(hash);
  });
  for (const [name, routine, pace, same] of cases) {
    it(`${same ? 'keeps' : 'changes'} the hash for ${name}`, () => {
      expect(routineHash(routine, pace) === hash).to.equal(same);
    });
  }
});
