import { expect } from '@open-wc/testing';
import {
  buildTimeline,
  estimateDuration,
  estimateSteps,
  pickFromRange,
  workAmount,
} from '../../src/core/routine-timeline.js';
import type { Dosage } from '../../src/core/dosage-types.js';
import type { TimelineOptions, TimelineStep, WorkStep } from '../../src/core/timeline-types.js';
import type { Routine } from '../../src/data/routine-schema.js';
import { formatValidationError, validateRoutine } from '../../src/data/validate.js';

async function loadExample(id: string): Promise<Routine> {
  const response = await fetch(`/examples/${id}.json`);
  return toRoutine(await response.json());
}

function toRoutine(doc: unknown): Routine {
  const result = validateRoutine(doc);
  if (!result.ok) throw new Error(result.errors.map(formatValidationError).join('\n'));
  return result.value;
}

/** A routine of one section from exercise dosages written as objects or text. */
function routineOf(dosages: Record<string, unknown>, extra: Record<string, unknown> = {}): Routine {
  const ids = Object.keys(dosages);
  return toRoutine({
    id: 'test',
    title: 'Test',
    ...extra,
    sections: [{ title: 'Main', kind: 'main', items: ids.map((ref) => ({ ref })) }],
    exercises: Object.fromEntries(
      ids.map((id) => [id, dosages[id] === null ? { id, name: id } : { id, name: id, dosage: dosages[id] }]),
    ),
  });
}

/** `intro,ready,w1L,switch,w1R,rest-set,w2,rest-ex,…`: kind, set, side and a mark for non-rep work. */
function compact(steps: readonly TimelineStep[]): string {
  return steps
    .map((step) => {
      switch (step.kind) {
        case 'get-ready':
          return 'ready';
        case 'switch-sides':
          return 'switch';
        case 'rest-exercise':
          return 'rest-ex';
        case 'work': {
          const side = step.side === 'left' ? 'L' : step.side === 'right' ? 'R' : '';
          const mode =
            step.mode === 'timed'
              ? ':timed'
              : step.mode === 'reps-hold'
                ? ':hold'
                : step.mode === 'hold-open'
                  ? ':held'
                  : step.mode === 'open'
                    ? ':open'
                    : '';
          return `w${step.set}${side}${mode}`;
        }
        default:
          return step.kind;
      }
    })
    .join(',');
}

const works = (steps: readonly TimelineStep[]) => steps.filter((s): s is WorkStep => s.kind === 'work');

describe('buildTimeline on the five example routines', () => {
  const cases: Array<{ id: string; sequence: string; estimates: [number, number, number] }> = [
    {
      id: 'ql-butt-walk',
      sequence: 'intro,ready,w1:hold,rest-ex,intro,ready,w1,rest-set,w2,finish',
      estimates: [183, 246, 255],
    },
    {
      id: 'glutes-lower-back-program',
      sequence: [
        'intro,ready,w1:open,rest-ex,ready,w1L:open,switch,w1R:open,rest-ex',
        'intro,ready,w1,rest-set,w2,rest-ex,ready,w1:open,rest-ex,ready,w1L:open,switch,w1R:open,rest-ex',
        'ready,w1:open,rest-ex',
        'intro,ready,w1:held,rest-ex,ready,w1L:held,switch,w1R:held,rest-ex,ready,w1:open,rest-ex',
        'ready,w1:open,rest-ex',
        'intro,ready,w1:open,finish',
      ].join(','),
      estimates: [720, 738, 750],
    },
    {
      id: 'gentle-glute-exercises',
      sequence:
        'intro,ready,w1:open,rest-ex,ready,w1:open,rest-ex,ready,w1:open,rest-ex,ready,w1:open,rest-ex,ready,w1:open,finish',
      estimates: [240, 240, 240],
    },
    {
      id: 'banded-glute-exercises',
      sequence: [
        'intro,ready,w1,rest-set,w2,rest-set,w3,rest-ex',
        'ready,w1L,switch,w1R,rest-set,w2L,switch,w2R,rest-set,w3L,switch,w3R,rest-ex',
        'ready,w1,rest-set,w2,rest-set,w3,finish',
      ].join(','),
      estimates: [470, 470, 470],
    },
    {
      id: 'hip-routine-radiating-pain',
      sequence:
        'intro,ready,w1L,switch,w1R,rest-ex,ready,w1:hold,rest-ex,ready,w1L,switch,w1R,rest-ex,intro,ready,w1:hold,finish',
      estimates: [295, 377.5, 445],
    },
  ];
  for (const { id, sequence, estimates } of cases) {
    it(`orders the steps of ${id}`, async () => {
      expect(compact(buildTimeline(await loadExample(id)))).to.equal(sequence);
    });
    it(`estimates ${id} at ${estimates.join(' / ')} s for pace min / mid / max`, async () => {
      const routine = await loadExample(id);
      const got = (['min', 'mid', 'max'] as const).map((pace) => estimateDuration(routine, { pace }));
      expect(got).to.deep.equal(estimates);
    });
  }

  it('gives the hip routine fixed countdowns and per-rep estimates step by step', async () => {
    const steps = buildTimeline(await loadExample('hip-routine-radiating-pain'));
    expect(steps.map((s) => `${s.id}:${s.durationSeconds ?? `~${s.estimateSeconds}`}`)).to.deep.equal([
      's0-intro:5',
      's0-i0-get-ready:5',
      's0-i0-set1-left-work:~30',
      's0-i0-set1-switch:5',
      's0-i0-set1-right-work:~30',
      's0-i0-rest:15',
      's0-i1-get-ready:5',
      's0-i1-set1-work:~50',
      's0-i1-rest:15',
      's0-i2-get-ready:5',
      's0-i2-set1-left-work:~30',
      's0-i2-set1-switch:5',
      's0-i2-set1-right-work:~30',
      's0-i2-rest:15',
      's1-intro:5',
      's1-i0-get-ready:5',
      's1-i0-set1-work:~40',
      'finish:0',
    ]);
  });

  it('leaves bonus sections out with includeBonus: false (hip routine: 230 s)', async () => {
    const routine = await loadExample('hip-routine-radiating-pain');
    const steps = buildTimeline(routine, { includeBonus: false });
    expect(compact(steps)).to.equal(
      'intro,ready,w1L,switch,w1R,rest-ex,ready,w1:hold,rest-ex,ready,w1L,switch,w1R,finish',
    );
    expect(estimateDuration(routine, { includeBonus: false })).to.equal(230);
  });

  it('keeps the written range on each work step while using the value the pace picks', async () => {
    const routine = await loadExample('hip-routine-radiating-pain');
    const pick = (pace: TimelineOptions['pace']) =>
      works(buildTimeline(routine, { pace })).map((w) => [w.exerciseId, w.reps, w.holdSeconds]);
    expect(pick('min')).to.deep.equal([
      ['knee-wags', 10, null],
      ['knee-wags', 10, null],
      ['lying-adductor-squeeze', 10, 3],
      ['lying-psoas-march', 10, null],
      ['lying-psoas-march', 10, null],
      ['spinal-flexion-drill', 10, 2],
    ]);
    expect(pick('mid').map((w) => w.slice(1))).to.deep.equal([
      [13, null],
      [13, null],
      [13, 4],
      [13, null],
      [13, null],
      [13, 2.5],
    ]);
    expect(pick('max').map((w) => w.slice(1))).to.deep.equal([
      [15, null],
      [15, null],
      [15, 5],
      [15, null],
      [15, null],
      [15, 3],
    ]);
    const squeeze = works(buildTimeline(routine)).find((w) => w.exerciseId === 'lying-adductor-squeeze');
    expect(squeeze).to.include({ mode: 'reps-hold', side: null, sideMode: null, set: 1, sets: 1 });
    expect(squeeze?.repsRange).to.deep.equal({ min: 10, max: 15 });
    expect(squeeze?.holdRange).to.deep.equal({ min: 3, max: 5 });
  });

  it('marks both sides of every set of banded side steps, left first', async () => {
    const steps = buildTimeline(await loadExample('banded-glute-exercises'));
    const sideSteps = works(steps).filter((w) => w.exerciseId === 'band-side-step');
    expect(sideSteps.map((w) => `${w.set}/${w.sets}${w.side}`)).to.deep.equal([
      '1/3left',
      '1/3right',
      '2/3left',
      '2/3right',
      '3/3left',
      '3/3right',
    ]);
    expect(sideSteps.every((w) => w.sideMode === 'each' && w.reps === 5)).to.equal(true);
  });

  it('counts both sides in one step for alternating work (seated side stretch: 2 × 5 reps)', async () => {
    const [stretch] = works(buildTimeline(await loadExample('ql-butt-walk')));
    expect(stretch).to.include({
      mode: 'reps-hold',
      side: null,
      sideMode: 'alternating',
      reps: 10,
      repsRange: 5,
    });
    expect(stretch?.estimateSeconds).to.equal(70);
  });

  it('picks sets and reps of the butt walk by pace, rounding the middle', async () => {
    const routine = await loadExample('ql-butt-walk');
    const walk = (pace: TimelineOptions['pace']) =>
      works(buildTimeline(routine, { pace }))
        .filter((w) => w.exerciseId === 'butt-walk')
        .map((w) => `${w.set}/${w.sets}x${w.reps}`);
    expect(walk('min')).to.deep.equal(['1/2x8', '2/2x8']);
    expect(walk('mid')).to.deep.equal(['1/3x9', '2/3x9', '3/3x9']);
    expect(walk('max')).to.deep.equal(['1/3x10', '2/3x10', '3/3x10']);
  });

  it('gives an exercise without a dosage one open "done" gate', async () => {
    const [bridge] = works(buildTimeline(await loadExample('gentle-glute-exercises')));
    expect(bridge).to.include({ mode: 'open', reps: null, repsRange: null, set: 1, sets: 1, dosage: null });
    expect(bridge).to.include({ amountFrom: null });
    expect(bridge).to.include({ durationSeconds: null, estimateSeconds: 30 });
  });

  it('keeps step ids stable across paces', async () => {
    const routine = await loadExample('ql-butt-walk');
    const minIds = buildTimeline(routine, { pace: 'min' }).map((s) => s.id);
    const maxIds = buildTimeline(routine, { pace: 'max' }).map((s) => s.id);
    expect(minIds.filter((id) => !maxIds.includes(id))).to.deep.equal([]);
    expect(maxIds.filter((id) => !minIds.includes(id))).to.deep.equal(['s1-i0-set2-rest', 's1-i0-set3-work']);
  });

  it('survives a JSON round trip unchanged', async () => {
    for (const id of ['hip-routine-radiating-pain', 'glutes-lower-back-program', 'banded-glute-exercises']) {
      const steps = buildTimeline(await loadExample(id));
      expect(JSON.parse(JSON.stringify(steps))).to.deep.equal(steps);
    }
  });
});

describe('buildTimeline rules on small routines', () => {
  const cases: Array<[string, Record<string, unknown>, TimelineOptions, string]> = [
    [
      'makes timed work from durationSeconds',
      { a: { sets: 2, durationSeconds: 30 } },
      {},
      'w1:timed=30,rest-set=30,w2:timed=30',
    ],
    ['lets timed work win over reps', { a: { reps: 10, durationSeconds: 45 } }, {}, 'w1:timed=45'],
    ['makes one timed hold from a hold without reps', { a: { holdSeconds: 20 } }, {}, 'w1:timed=20'],
    [
      'takes the rest between sets from the dosage by pace',
      { a: { sets: 2, reps: 5, restSeconds: { min: 20, max: 40 } } },
      { pace: 'mid' },
      'w1~15,rest-set=30,w2~15',
    ],
    [
      'uses the default rest when the dosage has none',
      { a: { sets: 2, reps: 5 } },
      { defaultRestSeconds: 45 },
      'w1~15,rest-set=45,w2~15',
    ],
    ['uses the secondsPerRep option for rep estimates', { a: { reps: 10 } }, { secondsPerRep: 2 }, 'w1~20'],
    [
      'estimates a hold rep as hold + overhead',
      { a: { reps: 4, holdSeconds: 10 } },
      { holdOverheadSeconds: 1 },
      'w1:hold~44',
    ],
    [
      'leaves out rests and switches set to 0 s',
      { a: { sets: 2, reps: 5, side: 'each', restSeconds: 0 } },
      { switchSidesSeconds: 0 },
      'w1L~15,w1R~15,w2L~15,w2R~15',
    ],
    ['ignores a negative option and uses the default', { a: { reps: 10 } }, { secondsPerRep: -1 }, 'w1~30'],
  ];
  const describeSteps = (steps: TimelineStep[]) =>
    steps
      .filter((s) => !['intro', 'get-ready', 'finish'].includes(s.kind))
      .map((s) => {
        const name = compact([s]);
        return s.durationSeconds === null ? `${name}~${s.estimateSeconds}` : `${name}=${s.durationSeconds}`;
      })
      .join(',');
  for (const [name, dosages, options, expected] of cases) {
    it(name, () => expect(describeSteps(buildTimeline(routineOf(dosages), options))).to.equal(expected));
  }

  it('rests between exercises as the routine says, not after the last one', () => {
    const routine = routineOf(
      { a: { reps: 5 }, b: { reps: 5 } },
      { restBetweenExercisesSeconds: { min: 10, max: 20 } },
    );
    const steps = buildTimeline(routine, { pace: 'max' });
    expect(compact(steps)).to.equal('intro,ready,w1,rest-ex,ready,w1,finish');
    expect(steps[3]).to.deep.include({ id: 's0-i0-rest', durationSeconds: 20 });
    expect(steps[3]?.kind === 'rest-exercise' && steps[3].next.exerciseId).to.equal('b');
  });

  it('leaves out intros and get-ready countdowns set to 0 s', () => {
    const steps = buildTimeline(routineOf({ a: null }), { introSeconds: 0, getReadySeconds: 0 });
    expect(compact(steps)).to.equal('w1:open,finish');
  });

  it('gives the section intro its title, kind and exercise count', () => {
    const [intro] = buildTimeline(routineOf({ a: null, b: null }));
    expect(intro).to.deep.equal({
      kind: 'intro',
      id: 's0-intro',
      durationSeconds: 5,
      estimateSeconds: 5,
      sectionIndex: 0,
      sectionId: null,
      sectionTitle: 'Main',
      sectionKind: 'main',
      exerciseCount: 2,
    });
  });

  it('picks from a range by pace', () => {
    const table: Array<[Parameters<typeof pickFromRange>, number]> = [
      [[{ min: 10, max: 15 }, 'min'], 10],
      [[{ min: 10, max: 15 }, 'mid'], 12.5],
      [[{ min: 10, max: 15 }, 'mid', true], 13],
      [[{ min: 10, max: 15 }, 'max'], 15],
      [[8, 'mid', true], 8],
    ];
    expect(table.map(([args]) => pickFromRange(...args))).to.deep.equal(table.map(([, want]) => want));
  });
});

describe('the amount of an exercise that gives none', () => {
  const plank = { figure: { position: 'plank' } } as Parameters<typeof workAmount>[2];
  const sidePlank = { figure: { position: 'side-plank' } } as Parameters<typeof workAmount>[2];
  const standing = { figure: { position: 'standing' } } as Parameters<typeof workAmount>[2];
  const none = {} as Parameters<typeof workAmount>[2];
  const cases: Array<{
    name: string;
    own: Dosage | undefined;
    exercise: Parameters<typeof workAmount>[2];
    fallback: Dosage | undefined;
    want: ReturnType<typeof workAmount>;
  }> = [
    {
      name: 'its own reps win over the routine default',
      own: { reps: 8 },
      exercise: standing,
      fallback: { sets: 2, reps: 10 },
      want: { dosage: { reps: 8 }, from: 'exercise', openHold: false },
    },
    {
      name: 'no dosage anywhere: an open step',
      own: undefined,
      exercise: standing,
      fallback: undefined,
      want: { dosage: undefined, from: null, openHold: false },
    },
    {
      name: 'no dosage and no figure: an open step',
      own: undefined,
      exercise: none,
      fallback: undefined,
      want: { dosage: undefined, from: null, openHold: false },
    },
    {
      name: 'the routine default fills an exercise with none, without its words',
      own: undefined,
      exercise: standing,
      fallback: { sets: 2, reps: 10, text: '2 sets of 10' },
      want: { dosage: { sets: 2, reps: 10 }, from: 'routine', openHold: false },
    },
    {
      name: 'sides from the exercise, amount from the default',
      own: { side: 'each' },
      exercise: standing,
      fallback: { reps: 10, side: 'alternating' },
      want: { dosage: { reps: 10, side: 'each' }, from: 'routine', openHold: false },
    },
    {
      name: 'a plank with no time is a hold that counts up',
      own: undefined,
      exercise: plank,
      fallback: undefined,
      want: { dosage: undefined, from: 'position', openHold: true },
    },
    {
      name: 'a side plank with no time is held on each side',
      own: undefined,
      exercise: sidePlank,
      fallback: undefined,
      want: { dosage: { side: 'each' }, from: 'position', openHold: true },
    },
    {
      name: 'a plank never takes reps from the default',
      own: undefined,
      exercise: plank,
      fallback: { sets: 2, reps: 10 },
      want: { dosage: undefined, from: 'position', openHold: true },
    },
    {
      name: 'a plank takes the default hold as its time',
      own: undefined,
      exercise: plank,
      fallback: { sets: 2, reps: 10, holdSeconds: 20 },
      want: { dosage: { sets: 2, durationSeconds: 20 }, from: 'routine', openHold: false },
    },
    {
      name: 'a side plank takes the default duration on each side',
      own: undefined,
      exercise: sidePlank,
      fallback: { durationSeconds: 30 },
      want: { dosage: { durationSeconds: 30, side: 'each' }, from: 'routine', openHold: false },
    },
    {
      name: 'a side plank written as alternating keeps it',
      own: { side: 'alternating' },
      exercise: sidePlank,
      fallback: undefined,
      want: { dosage: { side: 'alternating' }, from: 'position', openHold: true },
    },
  ];
  for (const { name, own, exercise, fallback, want } of cases) {
    it(name, () => {
      expect(workAmount(own, 'exercise', exercise, fallback)).to.deep.equal(want);
    });
  }

  it('says an item’s own dosage comes from the item', () => {
    const routine = toRoutine({
      id: 't',
      title: 'T',
      defaultDosage: '10 reps',
      sections: [{ title: 'Main', kind: 'main', items: [{ ref: 'a', dosage: '5 reps' }, { ref: 'b' }] }],
      exercises: { a: { id: 'a', name: 'A' }, b: { id: 'b', name: 'B' } },
    });
    const got = works(buildTimeline(routine)).map((w) => `${w.exerciseId}:${w.reps}:${w.amountFrom}`);
    expect(got).to.deep.equal(['a:5:item', 'b:10:routine']);
  });

  it('runs the glute program’s planks as holds and the rest as plain Done steps', async () => {
    const steps = works(buildTimeline(await loadExample('glutes-lower-back-program')));
    const got = steps.map((w) => `${w.exerciseId}${w.side ? `-${w.side}` : ''}:${w.mode}`);
    expect(got).to.deep.equal([
      'walking-lunge:open',
      'leg-swing-left:open',
      'leg-swing-right:open',
      'squat:reps',
      'squat:reps',
      'multi-direction-lunge:open',
      'single-leg-squat-stability-ball-left:open',
      'single-leg-squat-stability-ball-right:open',
      'glute-bridge:open',
      'plank:hold-open',
      'side-plank-left:hold-open',
      'side-plank-right:hold-open',
      'russian-twist:open',
      'bicycle-crunch:open',
      'neutral-pelvis:open',
    ]);
  });

  it('estimates a routine with the default it runs by', () => {
    const bare = routineOf({ a: null });
    const withDefault = routineOf({ a: null }, { defaultDosage: { sets: 2, reps: 10 } });
    expect(estimateDuration(bare)).to.equal(estimateSteps(buildTimeline(bare)));
    expect(estimateDuration(withDefault)).to.equal(estimateSteps(buildTimeline(withDefault)));
    expect(estimateDuration(withDefault)).to.not.equal(estimateDuration(bare));
  });
});
