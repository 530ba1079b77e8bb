import { expect, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import { timeLeftInStep } from '../../src/core/player-reducer.js';
import type { RoutineInput } from '../../src/data/routine-schema.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import { FakeAudioContext } from '../support/fake-audio-context.js';
import {
  button,
  clearLibraryStorage,
  fakeClock,
  part,
  playerWith,
  press,
  recordEvents,
  seedPlayer,
  stepId,
  TIMED_ROUTINE,
} from './helpers.js';

/** A second, unrelated routine to swap in. */
const OTHER_ROUTINE: RoutineInput = {
  id: 'test-other',
  title: 'Other routine',
  sections: [
    {
      title: 'Main',
      kind: 'main',
      items: [{ exercise: { id: 'bridge', name: 'Bridge', dosage: { durationSeconds: 30 } } }],
    },
  ],
};

const overviewText = (el: RoutinePlayer): string => part(el, 'overview')?.textContent ?? '';

/**
 * A clinic page may switch the language, the cues or the routine while a patient is mid-session.
 * Settings apply at once without losing the place; a new routine ends the old session, which is kept.
 */
describe('<routine-player> attributes and data changed during a session', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  beforeEach(() => {
    clearLibraryStorage();
    FakeAudioContext.instances = [];
    sinon.stub(window, 'AudioContext').value(FakeAudioContext);
  });
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    clearLibraryStorage();
  });

  async function startedTimed(): Promise<RoutinePlayer> {
    const el = await playerWith(TIMED_ROUTINE);
    clock = fakeClock();
    await press(el, 'Start');
    await clock.tickAsync(17_000); // 7 s into the first plank set
    expect(stepId(el)).to.equal('s0-i0-set1-work');
    return el;
  }

  it('a new lang keeps the step and the time left, turns the layout right to left, and the timer runs on', async () => {
    const el = await startedTimed();
    const left = timeLeftInStep(el.state, Date.now());
    const log = recordEvents(el);
    el.lang = 'ar';
    await el.updateComplete;
    expect(stepId(el)).to.equal('s0-i0-set1-work');
    expect(el.state.status).to.equal('running');
    expect(timeLeftInStep(el.state, Date.now())).to.equal(left);
    expect(getComputedStyle(part(el, 'base')!).direction).to.equal('rtl');
    await clock!.tickAsync(left!);
    expect(stepId(el)).to.equal('s0-i0-set1-rest');
    expect(log.names).to.deep.equal(['ex-step-change']);
  });

  it('beeps="off" set mid-session silences the next countdown at once', async () => {
    const el = await startedTimed();
    const before = FakeAudioContext.allNotes.length;
    expect(before, 'beeps so far (3-2-1 and the start tone)').to.be.greaterThan(0);
    el.setAttribute('beeps', 'off');
    await el.updateComplete;
    await clock!.tickAsync(13_000); // the set ends: it would beep 3, 2, 1 and the end tone
    expect(stepId(el)).to.equal('s0-i0-set1-rest');
    expect(FakeAudioContext.allNotes.length).to.equal(before);
  });

  it('a new routine mid-session shows its overview with no timer left running; the old one comes back resumable', async () => {
    const el = await startedTimed();
    const left = timeLeftInStep(el.state, Date.now());
    el.routine = OTHER_ROUTINE;
    await el.updateComplete;
    expect(el.state.status).to.equal('idle');
    expect(overviewText(el)).to.contain('Other routine');
    expect(clock!.countTimers(), 'timers while idle').to.equal(0);

    el.routine = TIMED_ROUTINE;
    await el.updateComplete;
    expect(part(el, 'resume'), 'resume offer').to.not.equal(null);
    (part(el, 'resume') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(stepId(el)).to.equal('s0-i0-set1-work');
    expect(timeLeftInStep(el.state, Date.now())).to.equal(left);
  });

  it('a new src mid-session does the same once the new routine has loaded', async () => {
    const el = await seedPlayer('glutes-lower-back-program');
    await press(el, 'Start');
    await el.updateComplete;
    const first = stepId(el);
    expect(el.state.status).to.equal('running');
    el.src = '/examples/ql-butt-walk.json';
    await waitUntil(
      () => el.status === 'ready' && overviewText(el).includes('Butt walks'),
      'second routine',
      {
        timeout: 5000,
      },
    );
    expect(el.state.status).to.equal('idle');
    expect(button(el, 'Start'), 'a fresh Start for the new routine').to.not.equal(null);

    el.src = '/examples/glutes-lower-back-program.json';
    await waitUntil(() => part(el, 'resume') !== null, 'resume offer for the first routine', {
      timeout: 5000,
    });
    (part(el, 'resume') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(stepId(el)).to.equal(first);
  });
});
