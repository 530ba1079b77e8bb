import { expect, fixture, html } from '@open-wc/testing';
import { MUTE_STORAGE_KEY } from '../../src/internal/feedback-controller.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
import '../../src/rep-counter/rep-counter.js';
import { press, tap } from './helpers.js';

// Long holds and rests keep each state still while axe runs; removal clears their timers.
describe('<rep-counter> accessibility', () => {
  beforeEach(() => localStorage.setItem(MUTE_STORAGE_KEY, '1'));
  afterEach(() => localStorage.removeItem(MUTE_STORAGE_KEY));

  it('has no axe violations when idle', async () => {
    const el = await fixture<RepCounter>(
      html`<rep-counter dosage="2-3 sets of 10-15 reps per side"></rep-counter>`,
    );
    await expect(el).to.be.accessible();
  });

  it('has no axe violations while counting, with the finish offer shown', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="2-4" sets="2"></rep-counter>`);
    await tap(el, 2);
    await expect(el).to.be.accessible();
  });

  it('has no axe violations while a hold runs', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="5" hold="60"></rep-counter>`);
    await tap(el);
    expect(el.phase).to.equal('holding');
    await expect(el).to.be.accessible();
  });

  it('has no axe violations after a side switch', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="2" side="each"></rep-counter>`);
    await tap(el, 2);
    await expect(el).to.be.accessible();
  });

  it('has no axe violations during rest', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="1" sets="2" rest="90"></rep-counter>`);
    await tap(el);
    expect(el.phase).to.equal('rest');
    await expect(el).to.be.accessible();
  });

  it('has no axe violations when complete', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="1" sets="1-2" side="each"></rep-counter>`);
    await tap(el, 2);
    expect(el.phase).to.equal('complete');
    await expect(el).to.be.accessible();
    await press(el, 'One more set');
  });

  it('has no axe violations when disabled', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="5" disabled></rep-counter>`);
    await expect(el).to.be.accessible();
  });

  it('has no axe violations in the dark theme', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="5" theme="dark"></rep-counter>`);
    await tap(el, 2);
    await expect(el).to.be.accessible();
  });
});
