import { expect } from '@open-wc/testing';
import {
  canGoBack,
  countsTowardHistory,
  currentStep,
  diffEvents,
  elapsedInStep,
  initialState,
  reduce,
  summarize,
  timeLeftInStep,
  totalTimeLeft,
  type PlayerAction,
  type PlayerEvent,
  type PlayerState,
} from '../../src/core/player-reducer.js';
import { buildTimeline } from '../../src/core/routine-timeline.js';
import type { TimelineStep } from '../../src/core/timeline-types.js';
import { formatValidationError, validateRoutine } from '../../src/data/validate.js';

function toTimeline(doc: unknown): TimelineStep[] {
  const result = validateRoutine(doc);
  if (!result.ok) throw new Error(result.errors.map(formatValidationError).join('\n'));
  return buildTimeline(result.value);
}

async function exampleTimeline(id: string): Promise<TimelineStep[]> {
  const response = await fetch(`/examples/${id}.json`);
  return toTimeline(await response.json());
}

/**
 * A plank (2 × 30 s, 20 s rest) then 10 bridges. Step ends from a start at 0:
 * 0 intro ends 5 s · 1 get-ready 10 s · 2 plank set 1 40 s · 3 rest-set 60 s · 4 plank set 2 90 s ·
 * 5 rest-exercise 105 s · 6 get-ready 110 s · 7 bridges (a gate) · 8 finish.
 */
const plankTimeline = () =>
  toTimeline({
    id: 'plank-bridge',
    title: 'Plank and bridge',
    sections: [{ title: 'Main', kind: 'main', items: [{ ref: 'plank' }, { ref: 'bridge' }] }],
    exercises: {
      plank: { id: 'plank', name: 'Plank', dosage: { sets: 2, durationSeconds: 30, restSeconds: 20 } },
      bridge: { id: 'bridge', name: 'Bridge', dosage: { reps: 10 } },
    },
  });

const s = (seconds: number) => seconds * 1000;

/** Applies actions in order. */
function run(state: PlayerState, ...actions: PlayerAction[]): PlayerState {
  return actions.reduce(reduce, state);
}

/** Applies actions in order and collects the events each one gives. */
function runWithEvents(state: PlayerState, ...actions: PlayerAction[]): [PlayerState, PlayerEvent[]] {
  const events: PlayerEvent[] = [];
  const end = actions.reduce((prev, action) => {
    const next = reduce(prev, action);
    events.push(...diffEvents(prev, next));
    return next;
  }, state);
  return [end, events];
}

const stepId = (state: PlayerState) => currentStep(state)?.id;

/** Moves to a step by id with `next`s at time `now` (which records the work passed as skipped). */
function goTo(state: PlayerState, id: string, now: number): PlayerState {
  let st = state;
  for (let guard = 0; stepId(st) !== id && guard < 100; guard++) st = reduce(st, { type: 'next', now });
  expect(stepId(st)).to.equal(id);
  return st;
}

describe('player reducer: time', () => {
  it('starts at the first step, running, with its full time left', () => {
    const st = reduce(initialState(plankTimeline()), { type: 'start', now: s(100) });
    expect(st).to.include({ status: 'running', index: 0, startedAt: s(100), stepStartedAt: s(100) });
    expect(timeLeftInStep(st, s(100))).to.equal(s(5));
    expect(totalTimeLeft(st, s(100))).to.equal(s(110 + 30));
  });

  const landings: Array<[string, number, string, number | null]> = [
    ['stays in the intro before it ends', 4.5, 's0-intro', 500],
    ['moves to get-ready exactly when the intro ends', 5, 's0-i0-get-ready', 5000],
    ['jumps 43 s to the rest after set 1 with 17 s left', 43, 's0-i0-set1-rest', 17000],
    ['jumps 100 s to the rest between exercises with 5 s left', 100, 's0-i0-rest', 5000],
    ['stops at the rep gate however late the tick is', 1000, 's0-i1-set1-work', null],
  ];
  for (const [name, at, id, left] of landings) {
    it(name, () => {
      const st = run(initialState(plankTimeline()), { type: 'start', now: 0 }, { type: 'tick', now: s(at) });
      expect(stepId(st)).to.equal(id);
      expect(timeLeftInStep(st, s(at))).to.equal(left);
    });
  }

  it('lands a tab hidden for 40 s in the right step with the right time left', () => {
    const before = run(initialState(plankTimeline()), { type: 'start', now: 0 }, { type: 'tick', now: s(3) });
    const after = reduce(before, { type: 'tick', now: s(43) });
    expect(stepId(after)).to.equal('s0-i0-set1-rest');
    expect(after.stepStartedAt).to.equal(s(40));
    expect(elapsedInStep(after, s(43))).to.equal(s(3));
    expect(timeLeftInStep(after, s(43))).to.equal(s(17));
    expect(diffEvents(before, after)).to.deep.equal([
      { type: 'step-change', index: 3, step: after.timeline[3] },
    ]);
  });

  it('counts the gate’s time from when the timed step before it ended', () => {
    const st = run(initialState(plankTimeline()), { type: 'start', now: 0 }, { type: 'tick', now: s(130) });
    expect(stepId(st)).to.equal('s0-i1-set1-work');
    expect(elapsedInStep(st, s(130))).to.equal(s(20));
  });

  it('does not advance while paused, and resumes with the time that was left', () => {
    const paused = run(
      initialState(plankTimeline()),
      { type: 'start', now: 0 },
      { type: 'tick', now: s(2) },
      { type: 'pause', now: s(3) },
    );
    expect(paused).to.include({ status: 'paused', index: 0, elapsedBeforePause: s(3), pausedAt: s(3) });
    expect(reduce(paused, { type: 'tick', now: s(60) })).to.equal(paused);
    expect(timeLeftInStep(paused, s(60))).to.equal(s(2));
    const resumed = reduce(paused, { type: 'resume', now: s(60) });
    expect(resumed).to.include({ status: 'running', index: 0, pausedMs: s(57) });
    expect(timeLeftInStep(resumed, s(61))).to.equal(s(1));
    expect(stepId(reduce(resumed, { type: 'tick', now: s(61.999) }))).to.equal('s0-intro');
    const moved = reduce(resumed, { type: 'tick', now: s(62) });
    expect(stepId(moved)).to.equal('s0-i0-get-ready');
    expect(timeLeftInStep(moved, s(62))).to.equal(s(5));
  });

  it('catches up before pausing, so time that passed while running is not lost', () => {
    const paused = run(
      initialState(plankTimeline()),
      { type: 'start', now: 0 },
      { type: 'pause', now: s(12) },
    );
    expect(stepId(paused)).to.equal('s0-i0-set1-work');
    expect(paused.elapsedBeforePause).to.equal(s(2));
  });

  it('never counts negative time when now is earlier than the step start', () => {
    const st = reduce(initialState(plankTimeline()), { type: 'start', now: s(10) });
    expect(elapsedInStep(st, s(9))).to.equal(0);
    expect(timeLeftInStep(st, s(9))).to.equal(s(5));
  });

  it('treats a clock going backwards as no time passing, never advancing by it', () => {
    const st = run(
      initialState(plankTimeline()),
      { type: 'start', now: s(10) },
      { type: 'tick', now: s(12) },
    );
    const back = reduce(st, { type: 'tick', now: s(1) });
    expect(stepId(back)).to.equal('s0-intro');
    expect(elapsedInStep(back, s(1))).to.equal(s(2));
    expect(timeLeftInStep(back, s(1))).to.equal(s(3));
    const later = reduce(back, { type: 'tick', now: s(2) });
    expect(elapsedInStep(later, s(2))).to.equal(s(3));
    expect(stepId(reduce(later, { type: 'tick', now: s(4) }))).to.equal('s0-i0-get-ready');
  });

  it('extends the current rest only, and the extension ends with the rest', () => {
    const inRest = run(
      initialState(plankTimeline()),
      { type: 'start', now: 0 },
      { type: 'tick', now: s(45) },
    );
    expect(stepId(inRest)).to.equal('s0-i0-set1-rest');
    const extended = reduce(inRest, { type: 'extendRest', seconds: 15, now: s(45) });
    expect(timeLeftInStep(extended, s(45))).to.equal(s(30));
    expect(stepId(reduce(extended, { type: 'tick', now: s(74) }))).to.equal('s0-i0-set1-rest');
    const after = reduce(extended, { type: 'tick', now: s(76) });
    expect(stepId(after)).to.equal('s0-i0-set2-work');
    expect(after.extraMs).to.equal(0);
    expect(timeLeftInStep(after, s(76))).to.equal(s(29));
  });

  const ignoredExtensions: Array<[string, number, number]> = [
    ['in timed work', 15, 12],
    ['with zero seconds', 0, 45],
    ['with negative seconds', -10, 45],
    ['with NaN seconds', Number.NaN, 45],
  ];
  for (const [name, seconds, at] of ignoredExtensions) {
    it(`ignores extendRest ${name}`, () => {
      const st = run(initialState(plankTimeline()), { type: 'start', now: 0 }, { type: 'tick', now: s(at) });
      expect(reduce(st, { type: 'extendRest', seconds, now: s(at) })).to.equal(st);
    });
  }
});

describe('player reducer: moving by hand', () => {
  it('skips timed work cut short by next, and records it', () => {
    const st = run(initialState(plankTimeline()), { type: 'start', now: 0 }, { type: 'tick', now: s(20) });
    const next = reduce(st, { type: 'next', now: s(20) });
    expect(stepId(next)).to.equal('s0-i0-set1-rest');
    expect(next.skipped).to.deep.equal(['s0-i0-set1-work']);
    expect(timeLeftInStep(next, s(20))).to.equal(s(20));
  });

  it('does not mark timed work skipped when next comes after its end', () => {
    const st = run(initialState(plankTimeline()), { type: 'start', now: 0 }, { type: 'tick', now: s(39) });
    expect(reduce(st, { type: 'next', now: s(41) }).skipped).to.deep.equal([]);
  });

  it('skips a hold exercise cut short by next during its holds', async () => {
    const timeline = await exampleTimeline('hip-routine-radiating-pain');
    let st = goTo(reduce(initialState(timeline), { type: 'start', now: 0 }), 's0-i1-set1-work', 0);
    st = run(st, { type: 'rep', now: s(5) }, { type: 'rep', now: s(10) }, { type: 'rep', now: s(15) });
    expect(st.repsDone).to.equal(3);
    const next = reduce(st, { type: 'next', now: s(16) });
    expect(stepId(next)).to.equal('s0-i1-rest');
    expect(next.skipped).to.deep.equal([...st.skipped, 's0-i1-set1-work']);
    expect(summarize(next, s(16)).skipped).to.deep.include({
      itemKey: 's0-i1',
      exerciseId: 'lying-adductor-squeeze',
    });
  });

  it('completes a gate with done, without marking it skipped, whatever the count', async () => {
    const timeline = await exampleTimeline('hip-routine-radiating-pain');
    const st = goTo(reduce(initialState(timeline), { type: 'start', now: 0 }), 's0-i1-set1-work', 0);
    const done = reduce(st, { type: 'done', now: s(50) });
    expect(stepId(done)).to.equal('s0-i1-rest');
    expect(done.skipped).to.equal(st.skipped);
  });

  it('does not let done skip a countdown (a double tap on Done)', () => {
    const st = reduce(initialState(plankTimeline()), { type: 'start', now: 0 });
    expect(reduce(st, { type: 'done', now: s(1) })).to.equal(st);
  });

  it('does not mark a counted step skipped when the target was reached', () => {
    let st = goTo(reduce(initialState(plankTimeline()), { type: 'start', now: 0 }), 's0-i1-set1-work', 0);
    for (let rep = 1; rep <= 10; rep++) st = reduce(st, { type: 'rep', now: s(rep) });
    expect(stepId(st)).to.equal('s0-i1-set1-work');
    expect(reduce(st, { type: 'next', now: s(11) }).status).to.equal('complete');
    expect(reduce(st, { type: 'next', now: s(11) }).skipped).to.equal(st.skipped);
  });

  it('clears a skip when the step is gone back to and done', () => {
    let st = run(initialState(plankTimeline()), { type: 'start', now: 0 }, { type: 'tick', now: s(20) });
    st = run(st, { type: 'next', now: s(20) }, { type: 'previous', now: s(21) });
    expect(stepId(st)).to.equal('s0-i0-set1-work');
    expect(st.skipped).to.deep.equal(['s0-i0-set1-work']);
    st = reduce(st, { type: 'tick', now: s(51) });
    expect(stepId(st)).to.equal('s0-i0-set1-rest');
    expect(st.skipped).to.deep.equal([]);
  });

  const counting: Array<[string, PlayerAction['type'] | 'timed', number]> = [
    ['counts reps in rep work', 'rep', 2],
    ['ignores reps in timed work', 'timed', 0],
  ];
  for (const [name, where, want] of counting) {
    it(name, () => {
      const id = where === 'timed' ? 's0-i0-set1-work' : 's0-i1-set1-work';
      const st = goTo(reduce(initialState(plankTimeline()), { type: 'start', now: 0 }), id, 0);
      expect(run(st, { type: 'rep', now: 1 }, { type: 'rep', now: 2 }).repsDone).to.equal(want);
    });
  }

  it('ignores reps while paused', () => {
    const st = goTo(reduce(initialState(plankTimeline()), { type: 'start', now: 0 }), 's0-i1-set1-work', 0);
    const paused = reduce(st, { type: 'pause', now: 1 });
    expect(reduce(paused, { type: 'rep', now: 2 })).to.equal(paused);
  });

  const backs: Array<[string, string, string]> = [
    ['from the right side to the left side of the same set', 's0-i0-set1-right-work', 's0-i0-set1-left-work'],
    ['from switch sides to the left side of the same set', 's0-i0-set1-switch', 's0-i0-set1-left-work'],
    ['from the rest after an exercise to its last side', 's0-i0-rest', 's0-i0-set1-right-work'],
    ['from get-ready past the rest to the previous exercise', 's0-i1-get-ready', 's0-i0-set1-right-work'],
    ['from the left side to its get-ready', 's0-i2-set1-left-work', 's0-i2-get-ready'],
    ['from the first step to itself, started over', 's0-intro', 's0-intro'],
  ];
  for (const [name, from, to] of backs) {
    it(`goes back ${name}`, async () => {
      const timeline = await exampleTimeline('hip-routine-radiating-pain');
      const st = goTo(reduce(initialState(timeline), { type: 'start', now: 0 }), from, 0);
      const back = reduce(st, { type: 'previous', now: s(3) });
      expect(stepId(back)).to.equal(to);
      expect(back).to.include({ stepStartedAt: s(3), elapsedBeforePause: 0, repsDone: 0, extraMs: 0 });
    });
  }

  it('goes back within the sets of banded side steps to the left side of set 2', async () => {
    const timeline = await exampleTimeline('banded-glute-exercises');
    const st = goTo(reduce(initialState(timeline), { type: 'start', now: 0 }), 's0-i1-set2-right-work', 0);
    expect(stepId(reduce(st, { type: 'previous', now: 1 }))).to.equal('s0-i1-set2-left-work');
  });

  it('stays paused when moving while paused, with the new step’s full time', () => {
    const paused = run(
      initialState(plankTimeline()),
      { type: 'start', now: 0 },
      { type: 'pause', now: s(1) },
    );
    const moved = reduce(paused, { type: 'next', now: s(2) });
    expect(moved).to.include({ status: 'paused', index: 1 });
    expect(timeLeftInStep(moved, s(30))).to.equal(s(5));
  });
});

describe('player reducer: ending', () => {
  it('fires completion exactly once over a whole seed routine, and every step in order', async () => {
    const timeline = await exampleTimeline('hip-routine-radiating-pain');
    let st = initialState(timeline);
    const events: PlayerEvent[] = [];
    const apply = (action: PlayerAction) => {
      const next = reduce(st, action);
      events.push(...diffEvents(st, next));
      st = next;
    };
    apply({ type: 'start', now: 0 });
    for (let now = 0; now <= s(600); now += 1000) {
      apply({ type: 'tick', now });
      if (
        st.status === 'running' &&
        currentStep(st)?.durationSeconds === null &&
        elapsedInStep(st, now) >= s(30)
      ) {
        apply({ type: 'done', now });
      }
    }
    apply({ type: 'next', now: s(601) });
    apply({ type: 'done', now: s(602) });
    apply({ type: 'pause', now: s(603) });
    expect(st.status).to.equal('complete');
    expect(events.filter((e) => e.type === 'complete')).to.have.length(1);
    expect(events.filter((e) => e.type === 'start')).to.have.length(1);
    const changes = events.flatMap((e) => (e.type === 'step-change' ? [e.index] : []));
    expect(changes).to.deep.equal(timeline.map((_, index) => index));
    expect(events.at(-1)).to.deep.equal({ type: 'complete' });
    expect(summarize(st, s(700)).done.map((o) => o.exerciseId)).to.deep.equal([
      'knee-wags',
      'lying-adductor-squeeze',
      'lying-psoas-march',
      'spinal-flexion-drill',
    ]);
  });

  it('sets completedAt once, when finish is reached, and then ignores everything but restart', () => {
    const st = goTo(reduce(initialState(plankTimeline()), { type: 'start', now: 0 }), 's0-i1-set1-work', 0);
    const complete = reduce(st, { type: 'done', now: s(7) });
    expect(complete).to.include({ status: 'complete', completedAt: s(7), index: 8 });
    const later: PlayerAction[] = [
      { type: 'tick', now: s(8) },
      { type: 'next', now: s(9) },
      { type: 'done', now: s(9) },
      { type: 'previous', now: s(9) },
      { type: 'pause', now: s(10) },
      { type: 'resume', now: s(10) },
      { type: 'start', now: s(11) },
      { type: 'stop', reason: 'user', now: s(12) },
    ];
    for (const action of later) expect(reduce(complete, action), action.type).to.equal(complete);
    expect(diffEvents(st, complete)).to.deep.equal([
      { type: 'step-change', index: 8, step: complete.timeline[8] },
      { type: 'complete' },
    ]);
    expect(diffEvents(complete, reduce(complete, { type: 'tick', now: s(20) }))).to.deep.equal([]);
    const restored = JSON.parse(JSON.stringify(complete)) as PlayerState;
    expect(diffEvents(complete, restored), 'a restored copy').to.deep.equal([]);
  });

  it('completes at the moment a timed last step ended, by a late tick', () => {
    const timeline = toTimeline({
      id: 'r',
      title: 'R',
      sections: [{ title: 'Main', kind: 'main', items: [{ ref: 'hold' }] }],
      exercises: { hold: { id: 'hold', name: 'Hold', dosage: { durationSeconds: 20 } } },
    });
    const st = run(initialState(timeline), { type: 'start', now: 0 }, { type: 'tick', now: s(90) });
    expect(st).to.include({ status: 'complete', completedAt: s(30) });
    expect(summarize(st, s(90)).durationMs).to.equal(s(30));
  });

  it('stops with the reason, fires stop once and ignores later actions', () => {
    const running = run(
      initialState(plankTimeline()),
      { type: 'start', now: 0 },
      { type: 'tick', now: s(15) },
    );
    const [stopped, events] = runWithEvents(
      running,
      { type: 'stop', reason: 'pain', now: s(16) },
      { type: 'tick', now: s(200) },
      { type: 'stop', reason: 'user', now: s(201) },
    );
    expect(stopped).to.include({ status: 'stopped', stopReason: 'pain', stoppedAt: s(16), index: 2 });
    expect(events).to.deep.equal([{ type: 'stop', reason: 'pain' }]);
    expect(elapsedInStep(stopped, s(300))).to.equal(s(6));
    const summary = summarize(stopped, s(300));
    expect(summary).to.deep.include({ status: 'stopped', durationMs: s(16), done: [], skipped: [] });
    expect(summary.notReached.map((o) => o.exerciseId)).to.deep.equal(['plank', 'bridge']);
  });

  it('leaves paused time out of the time taken when stopped while paused', () => {
    const st = run(
      initialState(plankTimeline()),
      { type: 'start', now: 0 },
      { type: 'pause', now: s(3) },
      { type: 'stop', reason: 'user', now: s(50) },
    );
    expect(summarize(st, s(60)).durationMs).to.equal(s(3));
  });

  const restartFrom: Array<[string, PlayerAction[]]> = [
    ['running', [{ type: 'tick', now: s(45) }]],
    ['paused', [{ type: 'pause', now: s(45) }]],
    ['stopped', [{ type: 'stop', reason: 'pain', now: s(45) }]],
    [
      'complete',
      [
        { type: 'tick', now: s(110) },
        { type: 'done', now: s(111) },
      ],
    ],
  ];
  for (const [name, actions] of restartFrom) {
    it(`restarts from ${name} at step 0, running, with a clean record`, () => {
      const before = run(
        initialState(plankTimeline()),
        { type: 'start', now: 0 },
        { type: 'next', now: 1 },
        ...actions,
      );
      const after = reduce(before, { type: 'restart', now: s(200) });
      expect(after).to.deep.include({
        status: 'running',
        index: 0,
        session: 2,
        startedAt: s(200),
        stepStartedAt: s(200),
        completedAt: null,
        stopReason: null,
        skipped: [],
        pausedMs: 0,
      });
      expect(diffEvents(before, after)).to.deep.equal([
        { type: 'start' },
        { type: 'step-change', index: 0, step: after.timeline[0] },
      ]);
    });
  }

  it('ignores actions before start, and a second start', () => {
    const idle = initialState(plankTimeline());
    const actions: PlayerAction[] = [
      { type: 'tick', now: 1 },
      { type: 'pause', now: 1 },
      { type: 'resume', now: 1 },
      { type: 'next', now: 1 },
      { type: 'stop', reason: 'user', now: 1 },
    ];
    for (const action of actions) expect(reduce(idle, action), action.type).to.equal(idle);
    const started = reduce(idle, { type: 'start', now: 0 });
    expect(reduce(started, { type: 'start', now: 5 })).to.equal(started);
  });

  it('gives start, pause and resume events', () => {
    const [, events] = runWithEvents(
      initialState(plankTimeline()),
      { type: 'start', now: 0 },
      { type: 'pause', now: 1 },
      { type: 'resume', now: 2 },
    );
    expect(events.map((e) => e.type)).to.deep.equal(['start', 'step-change', 'pause', 'resume']);
  });
});

describe('player state is plain data', () => {
  it('round-trips through JSON unchanged at every phase', async () => {
    const timeline = await exampleTimeline('hip-routine-radiating-pain');
    const states = [initialState(timeline)];
    const actions: PlayerAction[] = [
      { type: 'start', now: 0 },
      { type: 'tick', now: s(12) },
      { type: 'rep', now: s(13) },
      { type: 'pause', now: s(14) },
      { type: 'resume', now: s(20) },
      { type: 'next', now: s(21) },
      { type: 'tick', now: s(29) },
      { type: 'extendRest', seconds: 15, now: s(29) },
      { type: 'stop', reason: 'pain', now: s(30) },
    ];
    for (const action of actions) states.push(reduce(states.at(-1) as PlayerState, action));
    for (const state of states) expect(JSON.parse(JSON.stringify(state))).to.deep.equal(state);
  });

  it('carries on the same from a restored copy', () => {
    const st = run(initialState(plankTimeline()), { type: 'start', now: 0 }, { type: 'pause', now: s(3) });
    const restored = JSON.parse(JSON.stringify(st)) as PlayerState;
    const a = run(st, { type: 'resume', now: s(10) }, { type: 'tick', now: s(60) });
    const b = run(restored, { type: 'resume', now: s(10) }, { type: 'tick', now: s(60) });
    expect(b).to.deep.equal(a);
  });
});

describe('which sessions count toward the history', () => {
  /** Plank (2 timed sets) then bridges (a gate); each row is how the patient went through it. */
  const rows: Array<[string, PlayerAction[], { done: number; skipped: number; counts: boolean }]> = [
    [
      'everything done',
      [
        { type: 'tick', now: s(110) },
        { type: 'done', now: s(111) },
      ],
      { done: 2, skipped: 0, counts: true },
    ],
    [
      'one done, one skipped',
      [
        { type: 'tick', now: s(110) },
        { type: 'next', now: s(111) },
      ],
      { done: 1, skipped: 1, counts: true },
    ],
    [
      'every exercise skipped with Next (6 s in all)',
      Array.from({ length: 9 }, (_, i): PlayerAction => ({ type: 'next', now: s(i * 0.6) })),
      { done: 0, skipped: 2, counts: false },
    ],
    [
      'ended early after one exercise was done',
      [
        { type: 'tick', now: s(107) },
        { type: 'stop', reason: 'pain', now: s(108) },
      ],
      { done: 1, skipped: 0, counts: false },
    ],
    ['ended at once', [{ type: 'stop', reason: 'user', now: s(1) }], { done: 0, skipped: 0, counts: false }],
  ];
  for (const [name, actions, expected] of rows) {
    it(`${name}: ${expected.done} done, ${expected.skipped} skipped, ${expected.counts ? 'counts' : 'does not count'}`, () => {
      const st = run(initialState(plankTimeline()), { type: 'start', now: 0 }, ...actions);
      const summary = summarize(st, s(200));
      expect(summary.done.length, 'done').to.equal(expected.done);
      expect(summary.skipped.length, 'skipped').to.equal(expected.skipped);
      expect(countsTowardHistory(summary)).to.equal(expected.counts);
    });
  }
});

describe('going back', () => {
  it('is possible only in a session under way, past its first step', () => {
    const idle = initialState(plankTimeline());
    const first = reduce(idle, { type: 'start', now: 0 });
    const second = reduce(first, { type: 'next', now: 1 });
    const rows: Array<[string, PlayerState, boolean]> = [
      ['before the start', idle, false],
      ['on the first step', first, false],
      ['on the first step, paused', reduce(first, { type: 'pause', now: 1 }), false],
      ['on the second step', second, true],
      ['on the second step, paused', reduce(second, { type: 'pause', now: 2 }), true],
      ['after stopping', reduce(second, { type: 'stop', reason: 'user', now: 3 }), false],
    ];
    for (const [name, state, expected] of rows) expect(canGoBack(state), name).to.equal(expected);
  });
});
