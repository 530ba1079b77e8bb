/**
 * Pages move elements around, remove them, create them before the script that defines them, and change
 * their attributes at any moment. None of that may lose progress or leave a timer behind.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import sinon from 'sinon';
import { ExerciseCard } from '../../src/exercise-card/exercise-card.component.js';
import '../../src/exercise-card/exercise-card.js';
import { RepCounter } from '../../src/rep-counter/rep-counter.component.js';
import '../../src/rep-counter/rep-counter.js';
import { clockOf, countText, fakeClock, recordEvents, tap } from '../rep-counter/helpers.js';
import {
  clearLibraryStorage,
  fakeClock as playerClock,
  playerWith,
  press,
  stepId,
} from '../routine-player/helpers.js';

describe('lifecycle', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
  });

  describe('<rep-counter>', () => {
    it('keeps a running hold and its timer when moved to another place in the page', async () => {
      const a = fixtureSync<HTMLDivElement>(html`<div><rep-counter target="3" hold="5"></rep-counter></div>`);
      const b = fixtureSync<HTMLDivElement>(html`<section></section>`);
      const el = a.querySelector('rep-counter')!;
      await el.updateComplete;
      clock = fakeClock();
      await tap(el);
      expect(el.phase).to.equal('holding');
      await clock.tickAsync(2000);
      b.append(el);
      await el.updateComplete;
      expect(el.phase).to.equal('holding');
      expect(clockOf(el).live).to.equal(true);
      await clock.tickAsync(3000);
      await el.updateComplete;
      expect(el.phase).to.equal('counting');
      expect(countText(el)).to.equal('1');
    });

    it('leaves no timer behind when removed mid-hold, and finishes the hold on time when re-added', async () => {
      const el = await fixture<RepCounter>(
        html`<rep-counter target="3" hold="5" rest="30" sets="2"></rep-counter>`,
      );
      const parent = el.parentElement!;
      clock = fakeClock();
      await tap(el);
      el.remove();
      expect(clockOf(el).live).to.equal(false);
      expect(clock.countTimers()).to.equal(0);
      await clock.tickAsync(10_000);
      expect(el.phase, 'nothing ran while detached').to.equal('holding');
      parent.append(el);
      await el.updateComplete;
      await clock.tickAsync(0);
      await el.updateComplete;
      // The hold ended while detached: it counts at its deadline on return.
      expect(countText(el)).to.equal('1');
      el.remove();
      expect(clock.countTimers()).to.equal(0);
    });

    it('upgrades with properties and attributes set before its definition loaded', async () => {
      const el = document.createElement('x-counter-late') as RepCounter;
      el.setAttribute('sets', '2');
      (el as unknown as { target: string }).target = '4';
      (el as unknown as { dosage: unknown }).dosage = { reps: 10, side: 'each' };
      document.body.append(el);
      customElements.define('x-counter-late', class extends RepCounter {});
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('.target')?.textContent).to.contain('4');
      expect(el.shadowRoot!.querySelector('.side')?.textContent?.trim()).to.equal('Left');
      expect(el.shadowRoot!.querySelector('.set')?.textContent).to.contain('Set 1 of 2');
      el.remove();
    });

    it('starts over (without events) when the target changes mid-set, and keeps the count for other attributes', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5" sets="2"></rep-counter>`);
      const log = recordEvents(el);
      await tap(el, 2);
      for (const [name, value] of [
        ['voice', 'counts'],
        ['theme', 'dark'],
        ['lang', 'fr'],
        ['name', 'bridges'],
      ]) {
        el.setAttribute(name, value);
        await el.updateComplete;
        expect(countText(el), `after ${name}`).to.equal('2');
      }
      el.setAttribute('disabled', '');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector<HTMLButtonElement>('button.tap')!.disabled).to.equal(true);
      el.removeAttribute('disabled');
      await el.updateComplete;
      expect(countText(el)).to.equal('2');
      log.length = 0;
      el.setAttribute('target', '8');
      await el.updateComplete;
      expect(countText(el)).to.equal('0');
      expect(el.shadowRoot!.querySelector('.target')?.textContent).to.contain('8');
      expect(log).to.deep.equal([]);
    });

    it('drops a running rest timer when the dosage changes under it', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="1" sets="2" rest="30"></rep-counter>`);
      clock = fakeClock();
      await tap(el);
      expect(el.phase).to.equal('rest');
      el.setAttribute('rest', '10');
      await el.updateComplete;
      expect(el.phase).to.equal('counting');
      expect(clock.countTimers()).to.equal(0);
    });

    it('keeps two counters on one page independent', async () => {
      const wrap = fixtureSync<HTMLDivElement>(
        html`<div>
          <rep-counter id="a" target="3" hold="2"></rep-counter><rep-counter id="b" target="5"></rep-counter>
        </div>`,
      );
      const [a, b] = [...wrap.querySelectorAll('rep-counter')];
      await Promise.all([a!.updateComplete, b!.updateComplete]);
      const logB = recordEvents(b!);
      clock = fakeClock();
      await tap(a!);
      await tap(b!, 2);
      await clock.tickAsync(2000);
      await a!.updateComplete;
      expect(countText(a!)).to.equal('1');
      expect(countText(b!)).to.equal('2');
      expect(logB.filter(([name]) => name === 'ex-rep')).to.have.length(2);
      b!.reset();
      await b!.updateComplete;
      expect(countText(a!)).to.equal('1');
    });
  });

  describe('<exercise-card>', () => {
    it('upgrades with the exercise set before its definition loaded', async () => {
      const el = document.createElement('x-card-late') as ExerciseCard;
      (el as unknown as { exercise: unknown }).exercise = { id: 'late', name: 'Late bridge' };
      el.setAttribute('layout', 'compact');
      document.body.append(el);
      customElements.define('x-card-late', class extends ExerciseCard {});
      await el.updateComplete;
      expect(el.status).to.equal('ready');
      expect(el.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim()).to.equal('Late bridge');
      expect(el.shadowRoot!.querySelector('.card.compact')).to.not.equal(null);
      el.remove();
    });

    it('keeps its data when moved, and aborts a pending fetch when removed', async () => {
      const signals: AbortSignal[] = [];
      sinon.stub(window, 'fetch').callsFake(
        (_input, init) =>
          new Promise((_resolve, reject) => {
            signals.push(init!.signal!);
            init!.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
          }),
      );
      const el = await fixture<ExerciseCard>(
        html`<exercise-card .exercise=${{ id: 'a', name: 'Moved' }}></exercise-card>`,
      );
      const other = fixtureSync<HTMLDivElement>(html`<div></div>`);
      other.append(el);
      await el.updateComplete;
      expect(el.status).to.equal('ready');
      expect(signals, 'data set by code fetches nothing').to.deep.equal([]);

      const loading = await fixture<ExerciseCard>(html`<exercise-card src="/slow.json"></exercise-card>`);
      expect(loading.status).to.equal('loading');
      loading.remove();
      expect(signals.at(-1)!.aborted).to.equal(true);
    });
  });

  describe('<routine-player>', () => {
    beforeEach(() => clearLibraryStorage());
    afterEach(() => clearLibraryStorage());

    it('keeps its session and timing when moved mid-routine, and leaves no timer when removed', async () => {
      const el = await playerWith(undefined, { noPersist: true });
      const other = fixtureSync<HTMLDivElement>(html`<div></div>`);
      clock = playerClock();
      await press(el, 'Start');
      await clock.tickAsync(7000);
      await el.updateComplete;
      const before = stepId(el);
      other.append(el);
      await el.updateComplete;
      expect(el.state.status).to.equal('running');
      expect(stepId(el)).to.equal(before);
      await clock.tickAsync(5000);
      await el.updateComplete;
      expect(stepId(el)).to.equal('s0-i0-set1-work');
      el.remove();
      await clock.tickAsync(0);
      expect(clock.countTimers(), 'no timer after removal').to.equal(0);
    });

    it('keeps two players on one page independent', async () => {
      const a = await playerWith(undefined, { noPersist: true });
      const b = await playerWith(undefined, { noPersist: true });
      clock = playerClock();
      await press(a, 'Start');
      await clock.tickAsync(12_000);
      await a.updateComplete;
      expect(stepId(a)).to.equal('s0-i0-set1-work');
      expect(b.state.status).to.equal('idle');
    });
  });
});
