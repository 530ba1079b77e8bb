// Property-based test of the routine player's rules: random sequences of actions, with the clock
// jumping forwards, backwards and very far, on the timelines of our five example routines.
// Runs FUZZ_RUNS sequences (1 000 by default, 10 000 in `test:fuzz`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { assertProperty, fuzzSettings } from './fuzz-documents.mjs';

const core = await import('exercise-elements/core');
const {
  buildTimeline,
  currentStep,
  diffEvents,
  elapsedInStep,
  initialState,
  reduce,
  timeLeftInStep,
  totalTimeLeft,
  validateRoutine,
} = core;

const routines = readdirSync('examples')
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const result = validateRoutine(JSON.parse(readFileSync(`examples/${f}`, 'utf8')));
    assert.ok(result.ok, `${f} is valid`);
    return result.value;
  });
const settings = fuzzSettings(1000);

function deepFreeze(value) {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** A timeline of one example, built with random options (0-second countdowns leave steps out). */
const timelineArbitrary = fc
  .record({
    routine: fc.nat({ max: routines.length - 1 }),
    pace: fc.constantFrom('min', 'mid', 'max'),
    includeBonus: fc.boolean(),
    introSeconds: fc.constantFrom(0, 1, 5),
    getReadySeconds: fc.constantFrom(0, 3, 5),
    switchSidesSeconds: fc.constantFrom(0, 5),
    defaultRestSeconds: fc.constantFrom(0, 1, 30),
  })
  .map(({ routine, ...options }) => deepFreeze(buildTimeline(routines[routine], options)));

/** How far the clock moves before an action: small steps mostly, and jumps back and far ahead. */
const clockStep = fc.oneof(
  { weight: 10, arbitrary: fc.integer({ min: 0, max: 3000 }) },
  { weight: 3, arbitrary: fc.integer({ min: 3000, max: 120_000 }) },
  { weight: 2, arbitrary: fc.integer({ min: -600_000, max: -1 }) },
  { weight: 1, arbitrary: fc.constantFrom(1e7, 1e9, 1e12, -1e12, 0) },
  { weight: 1, arbitrary: fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY) },
);

const actionArbitrary = fc.record({
  step: clockStep,
  type: fc.constantFrom(
    'start',
    'pause',
    'resume',
    'tick',
    'tick',
    'tick',
    'rep',
    'rep',
    'done',
    'next',
    'previous',
    'restart',
    'extendRest',
    'stop',
  ),
  seconds: fc.oneof(fc.constantFrom(15, 30, 0, -5, Number.NaN, 1e9), fc.integer({ min: 1, max: 120 })),
  reason: fc.constantFrom('pain', 'user', 'ended'),
});

function toAction({ type, seconds, reason }, now) {
  if (type === 'extendRest') return { type, seconds, now };
  if (type === 'stop') return { type, reason, now };
  return { type, now };
}

/** Checks what must hold in every state; `now` is the time of the action that produced it. */
function assertState(state, now) {
  const last = state.timeline.length - 1;
  assert.ok(Number.isInteger(state.index) && state.index >= 0 && state.index <= last, `index ${state.index}`);
  for (const at of [now, now + 1, now + 3_600_000]) {
    const left = timeLeftInStep(state, at);
    assert.ok(left === null || (Number.isFinite(left) && left >= 0), `time left ${left}`);
    const total = totalTimeLeft(state, at);
    assert.ok(Number.isFinite(total) && total >= 0, `total time left ${total}`);
    const elapsed = elapsedInStep(state, at);
    assert.ok(Number.isFinite(elapsed) && elapsed >= 0, `elapsed ${elapsed}`);
  }
  assert.ok(state.repsDone >= 0 && state.extraMs >= 0 && state.elapsedBeforePause >= 0);
  if (state.status === 'complete') {
    assert.equal(currentStep(state)?.kind, 'finish', 'complete only at the finish step');
    assert.equal(state.index, last);
  }
  if (state.status === 'paused') {
    // Paused: the clock may run on, the work does not.
    assert.equal(elapsedInStep(state, now + 1e9), elapsedInStep(state, now), 'paused time advanced work');
  }
  assert.deepEqual(JSON.parse(JSON.stringify(state)), state, 'the state survives JSON');
}

test(`random player actions keep every invariant (${settings.numRuns} sequences)`, () => {
  assertProperty(
    fc.property(
      timelineArbitrary,
      fc.integer({ min: 0, max: 2e12 }),
      fc.array(actionArbitrary, { minLength: 1, maxLength: 80 }),
      (timeline, start, actions) => {
        let state = deepFreeze(initialState(timeline));
        let now = start;
        const completions = new Map();
        for (const a of actions) {
          const candidate = now + a.step;
          const action = toAction(a, Number.isFinite(candidate) ? Math.round(candidate) : candidate);
          const next = deepFreeze(reduce(state, action));
          if (Number.isFinite(candidate)) now = Math.round(candidate);
          else assert.equal(next, state, `a non-finite time (${candidate}) changes nothing`);

          if (state.status === 'paused' && (action.type === 'tick' || action.type === 'pause')) {
            assert.equal(next, state, `${action.type} while paused changes nothing`);
          }
          if (state.status === 'paused' && action.type === 'resume' && Number.isFinite(candidate)) {
            assert.equal(next.index, state.index, 'resume stays in the step');
            assert.equal(elapsedInStep(next, now), state.elapsedBeforePause, 'resume continues where paused');
          }
          for (const event of diffEvents(state, next)) {
            if (event.type === 'complete') {
              completions.set(next.session, (completions.get(next.session) ?? 0) + 1);
              assert.equal(next.status, 'complete');
              assert.equal(next.index, timeline.length - 1, 'complete only at the end');
            }
            if (event.type === 'step-change') assert.equal(event.step, timeline[event.index]);
          }
          if (next.status === 'complete') {
            assert.ok(next.completedAt !== null, 'a complete session knows when it completed');
          }
          assertState(next, now);
          state = next;
        }
        for (const [session, count] of completions)
          assert.ok(count <= 1, `session ${session} completed ${count} times`);
      },
    ),
    settings,
  );
});

test('a session that reaches the finish through ticks alone completes exactly once', () => {
  for (const routine of routines) {
    const timeline = buildTimeline(routine, { pace: 'min' });
    let state = reduce(initialState(timeline), { type: 'start', now: 0 });
    let completions = 0;
    let now = 0;
    for (let guard = 0; guard < 10_000 && state.status !== 'complete'; guard++) {
      now += 997;
      const action = currentStep(state)?.durationSeconds === null ? 'done' : 'tick';
      const next = reduce(state, { type: action, now });
      completions += diffEvents(state, next).filter((e) => e.type === 'complete').length;
      state = next;
    }
    for (let i = 0; i < 5; i++) {
      now += 10_000;
      const next = reduce(state, { type: 'tick', now });
      completions += diffEvents(state, next).filter((e) => e.type === 'complete').length;
      state = next;
    }
    assert.equal(state.status, 'complete', routine.id);
    assert.equal(completions, 1, routine.id);
  }
});
