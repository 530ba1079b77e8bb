import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { MUTE_STORAGE_KEY } from '../../src/internal/feedback-controller.js';
import { RepCounter } from '../../src/rep-counter/rep-counter.js';
import {
  announced,
  becomeVisible,
  clockOf,
  controlButton,
  countText,
  fakeClock,
  part,
  press,
  recordEvents,
  statusText,
  tap,
  tapButton,
  targetText,
} from './helpers.js';

describe('<rep-counter>', () => {
  let clock: sinon.SinonFakeTimers | undefined;

  beforeEach(() => localStorage.setItem(MUTE_STORAGE_KEY, '1'));
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    localStorage.removeItem(MUTE_STORAGE_KEY);
  });

  describe('registration and display', () => {
    it('registers rep-counter to the RepCounter class and survives a second define', () => {
      RepCounter.define('rep-counter');
      expect(customElements.get('rep-counter')).to.equal(RepCounter);
    });

    it('shows the count against a range target, the set and the side', async () => {
      const el = await fixture<RepCounter>(
        html`<rep-counter target="10-15" sets="3" side="each"></rep-counter>`,
      );
      await tap(el, 7);
      expect(countText(el)).to.equal('7');
      expect(targetText(el)).to.equal('/ 10–15');
      expect(statusText(el)).to.contain('Set 1 of 3').and.contain('Left');
    });

    it('reads a whole dosage line from the dosage attribute', async () => {
      const el = await fixture<RepCounter>(
        html`<rep-counter dosage="2-3 sets of 10 reps per side, hold 3 s"></rep-counter>`,
      );
      expect(statusText(el)).to.contain('Set 1 of 2–3').and.contain('Left');
      expect(part(el, 'button').querySelector('.target')!.textContent).to.contain('10');
    });

    it('lets individual attributes override the dosage', async () => {
      const el = await fixture<RepCounter>(
        html`<rep-counter dosage="3 sets of 10 reps" target="4"></rep-counter>`,
      );
      expect(targetText(el)).to.equal('/ 4');
      expect(statusText(el)).to.contain('Set 1 of 3');
    });

    it('takes a Dosage object through the dosage property', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter .dosage=${{ reps: 5, sets: 2 }}></rep-counter>`);
      expect(statusText(el)).to.contain('Set 1 of 2');
    });

    it('starts over without events when the dosage changes', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
      await tap(el, 2);
      const log = recordEvents(el);
      el.target = '8';
      await el.updateComplete;
      expect([countText(el), log.length]).to.deep.equal(['0', 0]);
    });

    it('gives the tap target at least 48 by 48 pixels even when themed small', async () => {
      const el = await fixture<RepCounter>(
        html`<rep-counter target="3" style="--ex-rep-counter-size: 10px"></rep-counter>`,
      );
      const box = tapButton(el).getBoundingClientRect();
      expect(box.width).to.be.at.least(48);
      expect(box.height).to.be.at.least(48);
    });

    it('reflects its phase as an attribute for page styling', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="1" sets="2" rest="30"></rep-counter>`);
      expect(el.getAttribute('phase')).to.equal('counting');
      await tap(el);
      expect(el.getAttribute('phase')).to.equal('rest');
    });
  });

  describe('keys', () => {
    it('counts with Space on the button', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
      tapButton(el).focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(countText(el)).to.equal('1');
    });

    it('counts with Enter on the button', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
      tapButton(el).focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(countText(el)).to.equal('1');
    });

    it('counts with ArrowUp', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
      tapButton(el).focus();
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(countText(el)).to.equal('2');
    });

    it('undoes with ArrowDown and with Backspace', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
      await tap(el, 3);
      tapButton(el).focus();
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(countText(el)).to.equal('2');
      await sendKeys({ press: 'Backspace' });
      await el.updateComplete;
      expect(countText(el)).to.equal('1');
    });

    it('cancels a running hold with Escape, without counting', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5" hold="3"></rep-counter>`);
      clock = fakeClock();
      tapButton(el).focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.phase).to.equal('holding');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      clock.tick(5000);
      await el.updateComplete;
      expect([el.phase, countText(el), clockOf(el).live]).to.deep.equal(['counting', '0', false]);
      expect(announced(el)).to.equal('Hold cancelled.');
    });

    it('leaves Escape to the page when no hold runs', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
      const event = new KeyboardEvent('keydown', {
        key: 'Escape',
        bubbles: true,
        composed: true,
        cancelable: true,
      });
      tapButton(el).dispatchEvent(event);
      expect(event.defaultPrevented).to.equal(false);
    });
  });

  describe('holds', () => {
    it('counts the rep when the hold ends, not on the tap', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5" hold="3"></rep-counter>`);
      clock = fakeClock();
      await tap(el);
      expect([el.phase, countText(el)]).to.deep.equal(['holding', '0']);
      clock.tick(2999);
      await el.updateComplete;
      expect(countText(el)).to.equal('0');
      clock.tick(1);
      await el.updateComplete;
      expect([el.phase, countText(el)]).to.deep.equal(['counting', '1']);
    });

    it('does not double-count taps during a hold', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5" hold="3"></rep-counter>`);
      clock = fakeClock();
      const reps: number[] = [];
      el.addEventListener('ex-rep', (e) => reps.push(e.detail.rep));
      await tap(el);
      clock.tick(1000);
      await tap(el, 3);
      clock.tick(2000);
      await el.updateComplete;
      clock.tick(10_000);
      await el.updateComplete;
      expect([reps, countText(el)]).to.deep.equal([[1], '1']);
    });

    it('ends a hold at its start time plus the hold, even when the timer never fired', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5" hold="3"></rep-counter>`);
      clock = fakeClock();
      await tap(el);
      // A throttled background tab: time passes, the timer does not run, the page becomes visible.
      clock.setSystemTime(Date.now() + 60_000);
      becomeVisible();
      await el.updateComplete;
      expect(countText(el)).to.equal('1');
    });

    it('draws the hold ring as two half turns, one after the other, over the hold', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5" hold="4"></rep-counter>`);
      clock = fakeClock();
      await tap(el);
      const ring = part(el, 'ring');
      expect(ring.style.getPropertyValue('--_ring-duration')).to.equal('4000ms');
      const arcs = [...ring.querySelectorAll('.ring-arc')].map((arc) => getComputedStyle(arc));
      expect(arcs.map((a) => [a.animationName, a.animationDuration, a.animationDelay])).to.deep.equal([
        ['ring-turn', '2s', '0s'],
        ['ring-turn', '2s', '2s'],
      ]);
    });

    it('shows the hold ring full and still under reduced motion (the seconds still count)', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      try {
        const el = await fixture<RepCounter>(html`<rep-counter target="5" hold="4"></rep-counter>`);
        clock = fakeClock();
        await tap(el);
        const arcs = [...part(el, 'ring').querySelectorAll('.ring-arc')].map((arc) => getComputedStyle(arc));
        // Each half turned all the way into its window: the whole circle shows, and nothing moves.
        expect(arcs.map((a) => [a.animationName, a.transform])).to.deep.equal([
          ['none', 'matrix(-1, 0, 0, -1, 0, 0)'],
          ['none', 'matrix(-1, 0, 0, -1, 0, 0)'],
        ]);
      } finally {
        await emulateMedia({ reducedMotion: 'no-preference' });
      }
    });

    it('keeps the ring animation where it started while the hold re-renders each second', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5" hold="4"></rep-counter>`);
      clock = fakeClock();
      await tap(el);
      const first = part(el, 'ring');
      const delay = first.style.getPropertyValue('--_ring-delay');
      clock.tick(2000);
      await el.updateComplete;
      const ring = part(el, 'ring');
      expect([ring, ring.style.getPropertyValue('--_ring-delay')]).to.deep.equal([first, delay]);
    });

    it('uses the minimum of a hold range', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5" hold="3-5"></rep-counter>`);
      clock = fakeClock();
      await tap(el);
      clock.tick(3000);
      await el.updateComplete;
      expect(countText(el)).to.equal('1');
    });
  });

  describe('sides', () => {
    it('switches to the right side at the target with a side-change event and an announcement', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="2" side="each"></rep-counter>`);
      await tap(el);
      setTimeout(() => tapButton(el).click());
      const event = await oneEvent(el, 'ex-side-change');
      await el.updateComplete;
      expect(event.detail).to.deep.equal({ side: 'right' });
      expect(statusText(el)).to.contain('Right');
      expect(announced(el)).to.equal('Left: 2 of 2 Switch to the right side.');
    });

    it('gives the right side the number of reps the left side actually did (13 of 10–15)', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="10-15" side="each"></rep-counter>`);
      const log = recordEvents(el);
      await tap(el, 13);
      await press(el, 'Done with this side');
      expect(targetText(el)).to.equal('/ 13');
      await tap(el, 13);
      expect(el.phase).to.equal('complete');
      expect(el.value).to.equal('reps=26;sets=1;left=13;right=13');
      expect(log.filter(([name]) => name === 'ex-rep').length).to.equal(26);
    });

    it('announces the rep that ends the first side against that side’s target', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="2-3" side="each"></rep-counter>`);
      await tap(el, 3);
      expect(announced(el)).to.equal('Left: 3 of 2–3 Switch to the right side.');
      await tap(el);
      expect(announced(el)).to.equal('Right: 1 of 3');
    });

    it('says which side each alternating rep is on', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="3" side="alternating"></rep-counter>`);
      const sides: Array<string | null> = [];
      el.addEventListener('ex-rep', (e) => sides.push(e.detail.side));
      expect(statusText(el)).to.contain('Next: Left');
      await tap(el);
      expect(announced(el)).to.equal('Left: 1 of 3');
      expect(statusText(el)).to.contain('Next: Right');
      await tap(el);
      expect(announced(el)).to.equal('Right: 1 of 3');
      await tap(el, 4);
      expect(sides).to.deep.equal(['left', 'right', 'left', 'right', 'left', 'right']);
      expect(el.value).to.equal('reps=6;sets=1;left=3;right=3');
    });
  });

  describe('range targets', () => {
    it('offers to finish at the minimum and keeps counting up to the maximum', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="3-5"></rep-counter>`);
      await tap(el, 2);
      expect(controlButton(el, 'Done with this set')).to.equal(null);
      await tap(el);
      expect(controlButton(el, 'Done with this set')).to.not.equal(null);
      expect(announced(el)).to.contain('Minimum reached');
      await tap(el);
      expect([el.phase, countText(el)]).to.deep.equal(['counting', '4']);
    });

    it('completes the set at the user’s word after the minimum', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="3-5"></rep-counter>`);
      await tap(el, 4);
      await press(el, 'Done with this set');
      expect([el.phase, el.value]).to.deep.equal(['complete', 'reps=4;sets=1']);
    });

    it('completes the set by itself at the maximum and never counts past it', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="3-5"></rep-counter>`);
      await tap(el, 8);
      expect([el.phase, el.value]).to.deep.equal(['complete', 'reps=5;sets=1']);
    });

    it('plans the minimum of a sets range and offers one more set up to the maximum', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="1" sets="1-2"></rep-counter>`);
      await tap(el);
      expect(el.phase).to.equal('complete');
      await press(el, 'One more set');
      expect(statusText(el)).to.contain('Set 2 of 1–2');
      await tap(el);
      expect([el.phase, el.value, controlButton(el, 'One more set')]).to.deep.equal([
        'complete',
        'reps=2;sets=2',
        null,
      ]);
    });
  });

  describe('sets and rest', () => {
    it('rests after a set, counting down without announcing each second, then starts the next set', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="2" sets="2" rest="30"></rep-counter>`);
      clock = fakeClock();
      await tap(el, 2);
      expect(el.phase).to.equal('rest');
      expect(part(el, 'rest').textContent).to.contain('30');
      const said = announced(el);
      clock.tick(10_000);
      await el.updateComplete;
      expect(part(el, 'rest').textContent).to.contain('20');
      expect(announced(el)).to.equal(said);
      clock.tick(20_000);
      await el.updateComplete;
      expect([el.phase, statusText(el), countText(el)]).to.deep.equal(['counting', 'Set 2 of 2', '0']);
      expect(announced(el)).to.equal('Set 2 of 2');
    });

    it('skips the rest with the Skip button', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="1" sets="2" rest="60"></rep-counter>`);
      clock = fakeClock();
      await tap(el);
      await press(el, 'Skip rest');
      expect([el.phase, clockOf(el).live]).to.deep.equal(['counting', false]);
      expect(statusText(el)).to.contain('Set 2 of 2');
    });

    it('adds 15 seconds with the +15 s button', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="1" sets="2" rest="30"></rep-counter>`);
      clock = fakeClock();
      await tap(el);
      const plus = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="controls"] button[aria-label]')!;
      expect(plus.getAttribute('aria-label')).to.equal('Add 15 sec of rest');
      plus.click();
      await el.updateComplete;
      expect(part(el, 'rest').textContent).to.contain('45');
      clock.tick(30_000);
      await el.updateComplete;
      expect(el.phase).to.equal('rest');
      clock.tick(15_000);
      await el.updateComplete;
      expect(el.phase).to.equal('counting');
    });

    it('ignores taps during rest', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="1" sets="2" rest="30"></rep-counter>`);
      await tap(el, 3);
      expect([el.phase, el.value]).to.deep.equal(['rest', 'reps=1;sets=1']);
    });

    it('shows a summary after the last set and starts over with Do it again', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="2" sets="2" side="each"></rep-counter>`);
      clock = fakeClock();
      await tap(el);
      clock.tick(65_000);
      await tap(el, 7);
      expect(el.phase).to.equal('complete');
      expect(part(el, 'summary').textContent!.replace(/\s+/g, ' ')).to.contain(
        'Sets: 2 · Reps: 8 · Time: 1 min, 5 sec',
      );
      await press(el, 'Do it again');
      expect([el.phase, countText(el), el.value]).to.deep.equal(['counting', '0', '']);
      expect(el.shadowRoot!.activeElement).to.equal(tapButton(el));
    });
  });

  describe('events', () => {
    it('fires every event with its detail, in order, bubbling and composed', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="1" sets="2" side="each"></rep-counter>`);
      clock = fakeClock();
      const log = recordEvents(document.body);
      let composed = true;
      el.addEventListener('ex-rep', (e) => (composed &&= e.bubbles && e.composed));
      await tap(el);
      clock.tick(2500);
      await tap(el, 3);
      expect(composed).to.equal(true);
      expect(log).to.deep.equal([
        ['ex-rep', { rep: 1, set: 1, side: 'left' }],
        ['ex-side-change', { side: 'right' }],
        ['ex-rep', { rep: 1, set: 1, side: 'right' }],
        ['ex-set-complete', { set: 1 }],
        ['ex-rep', { rep: 1, set: 2, side: 'left' }],
        ['ex-side-change', { side: 'right' }],
        ['ex-rep', { rep: 1, set: 2, side: 'right' }],
        ['ex-set-complete', { set: 2 }],
        ['ex-complete', { sets: 2, reps: 4, durationMs: 2500 }],
      ]);
    });

    it('fires nothing when code sets properties or resets', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="2"></rep-counter>`);
      await tap(el);
      const log = recordEvents(el);
      el.sets = '3';
      el.side = 'each';
      await el.updateComplete;
      el.reset();
      await el.updateComplete;
      expect(log).to.deep.equal([]);
    });

    it('counts and undoes through increment() and undo()', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
      setTimeout(() => el.increment());
      const event = await oneEvent(el, 'ex-rep');
      el.increment();
      el.undo();
      await el.updateComplete;
      expect([event.detail, countText(el)]).to.deep.equal([{ rep: 1, set: 1, side: null }, '1']);
    });
  });

  describe('announcements', () => {
    it('announces each count in a polite live region', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="10-15"></rep-counter>`);
      const region = el.shadowRoot!.querySelector('[role="status"]')!;
      expect(region.getAttribute('aria-live')).to.equal('polite');
      await tap(el, 7);
      expect(announced(el)).to.equal('7 of 10–15');
    });

    it('keeps ticking countdowns out of the live region', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="1" sets="2" rest="20"></rep-counter>`);
      await tap(el);
      const timer = part(el, 'rest').querySelector('[role="timer"]')!;
      expect(timer.closest('[aria-live]')).to.equal(null);
    });
  });

  describe('timers', () => {
    it('leaves no live timer after removal during a hold', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5" hold="30"></rep-counter>`);
      clock = fakeClock();
      await tap(el);
      expect([clockOf(el).live, clock.countTimers()]).to.deep.equal([true, 1]);
      el.remove();
      expect([clockOf(el).live, clock.countTimers()]).to.deep.equal([false, 0]);
    });

    it('leaves no live timer after removal during rest', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="1" sets="3" rest="60"></rep-counter>`);
      clock = fakeClock();
      await tap(el);
      expect(clock.countTimers()).to.equal(1);
      el.remove();
      expect([clockOf(el).live, clock.countTimers()]).to.deep.equal([false, 0]);
    });

    it('picks a hold up at its deadline when moved in the page', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5" hold="3"></rep-counter>`);
      clock = fakeClock();
      await tap(el);
      const parent = el.parentElement!;
      el.remove();
      clock.tick(1000);
      parent.append(el);
      clock.tick(2000);
      await el.updateComplete;
      expect(countText(el)).to.equal('1');
    });
  });
});
