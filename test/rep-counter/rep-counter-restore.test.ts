/**
 * `restore(reps)` and `count`: the documented way a page (or the routine player after "Resume where you
 * left off") continues a count with reps already done, without events, announcements or sounds.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { counterAfterReps, counterConfig } from '../../src/core/rep-counter-state.js';
import { MUTE_STORAGE_KEY } from '../../src/internal/feedback-controller.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
import '../../src/rep-counter/rep-counter.js';
import { announced, countText, fakeClock, part, recordEvents, statusText, tap } from './helpers.js';

describe('counterAfterReps: a count continued from reps already done', () => {
  const cases: Array<{
    name: string;
    dosage: { target?: string; hold?: string; side?: 'each' | 'alternating'; sets?: number; rest?: string };
    reps: number;
    want: { phase: string; set: number; side: string | null; count: number; totalReps: number };
  }> = [
    {
      name: 'three of ten, no sides',
      dosage: { target: '10' },
      reps: 3,
      want: { phase: 'counting', set: 1, side: null, count: 3, totalReps: 3 },
    },
    {
      name: 'holds are run to their end, so every rep counts',
      dosage: { target: '5', hold: '3' },
      reps: 2,
      want: { phase: 'counting', set: 1, side: null, count: 2, totalReps: 2 },
    },
    {
      name: 'each side: past the left side’s target the count is on the right',
      dosage: { target: '4', side: 'each' },
      reps: 6,
      want: { phase: 'counting', set: 1, side: 'right', count: 2, totalReps: 6 },
    },
    {
      name: 'alternating: the next rep is on the side after the last one',
      dosage: { target: '3', side: 'alternating' },
      reps: 3,
      want: { phase: 'counting', set: 1, side: 'right', count: 3, totalReps: 3 },
    },
    {
      name: 'a finished set with sets to come is resting',
      dosage: { target: '2', sets: 2, rest: '30' },
      reps: 2,
      want: { phase: 'rest', set: 1, side: null, count: 2, totalReps: 2 },
    },
    {
      name: 'more reps than the dosage holds stop where the counter would',
      dosage: { target: '2' },
      reps: 9,
      want: { phase: 'complete', set: 1, side: null, count: 2, totalReps: 2 },
    },
    {
      name: 'zero is a fresh count',
      dosage: { target: '10' },
      reps: 0,
      want: { phase: 'counting', set: 1, side: null, count: 0, totalReps: 0 },
    },
    {
      name: 'a number that is not whole is a fresh count',
      dosage: { target: '10' },
      reps: 2.5,
      want: { phase: 'counting', set: 1, side: null, count: 0, totalReps: 0 },
    },
  ];
  for (const { name, dosage, reps, want } of cases) {
    it(name, () => {
      const config = counterConfig({
        target: dosage.target,
        hold: dosage.hold,
        rest: dosage.rest,
        side: dosage.side,
        sets: dosage.sets ?? 1,
      });
      const state = counterAfterReps(config, reps, 50_000);
      const { phase, set, side, count, totalReps } = state;
      expect({ phase, set, side, count, totalReps }).to.deep.equal(want);
    });
  }

  it('runs a restored rest from now, with its whole length', () => {
    const config = counterConfig({ target: 2, sets: 2, rest: 30 });
    const state = counterAfterReps(config, 2, 50_000);
    expect(state.restEndsAt).to.equal(80_000);
  });
});

describe('<rep-counter> restore() and count', () => {
  let clock: sinon.SinonFakeTimers | undefined;

  beforeEach(() => localStorage.setItem(MUTE_STORAGE_KEY, '1'));
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    localStorage.removeItem(MUTE_STORAGE_KEY);
  });

  it('shows the restored reps and counts on from them, with no events for the restored ones', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="10"></rep-counter>`);
    const log = recordEvents(el);
    el.restore(4);
    await el.updateComplete;
    expect([countText(el), el.count, log.length]).to.deep.equal(['4', 4, 0]);
    expect(announced(el)).to.equal('');
    await tap(el);
    expect([countText(el), el.count]).to.deep.equal(['5', 5]);
    expect(log.map(([name, detail]) => [name, (detail as { rep: number }).rep])).to.deep.equal([
      ['ex-rep', 5],
    ]);
  });

  it('restores onto the right side of an each-side count', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="3" side="each"></rep-counter>`);
    el.restore(4);
    await el.updateComplete;
    expect(countText(el)).to.equal('1');
    expect(statusText(el)).to.contain('Right');
    expect(el.value).to.equal('reps=4;sets=0;left=3;right=1');
  });

  it('takes a dosage set in the same task before restore()', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter></rep-counter>`);
    el.target = '8';
    el.restore(3);
    await el.updateComplete;
    expect([countText(el), el.count]).to.deep.equal(['3', 3]);
    expect(part(el, 'button').textContent).to.contain('8');
  });

  it('stays paused when restored while paused, and a tap then counts nothing', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="10" hold="3" paused></rep-counter>`);
    clock = fakeClock();
    el.restore(2);
    await el.updateComplete;
    await tap(el);
    clock.tick(5000);
    await el.updateComplete;
    expect([countText(el), el.count]).to.deep.equal(['2', 2]);
  });

  it('starts from zero for a count that is not a whole number above zero', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="10"></rep-counter>`);
    await tap(el, 2);
    el.restore(-1);
    await el.updateComplete;
    expect([countText(el), el.count]).to.deep.equal(['0', 0]);
  });

  it('draws no progress ring for an open count, which could never fill it', async () => {
    const open = await fixture<RepCounter>(html`<rep-counter></rep-counter>`);
    expect(open.shadowRoot!.querySelector('[part~="ring"]')).to.equal(null);
    const counted = await fixture<RepCounter>(html`<rep-counter target="10"></rep-counter>`);
    expect(counted.shadowRoot!.querySelector('[part~="ring"]')).to.not.equal(null);
  });
});
