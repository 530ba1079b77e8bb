/**
 * Exercises whose data gives no amount (issue 16): a plank is a hold whose time counts up, a side plank
 * is held on each side, the routine's `defaultDosage` fills the rest, and with nothing at all the
 * patient gets a plain Done step, never a counter or a ring that cannot move.
 */
import { expect } from '@open-wc/testing';
import type { RoutineInput } from '../../src/data/routine-schema.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import {
  announced,
  clearLibraryStorage,
  fakeClock,
  part,
  playerWith,
  press,
  shadow,
  stateAt,
  stepId,
  visibleText,
} from './helpers.js';

const CORE: RoutineInput = {
  id: 'core-test',
  title: 'Core',
  sections: [
    {
      title: 'Core',
      kind: 'main',
      items: [
        {
          exercise: { id: 'plank', name: 'Plank', cues: ['Keep breathing.'], figure: { position: 'plank' } },
        },
        { exercise: { id: 'side-plank', name: 'Side plank', figure: { position: 'side-plank' } } },
        { exercise: { id: 'twist', name: 'Twist' } },
      ],
    },
  ],
};

const WITH_DEFAULT: RoutineInput = {
  ...CORE,
  id: 'core-default',
  defaultDosage: '2 sets of 8 reps, hold 20 s',
};

const timer = (el: RoutinePlayer): HTMLElement => part(el, 'timer')!;
const held = (el: RoutinePlayer): string => timer(el).querySelector('.held')?.textContent?.trim() ?? '';
const ringOrCounter = (el: RoutinePlayer) => timer(el).querySelector('[part~="ring"], .ring, rep-counter');

describe('<routine-player> exercises with no dosage', () => {
  beforeEach(() => clearLibraryStorage());
  afterEach(() => clearLibraryStorage());

  for (const repMode of ['done', 'count']) {
    it(`gives an exercise with no amount a plain Done step, no counter and no ring (rep-mode="${repMode}")`, async () => {
      const el = await playerWith(CORE, { noPersist: true, repMode });
      el.state = stateAt(CORE, 's0-i2-set1-work');
      await el.updateComplete;
      expect(ringOrCounter(el)).to.equal(null);
      expect(visibleText(timer(el))).to.contain('Go at your own pace');
      await press(el, 'Done');
      expect(el.state.status).to.equal('complete');
    });
  }

  it('runs a plank as a hold whose time counts up, frozen while paused', async () => {
    const el = await playerWith(CORE, { noPersist: true, repMode: 'count' });
    const clock = fakeClock();
    try {
      el.state = stateAt(CORE, 's0-i0-set1-work', { now: Date.now() });
      await el.updateComplete;
      expect(visibleText(part(el, 'phase')!)).to.contain('Hold');
      expect(visibleText(timer(el))).to.contain('Hold as long as feels comfortable');
      expect(visibleText(part(el, 'cue')!), 'said once, in the timer').to.equal('Keep breathing.');
      expect(ringOrCounter(el)).to.equal(null);
      expect(held(el)).to.equal('0:00');
      await clock.tickAsync(5000);
      await el.updateComplete;
      expect(held(el)).to.equal('0:05');
      await press(el, 'Pause');
      await clock.tickAsync(10_000);
      await el.updateComplete;
      expect(held(el)).to.equal('0:05');
      expect(timer(el).querySelector('.held-box .paused-mark'), 'paused lies across the time').to.not.equal(
        null,
      );
      await press(el, 'Resume');
      await clock.tickAsync(2000);
      await el.updateComplete;
      expect(held(el)).to.equal('0:07');
      await press(el, 'Done');
      expect(stepId(el)).to.not.equal('s0-i0-set1-work');
    } finally {
      clock.restore();
    }
  });

  it('holds a side plank on the left, then switches to the right', async () => {
    const el = await playerWith(CORE, { noPersist: true });
    el.state = stateAt(CORE, 's0-i1-set1-left-work');
    await el.updateComplete;
    expect(visibleText(part(el, 'badges')!)).to.contain('Left side');
    expect(visibleText(timer(el))).to.contain('Hold as long as feels comfortable');
    await press(el, 'Done');
    expect(stepId(el)).to.equal('s0-i1-set1-switch');
    await press(el, 'Next');
    expect(stepId(el)).to.equal('s0-i1-set1-right-work');
  });

  it('says the hold when the plank starts', async () => {
    const el = await playerWith(CORE, { noPersist: true });
    el.state = stateAt(CORE, 's0-i0-get-ready');
    await el.updateComplete;
    await press(el, 'Next');
    expect(announced(el)).to.contain('Plank. Hold as long as feels comfortable');
  });

  it('fills the gaps from the routine’s defaultDosage: reps for most, only the time for planks', async () => {
    const el = await playerWith(WITH_DEFAULT, { noPersist: true });
    el.state = stateAt(WITH_DEFAULT, 's0-i2-set1-work');
    await el.updateComplete;
    expect(visibleText(timer(el))).to.contain('8 reps, hold 20 sec each');
    expect(visibleText(part(el, 'badges')!)).to.contain('Set 1 of 2');
    el.state = stateAt(WITH_DEFAULT, 's0-i0-set1-work');
    await el.updateComplete;
    expect(visibleText(shadow(el).querySelector('.readout.clock')!)).to.equal('0:20');
    expect(timer(el).querySelector('[part~="ring"], .ring')).to.not.equal(null);
  });
});
