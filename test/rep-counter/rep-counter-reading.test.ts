import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import sinon from 'sinon';
import { MUTE_STORAGE_KEY } from '../../src/internal/feedback-controller.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
import '../../src/rep-counter/rep-counter.js';
import { countText, fakeClock, part, press, tap, tapButton } from './helpers.js';

const px = (el: Element): number => parseFloat(getComputedStyle(el).fontSize);
const shadow = (el: RepCounter, selector: string): HTMLElement =>
  el.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** Every button a patient can touch right now, with its size. */
function touchTargets(el: RepCounter): Array<{ name: string; width: number; height: number }> {
  return [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].map((button) => {
    const box = button.getBoundingClientRect();
    return { name: button.textContent!.replace(/\s+/g, ' ').trim(), width: box.width, height: box.height };
  });
}

describe('<rep-counter> read at a distance, touched and printed', () => {
  let clock: sinon.SinonFakeTimers | undefined;

  before(() => setViewport({ width: 390, height: 844 }));
  beforeEach(() => localStorage.setItem(MUTE_STORAGE_KEY, '1'));
  afterEach(async () => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    localStorage.removeItem(MUTE_STORAGE_KEY);
    await emulateMedia({ media: 'screen' });
  });
  after(() => setViewport({ width: 800, height: 600 }));

  describe('sizes on a 390 px phone', () => {
    it('makes the count at least 64 px and the side, set, hold seconds and rest at least 20 px', async () => {
      const el = await fixture<RepCounter>(
        html`<rep-counter target="10" sets="2" side="each" hold="3" rest="30"></rep-counter>`,
      );
      clock = fakeClock();
      await tap(el);
      const holding = { count: px(part(el, 'count')), hint: px(part(el, 'hint')) };
      const labels = { side: px(shadow(el, '.side')), set: px(shadow(el, '.set')) };
      for (let i = 0; i < 20; i++) {
        clock.tick(3000);
        await el.updateComplete;
        if (el.phase === 'counting') await tap(el);
      }
      expect(el.phase).to.equal('rest');
      const rest = px(part(el, 'rest'));
      expect(holding.count, 'count').to.be.at.least(64);
      expect(Math.min(holding.hint, labels.side, labels.set, rest), 'labels').to.be.at.least(20);
    });

    it('takes 96 px and 28 px from the custom properties a focus mode sets', async () => {
      const el = await fixture<RepCounter>(
        html`<rep-counter
          target="10"
          side="each"
          style="--ex-rep-counter-size: 18rem; --ex-rep-counter-count-size: 96px; --ex-rep-counter-label-size: 28px"
        ></rep-counter>`,
      );
      expect([px(part(el, 'count')), px(part(el, 'hint')), px(shadow(el, '.side'))]).to.deep.equal([
        96, 28, 28,
      ]);
    });
  });

  describe('touch targets', () => {
    it('gives every button at least 44 × 44 px while counting, resting and when complete', async () => {
      const el = await fixture<RepCounter>(
        html`<rep-counter
          target="1-2"
          sets="1-2"
          rest="30"
          style="--ex-rep-counter-size: 10px"
        ></rep-counter>`,
      );
      const seen = [...touchTargets(el)];
      await tap(el);
      seen.push(...touchTargets(el));
      await tap(el);
      await press(el, 'One more set');
      seen.push(...touchTargets(el));
      await tap(el);
      await press(el, 'Done with this set');
      seen.push(...touchTargets(el));
      const names = new Set(seen.map((t) => t.name.replace(/^\d+ /, '')));
      expect([...names]).to.include.members(['Undo', 'Mute', 'Done with this set', 'Do it again']);
      const small = seen.filter((t) => t.width < 44 || t.height < 44);
      expect(small).to.deep.equal([]);
    });
  });

  describe('the complete screen', () => {
    it('shows the total the summary gives, not the last side’s count', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="3" sets="2" side="each"></rep-counter>`);
      await tap(el, 12);
      expect(el.phase).to.equal('complete');
      const summary = part(el, 'summary').textContent!.replace(/\s+/g, ' ');
      expect([countText(el), part(el, 'hint').textContent!.trim()]).to.deep.equal(['12', 'Total reps']);
      expect(summary).to.contain('Reps: 12').and.contain('Left: 6 · Right: 6');
    });
  });

  describe('the tap target’s name', () => {
    it('is named "3 of 10 Tap to count" for speech and shows "3 / 10 Tap to count"', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="10"></rep-counter>`);
      await tap(el, 3);
      /** The button's text without what `leave` selects. */
      const textWithout = (leave: string): string => {
        const copy = tapButton(el).cloneNode(true) as HTMLElement;
        copy.querySelectorAll(leave).forEach((node) => node.remove());
        return copy.textContent!.replace(/\s+/g, ' ').trim();
      };
      expect([textWithout('[aria-hidden="true"]'), textWithout('.visually-hidden')]).to.deep.equal([
        '3 of 10 Tap to count',
        '3 / 10 Tap to count',
      ]);
    });

    it('says "Tap to hold" when each rep is a hold', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="10" hold="5"></rep-counter>`);
      expect(part(el, 'hint').textContent!.trim()).to.equal('Tap to hold');
    });
  });

  describe('print', () => {
    it('prints a tally line with a box per set instead of the widget', async () => {
      const el = await fixture<RepCounter>(
        html`<rep-counter target="10-15" sets="3" side="each" hold="3"></rep-counter>`,
      );
      await emulateMedia({ media: 'print' });
      const tally = part(el, 'tally');
      expect(tally.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        '☐ ☐ ☐ Reps per side: 10–15 · Hold: 3 sec',
      );
      expect([
        getComputedStyle(tally).display,
        tapButton(el).getBoundingClientRect().height,
        part(el, 'controls').getBoundingClientRect().height,
        el.shadowRoot!.querySelector('[part="ring"]')!.getBoundingClientRect().height,
      ]).to.deep.equal(['flex', 0, 0, 0]);
    });

    it('prints a line to fill in when the count is open, and keeps the tally hidden on screen', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter sets="2"></rep-counter>`);
      expect(getComputedStyle(part(el, 'tally')).display).to.equal('none');
      await emulateMedia({ media: 'print' });
      expect(part(el, 'tally').textContent!.replace(/\s+/g, ' ').trim()).to.equal('☐ ☐ Reps: ____');
    });
  });

  describe('host text styles', () => {
    it('keeps the count centred in the tap target and the status centred under a justified, indented column', async () => {
      const article = await fixture<HTMLElement>(
        html`<article style="text-align: justify; text-indent: 4em; line-height: 2.2; inline-size: 360px">
          <rep-counter target="10" sets="2" side="each"></rep-counter>
        </article>`,
      );
      const el = article.querySelector('rep-counter')!;
      await el.updateComplete;
      const centre = (box: DOMRect) => box.left + box.width / 2;
      const tap = tapButton(el).getBoundingClientRect();
      const count = shadow(el, '.readout').getBoundingClientRect();
      const side = shadow(el, '.side').getBoundingClientRect();
      const base = part(el, 'base').getBoundingClientRect();
      expect(Math.abs(centre(count) - centre(tap)), 'count').to.be.below(2);
      expect(Math.abs(centre(tap) - centre(base)), 'tap').to.be.below(2);
      expect(side.height, 'side badge: one line, its own line height').to.be.below(40);
      expect(getComputedStyle(part(el, 'base')).textIndent).to.equal('0px');
    });
  });
});
