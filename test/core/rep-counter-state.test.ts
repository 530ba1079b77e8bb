import { expect } from '@open-wc/testing';
import {
  canAddSet,
  canFinish,
  counterConfig,
  currentTarget,
  deadlineOf,
  formValueOf,
  initialCounter,
  readRange,
  reduceCounter,
  restoreCounter,
  shownCount,
  snapshotOf,
  timeLeftMs,
  type CounterAction,
  type CounterConfig,
  type CounterEffect,
  type CounterState,
} from '../../src/core/rep-counter-state.js';

const base: CounterConfig = { target: 3, sets: 1, side: null, holdMs: 0, restMs: 0 };
const cfg = (over: Partial<CounterConfig>): CounterConfig => ({ ...base, ...over });

const tap = (now = 0): CounterAction => ({ type: 'tap', now });
const taps = (n: number, from = 0): CounterAction[] => Array.from({ length: n }, (_, i) => tap(from + i));

function run(
  config: CounterConfig,
  actions: CounterAction[],
): { state: CounterState; effects: CounterEffect[] } {
  let state = initialCounter(config);
  const effects: CounterEffect[] = [];
  for (const action of actions) {
    const result = reduceCounter(config, state, action);
    state = result.state;
    effects.push(...result.effects);
  }
  return { state, effects };
}

const types = (effects: CounterEffect[]) => effects.map((e) => e.type);

interface Case {
  name: string;
  config: CounterConfig;
  actions: CounterAction[];
  state?: Partial<CounterState>;
  effects?: CounterEffect[];
  effectTypes?: CounterEffect['type'][];
}

describe('rep counter rules', () => {
  const cases: Case[] = [
    {
      name: 'counts a tap as a rep with its set and no side',
      config: base,
      actions: [tap(5)],
      state: { count: 1, totalReps: 1, startedAt: 5, phase: 'counting' },
      effects: [{ type: 'rep', rep: 1, set: 1, side: null }],
    },
    {
      name: 'completes a single-set exercise at the target with sets, reps and duration',
      config: base,
      actions: [tap(1000), tap(2000), tap(4000)],
      state: { phase: 'complete', setsDone: 1, totalReps: 3 },
      effectTypes: ['rep', 'rep', 'rep', 'set-complete', 'complete'],
    },
    {
      name: 'reports the time from the first tap to the last rep as durationMs',
      config: cfg({ target: 2 }),
      actions: [tap(1000), tap(4500)],
      effects: [
        { type: 'rep', rep: 1, set: 1, side: null },
        { type: 'rep', rep: 2, set: 1, side: null },
        { type: 'set-complete', set: 1 },
        { type: 'complete', sets: 1, reps: 2, durationMs: 3500 },
      ],
    },
    {
      name: 'ignores taps once complete',
      config: base,
      actions: [...taps(3), tap(10)],
      state: { phase: 'complete', totalReps: 3 },
    },
    {
      name: 'undoes the last rep',
      config: base,
      actions: [tap(), tap(), { type: 'undo' }],
      state: { count: 1, totalReps: 1 },
      effectTypes: ['rep', 'rep', 'undo'],
    },
    {
      name: 'does nothing on undo before the first rep',
      config: base,
      actions: [{ type: 'undo' }],
      state: { count: 0 },
      effects: [],
    },
    {
      name: 'does not undo a completed exercise',
      config: base,
      actions: [...taps(3), { type: 'undo' }],
      state: { phase: 'complete', totalReps: 3 },
      effectTypes: ['rep', 'rep', 'rep', 'set-complete', 'complete'],
    },
    // Holds
    {
      name: 'starts a hold on tap without counting',
      config: cfg({ holdMs: 3000 }),
      actions: [tap(100)],
      state: { phase: 'holding', count: 0, holdEndsAt: 3100, startedAt: 100 },
      effects: [{ type: 'hold-start', endsAt: 3100 }],
    },
    {
      name: 'counts the rep when the hold ends',
      config: cfg({ holdMs: 3000 }),
      actions: [tap(100), { type: 'tick', now: 3100 }],
      state: { phase: 'counting', count: 1, holdEndsAt: null },
      effectTypes: ['hold-start', 'rep'],
    },
    {
      name: 'does not count before the hold ends',
      config: cfg({ holdMs: 3000 }),
      actions: [tap(100), { type: 'tick', now: 3099 }],
      state: { phase: 'holding', count: 0 },
    },
    {
      name: 'ignores taps during a hold, so a hold counts once',
      config: cfg({ holdMs: 3000 }),
      actions: [tap(0), tap(500), tap(2999), { type: 'tick', now: 3000 }, { type: 'tick', now: 3500 }],
      state: { phase: 'counting', count: 1, totalReps: 1 },
      effectTypes: ['hold-start', 'rep'],
    },
    {
      name: 'counts a late tap during an ended hold as that hold, not a new one',
      config: cfg({ holdMs: 3000 }),
      actions: [tap(0), tap(3200)],
      state: { phase: 'counting', count: 1 },
      effectTypes: ['hold-start', 'rep'],
    },
    {
      name: 'cancels a running hold without counting',
      config: cfg({ holdMs: 3000 }),
      actions: [tap(0), { type: 'cancelHold' }, { type: 'tick', now: 5000 }],
      state: { phase: 'counting', count: 0, holdEndsAt: null, startedAt: null },
      effectTypes: ['hold-start', 'hold-cancel'],
    },
    {
      name: 'treats undo during a hold as cancelling the hold only',
      config: cfg({ holdMs: 1000 }),
      actions: [tap(0), { type: 'tick', now: 1000 }, tap(2000), { type: 'undo' }],
      state: { phase: 'counting', count: 1, startedAt: 0 },
      effectTypes: ['hold-start', 'rep', 'hold-start', 'hold-cancel'],
    },
    {
      name: 'counts each hold at its deadline, whatever time the late tick brings',
      config: cfg({ holdMs: 3000, target: 1 }),
      actions: [tap(1000), { type: 'tick', now: 60_000 }],
      effects: [
        { type: 'hold-start', endsAt: 4000 },
        { type: 'rep', rep: 1, set: 1, side: null },
        { type: 'set-complete', set: 1 },
        { type: 'complete', sets: 1, reps: 1, durationMs: 3000 },
      ],
    },
    // Sides: each
    {
      name: 'switches to the right side after the target on the left',
      config: cfg({ side: 'each' }),
      actions: taps(3),
      state: { side: 'right', count: 0, firstSideCount: 3, leftReps: 3 },
      effects: [
        { type: 'rep', rep: 1, set: 1, side: 'left' },
        { type: 'rep', rep: 2, set: 1, side: 'left' },
        { type: 'rep', rep: 3, set: 1, side: 'left' },
        { type: 'side-change', side: 'right' },
      ],
    },
    {
      name: 'completes the set after the same number of reps on the right',
      config: cfg({ side: 'each' }),
      actions: taps(6),
      state: { phase: 'complete', leftReps: 3, rightReps: 3, totalReps: 6 },
      effectTypes: ['rep', 'rep', 'rep', 'side-change', 'rep', 'rep', 'rep', 'set-complete', 'complete'],
    },
    {
      name: 'gives the right side exactly the reps the left did within a range (13 of 10–15)',
      config: cfg({ side: 'each', target: { min: 10, max: 15 } }),
      actions: [...taps(13), { type: 'finish', now: 20 }, ...taps(12, 30)],
      state: { side: 'right', firstSideCount: 13, count: 12, phase: 'counting' },
    },
    {
      name: 'completes the right side at the left side’s count without a finish',
      config: cfg({ side: 'each', target: { min: 10, max: 15 } }),
      actions: [...taps(13), { type: 'finish', now: 20 }, ...taps(13, 30)],
      state: { phase: 'complete', leftReps: 13, rightReps: 13 },
    },
    {
      name: 'undoes back across the side switch',
      config: cfg({ side: 'each' }),
      actions: [...taps(3), { type: 'undo' }],
      state: { side: 'left', count: 2, firstSideCount: null },
      effectTypes: ['rep', 'rep', 'rep', 'side-change', 'side-change', 'undo'],
    },
    // Sides: alternating
    {
      name: 'alternates the side of each rep, starting on the left',
      config: cfg({ side: 'alternating' }),
      actions: taps(3),
      state: { side: 'right', count: 3, leftReps: 2, rightReps: 1 },
      effects: [
        { type: 'rep', rep: 1, set: 1, side: 'left' },
        { type: 'rep', rep: 1, set: 1, side: 'right' },
        { type: 'rep', rep: 2, set: 1, side: 'left' },
      ],
    },
    {
      name: 'completes an alternating set after the target on both sides',
      config: cfg({ side: 'alternating' }),
      actions: taps(6),
      state: { phase: 'complete', leftReps: 3, rightReps: 3 },
      effectTypes: ['rep', 'rep', 'rep', 'rep', 'rep', 'rep', 'set-complete', 'complete'],
    },
    {
      name: 'never lets an alternating set end on a left rep',
      config: cfg({ side: 'alternating', target: { min: 2, max: 3 } }),
      actions: [...taps(5), { type: 'finish', now: 9 }],
      state: { phase: 'counting', count: 5 },
    },
    // Ranges
    {
      name: 'invites a finish at the range minimum and keeps counting',
      config: cfg({ target: { min: 2, max: 4 } }),
      actions: taps(2),
      state: { phase: 'counting', count: 2 },
      effectTypes: ['rep', 'rep', 'minimum-reached'],
    },
    {
      name: 'finishes the set at the user’s word once the minimum is reached',
      config: cfg({ target: { min: 2, max: 4 } }),
      actions: [...taps(3), { type: 'finish', now: 10 }],
      state: { phase: 'complete', totalReps: 3 },
    },
    {
      name: 'refuses a finish below the minimum',
      config: cfg({ target: { min: 2, max: 4 } }),
      actions: [tap(), { type: 'finish', now: 1 }],
      state: { phase: 'counting', count: 1 },
      effectTypes: ['rep'],
    },
    {
      name: 'completes the set by itself at the range maximum, so the count never passes it',
      config: cfg({ target: { min: 2, max: 4 } }),
      actions: taps(6),
      state: { phase: 'complete', totalReps: 4 },
    },
    {
      name: 'counts openly without a target until the user finishes',
      config: cfg({ target: null }),
      actions: [...taps(25), { type: 'finish', now: 30 }],
      state: { phase: 'complete', totalReps: 25 },
    },
    // Sets and rest
    {
      name: 'rests after a set that is not the last',
      config: cfg({ sets: 2, restMs: 60_000 }),
      actions: [tap(0), tap(1000), tap(2000)],
      state: { phase: 'rest', restEndsAt: 62_000, setsDone: 1, set: 1 },
      effectTypes: ['rep', 'rep', 'rep', 'set-complete', 'rest-start'],
    },
    {
      name: 'starts the next set when the rest ends',
      config: cfg({ sets: 2, restMs: 60_000 }),
      actions: [...taps(3), { type: 'tick', now: 60_002 }],
      state: { phase: 'counting', set: 2, count: 0, restEndsAt: null },
      effects: [
        { type: 'rep', rep: 1, set: 1, side: null },
        { type: 'rep', rep: 2, set: 1, side: null },
        { type: 'rep', rep: 3, set: 1, side: null },
        { type: 'set-complete', set: 1 },
        { type: 'rest-start', endsAt: 60_002 },
        { type: 'set-start', set: 2 },
      ],
    },
    {
      name: 'ignores taps during rest, so an extra tap cannot skip it',
      config: cfg({ sets: 2, restMs: 60_000 }),
      actions: [...taps(3), tap(10)],
      state: { phase: 'rest', count: 3 },
    },
    {
      name: 'skips the rest on request',
      config: cfg({ sets: 2, restMs: 60_000 }),
      actions: [...taps(3), { type: 'skipRest', now: 5000 }],
      state: { phase: 'counting', set: 2, restEndsAt: null },
    },
    {
      name: 'extends the rest by the given seconds',
      config: cfg({ sets: 2, restMs: 60_000 }),
      actions: [...taps(3), { type: 'extendRest', seconds: 15 }, { type: 'tick', now: 60_002 }],
      state: { phase: 'rest', restEndsAt: 75_002 },
      effectTypes: ['rep', 'rep', 'rep', 'set-complete', 'rest-start', 'rest-extend'],
    },
    {
      name: 'goes straight to the next set without rest',
      config: cfg({ sets: 2, restMs: 0 }),
      actions: taps(3),
      state: { phase: 'counting', set: 2 },
      effectTypes: ['rep', 'rep', 'rep', 'set-complete', 'set-start'],
    },
    {
      name: 'reopens the set when undo is pressed during the rest that followed it',
      config: cfg({ sets: 2, restMs: 60_000 }),
      actions: [...taps(3), { type: 'undo' }],
      state: { phase: 'counting', set: 1, setsDone: 0, count: 2, restEndsAt: null },
    },
    {
      name: 'keeps a finished set done once the next set started',
      config: cfg({ sets: 2, restMs: 0 }),
      actions: [...taps(3), { type: 'undo' }],
      state: { phase: 'counting', set: 2, setsDone: 1, count: 0 },
    },
    {
      name: 'completes after all sets with totals over every set',
      config: cfg({ sets: 3, restMs: 0, side: 'each', target: 2 }),
      actions: taps(12),
      state: { phase: 'complete', setsDone: 3, totalReps: 12, leftReps: 6, rightReps: 6 },
    },
    {
      name: 'starts each set on the left side',
      config: cfg({ sets: 2, restMs: 0, side: 'each', target: 1 }),
      actions: taps(2),
      state: { set: 2, side: 'left', firstSideCount: null },
    },
    {
      name: 'plans the minimum of a sets range',
      config: cfg({ sets: { min: 2, max: 3 }, target: 1 }),
      actions: taps(2),
      state: { phase: 'complete', setsDone: 2 },
      effectTypes: ['rep', 'set-complete', 'set-start', 'rep', 'set-complete', 'complete'],
    },
    {
      name: 'offers one more set up to the maximum and completes again',
      config: cfg({ sets: { min: 2, max: 3 }, target: 1 }),
      actions: [...taps(2), { type: 'extraSet' }, tap(9), { type: 'extraSet' }],
      state: { phase: 'complete', setsDone: 3, set: 3, totalReps: 3 },
      effectTypes: [
        'rep',
        'set-complete',
        'set-start',
        'rep',
        'set-complete',
        'complete',
        'set-start',
        'rep',
        'set-complete',
        'complete',
      ],
    },
    {
      name: 'passes a rest and a hold in one late tick',
      config: cfg({ sets: 2, restMs: 10_000, holdMs: 1000, target: 1 }),
      actions: [tap(0), { type: 'tick', now: 100_000 }],
      state: { phase: 'counting', set: 2 },
      effectTypes: ['hold-start', 'rep', 'set-complete', 'rest-start', 'set-start'],
    },
    {
      name: 'resets to the start without effects',
      config: cfg({ sets: 2, restMs: 5000 }),
      actions: [...taps(3), { type: 'reset' }],
      state: { ...initialCounter(cfg({})), previous: null },
      effectTypes: ['rep', 'rep', 'rep', 'set-complete', 'rest-start'],
    },
  ];

  for (const c of cases) {
    it(c.name, () => {
      const { state, effects } = run(c.config, c.actions);
      if (c.state) expect(state).to.deep.include(c.state);
      if (c.effects) expect(effects).to.deep.equal(c.effects);
      if (c.effectTypes) expect(types(effects)).to.deep.equal(c.effectTypes);
    });
  }
});

describe('rep counter queries', () => {
  it('wakes at the hold deadline, the rest deadline, or never', () => {
    const holding = run(cfg({ holdMs: 2000 }), [tap(10)]).state;
    const resting = run(cfg({ sets: 2, restMs: 30_000 }), taps(3)).state;
    expect([deadlineOf(initialCounter(base)), deadlineOf(holding), deadlineOf(resting)]).to.deep.equal([
      null,
      2010,
      30_002,
    ]);
  });

  const finishCases: Array<[string, CounterConfig, number, boolean]> = [
    ['below the minimum', cfg({ target: { min: 2, max: 4 } }), 1, false],
    ['at the minimum', cfg({ target: { min: 2, max: 4 } }), 2, true],
    ['for a fixed target', cfg({ target: 3 }), 2, false],
    ['for an open count after one rep', cfg({ target: null }), 1, true],
    ['for an open count before any rep', cfg({ target: null }), 0, false],
    ['on the right side of each', cfg({ target: { min: 1, max: 3 }, side: 'each' }), 4, false],
    ['alternating after a left rep', cfg({ target: { min: 1, max: 3 }, side: 'alternating' }), 3, false],
    ['alternating after a right rep', cfg({ target: { min: 1, max: 3 }, side: 'alternating' }), 4, true],
  ];
  for (const [name, config, n, expected] of finishCases) {
    it(`${expected ? 'allows' : 'refuses'} a finish ${name}`, () => {
      expect(canFinish(config, run(config, taps(n)).state)).to.equal(expected);
    });
  }

  it('shows the leading side’s count when alternating and the side’s count otherwise', () => {
    const alt = cfg({ side: 'alternating', target: 5 });
    const each = cfg({ side: 'each', target: 5 });
    expect([
      shownCount(alt, run(alt, taps(3)).state),
      shownCount(each, run(each, taps(3)).state),
    ]).to.deep.equal([2, 3]);
  });

  it('gives the right side the left side’s count as its target', () => {
    const config = cfg({ side: 'each', target: { min: 2, max: 5 } });
    const { state } = run(config, [...taps(4), { type: 'finish', now: 9 }]);
    expect([currentTarget(config, initialCounter(config)), currentTarget(config, state)]).to.deep.equal([
      { min: 2, max: 5 },
      4,
    ]);
  });

  it('offers one more set only below the maximum of a sets range', () => {
    const config = cfg({ sets: { min: 1, max: 2 }, target: 1 });
    const once = run(config, taps(1)).state;
    const twice = run(config, [tap(), { type: 'extraSet' }, tap()]).state;
    expect([canAddSet(config, once), canAddSet(config, twice)]).to.deep.equal([true, false]);
  });
});

describe('rep counter config', () => {
  const cases: Array<[string, Parameters<typeof counterConfig>[0], CounterConfig]> = [
    [
      'defaults to an open, single, unsided set',
      {},
      { target: null, sets: 1, side: null, holdMs: 0, restMs: 0 },
    ],
    [
      'reads a whole dosage',
      { dosage: { sets: { min: 2, max: 3 }, reps: 10, side: 'each', holdSeconds: 3, restSeconds: 60 } },
      { target: 10, sets: { min: 2, max: 3 }, side: 'each', holdMs: 3000, restMs: 60_000 },
    ],
    [
      'lets each attribute override the same dosage field',
      {
        dosage: { sets: 3, reps: 10, side: 'each', holdSeconds: 3 },
        target: 5,
        sets: 2,
        side: 'alternating',
        hold: 1,
      },
      { target: 5, sets: 2, side: 'alternating', holdMs: 1000, restMs: 0 },
    ],
    [
      'uses the minimum of a hold or rest range',
      { hold: { min: 3, max: 5 }, rest: { min: 60, max: 90 } },
      { target: null, sets: 1, side: null, holdMs: 3000, restMs: 60_000 },
    ],
    [
      'treats zero, negative and non-finite values as unset',
      { target: 0, sets: -2, hold: Number.NaN, dosage: { reps: 4 } },
      { target: 4, sets: 1, side: null, holdMs: 0, restMs: 0 },
    ],
  ];
  for (const [name, input, expected] of cases) {
    it(name, () => expect(counterConfig(input)).to.deep.equal(expected));
  }

  const ranges: Array<[string | null, ReturnType<typeof readRange>]> = [
    ['10', 10],
    ['10-15', { min: 10, max: 15 }],
    ['10–15', { min: 10, max: 15 }],
    [' 10 to 15 ', { min: 10, max: 15 }],
    // As written: the counter refuses a reversed range rather than guessing.
    ['15-10', { min: 15, max: 10 }],
    ['2.5', 2.5],
    ['ten', undefined],
    ['', undefined],
    [null, undefined],
  ];
  for (const [text, expected] of ranges) {
    it(`reads the attribute ${JSON.stringify(text)} as ${JSON.stringify(expected)}`, () => {
      expect(readRange(text)).to.deep.equal(expected);
    });
  }
});

describe('rep counter restore', () => {
  const config = cfg({ sets: 2, side: 'each', holdMs: 1000, restMs: 5000 });

  it('restores a saved snapshot without its undo history', () => {
    const { state } = run(config, [tap(0), { type: 'tick', now: 1000 }]);
    const restored = restoreCounter(config, JSON.parse(JSON.stringify(snapshotOf(state))));
    expect(restored).to.deep.equal({ ...state, previous: null });
  });

  it('drops a hold that was running when saved', () => {
    const { state } = run(config, [tap(0)]);
    expect(restoreCounter(config, snapshotOf(state))).to.deep.include({
      phase: 'counting',
      holdEndsAt: null,
    });
  });

  const bad: Array<[string, unknown]> = [
    ['null', null],
    ['text', 'reps=3'],
    ['an unknown phase', { ...snapshotOf(initialCounter(config)), phase: 'dancing' }],
    ['a negative count', { ...snapshotOf(initialCounter(config)), count: -1 }],
    ['sides that the config does not have', snapshotOf(initialCounter(base))],
  ];
  for (const [name, saved] of bad) {
    it(`rejects ${name}`, () => expect(restoreCounter(config, saved)).to.equal(null));
  }
});

describe('rep counter form value', () => {
  const cases: Array<[string, CounterConfig, number, string]> = [
    ['is empty before the first rep', base, 0, ''],
    ['gives total reps and completed sets', cfg({ target: 2, sets: 2 }), 3, 'reps=3;sets=1'],
    ['adds each side’s reps when sided', cfg({ target: 2, side: 'each' }), 3, 'reps=3;sets=0;left=2;right=1'],
  ];
  for (const [name, config, n, expected] of cases) {
    it(name, () => expect(formValueOf(run(config, taps(n)).state)).to.equal(expected));
  }
});

describe('rep counter pause', () => {
  const pause = (now: number): CounterAction => ({ type: 'pause', now });
  const resume = (now: number): CounterAction => ({ type: 'resume', now });
  const tick = (now: number): CounterAction => ({ type: 'tick', now });
  const hold = cfg({ target: 5, holdMs: 3000 });
  const rest = cfg({ target: 1, sets: 2, restMs: 30_000 });

  const cases: Array<[string, CounterConfig, CounterAction[], Partial<CounterState>]> = [
    [
      'keeps a hold paused after 0.5 s from counting, however long the pause',
      hold,
      [tap(0), pause(500), tick(4500), tick(100_000)],
      { phase: 'holding', count: 0, holdEndsAt: 3000, pausedAt: 500 },
    ],
    [
      'gives a resumed hold the 2.5 s it had left',
      hold,
      [tap(0), pause(500), resume(10_500), tick(12_999)],
      { phase: 'holding', count: 0, holdEndsAt: 13_000, pausedAt: null },
    ],
    [
      'counts the resumed hold when its time is up',
      hold,
      [tap(0), pause(500), resume(10_500), tick(13_000)],
      { phase: 'counting', count: 1 },
    ],
    [
      'moves the rest deadline by the time paused',
      rest,
      [tap(0), pause(10_000), resume(70_000), tick(89_999)],
      { phase: 'rest', restEndsAt: 90_000 },
    ],
    [
      'ignores taps, undo, finish and skip while paused',
      cfg({ target: { min: 1, max: 3 }, sets: 2, restMs: 5000 }),
      [tap(0), pause(1), tap(2), { type: 'undo' }, { type: 'finish', now: 3 }],
      { count: 1, totalReps: 1, phase: 'counting', pausedAt: 1 },
    ],
    [
      'keeps the first pause time when paused twice',
      hold,
      [tap(0), pause(500), pause(2000), resume(3000)],
      { holdEndsAt: 5500, pausedAt: null },
    ],
    [
      'moves the start time, so the duration leaves the pause out',
      cfg({ target: 2 }),
      [tap(1000), pause(1500), resume(61_500), tap(62_000)],
      { phase: 'complete', startedAt: 61_000, completedAt: 62_000 },
    ],
    [
      'keeps the moved start time across an undo',
      cfg({ target: 3 }),
      [tap(1000), tap(1200), pause(1500), resume(2500), { type: 'undo' }],
      { count: 1, startedAt: 2000 },
    ],
    ['resumes nothing that was not paused', hold, [tap(0), resume(1000)], { holdEndsAt: 3000 }],
    [
      'resets while paused to a running start',
      hold,
      [tap(0), pause(1), { type: 'reset' }],
      { pausedAt: null },
    ],
  ];
  for (const [name, config, actions, expected] of cases) {
    it(name, () => expect(run(config, actions).state).to.deep.include(expected));
  }

  it('has no deadline while paused', () => {
    const { state } = run(hold, [tap(0), pause(500)]);
    expect([deadlineOf(state), timeLeftMs(state, state.holdEndsAt, 99_999)]).to.deep.equal([null, 2500]);
  });

  it('restores a paused snapshot as paused, and an older snapshot without pausedAt as running', () => {
    const { state } = run(rest, [tap(0), pause(10_000)]);
    const { pausedAt: _p, ...older } = snapshotOf(state);
    expect([
      restoreCounter(rest, snapshotOf(state))?.pausedAt,
      restoreCounter(rest, older)?.pausedAt,
    ]).to.deep.equal([10_000, null]);
  });
});
