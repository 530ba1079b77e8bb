import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { MUTE_STORAGE_KEY } from '../../src/internal/feedback-controller.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
import '../../src/rep-counter/rep-counter.js';
import { FakeAudioContext } from '../support/fake-audio-context.js';
import { clockOf, controlButton, countText, fakeClock, part, statusText, tap, tapButton } from './helpers.js';

const hintText = (el: RepCounter): string => part(el, 'hint').textContent!.replace(/\s+/g, ' ').trim();

async function set(el: RepCounter, props: Partial<Pick<RepCounter, 'paused' | 'disabled' | 'muted'>>) {
  Object.assign(el, props);
  await el.updateComplete;
}

describe('<rep-counter> disabled, paused and muted', () => {
  let clock: sinon.SinonFakeTimers | undefined;

  beforeEach(() => localStorage.setItem(MUTE_STORAGE_KEY, '1'));
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    localStorage.removeItem(MUTE_STORAGE_KEY);
  });

  describe('disabled', () => {
    it('counts again after the disabled property goes true then false (Pause → Resume in the player)', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
      await set(el, { disabled: true });
      expect([tapButton(el).disabled, el.hasAttribute('disabled')]).to.deep.equal([true, true]);
      await set(el, { disabled: false });
      expect([tapButton(el).disabled, el.hasAttribute('disabled'), el.matches(':disabled')]).to.deep.equal([
        false,
        false,
        false,
      ]);
      await tap(el);
      expect(countText(el)).to.equal('1');
    });

    it('counts again after the disabled property toggles twice in a row', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
      for (const disabled of [true, false, true, false]) await set(el, { disabled });
      await tap(el, 2);
      expect([tapButton(el).disabled, countText(el)]).to.deep.equal([false, '2']);
    });
  });

  describe('paused', () => {
    it('reflects paused and shows it in the status line and under the count', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
      await set(el, { paused: true });
      expect([el.hasAttribute('paused'), statusText(el), hintText(el)]).to.deep.equal([
        true,
        'Paused',
        'Paused',
      ]);
      await set(el, { paused: false });
      expect([el.hasAttribute('paused'), statusText(el), hintText(el)]).to.deep.equal([
        false,
        '',
        'Tap to count',
      ]);
    });

    it('ignores taps, keys and buttons while paused, and counts again after the resume', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
      await tap(el);
      await set(el, { paused: true });
      await tap(el, 3);
      el.increment();
      await el.updateComplete;
      expect([countText(el), controlButton(el, 'Undo')!.disabled]).to.deep.equal(['1', true]);
      await set(el, { paused: false });
      await tap(el);
      expect(countText(el)).to.equal('2');
    });

    it('freezes a running hold with the time it had left and finishes it after the resume', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5" hold="3"></rep-counter>`);
      clock = fakeClock();
      await tap(el);
      clock.tick(500);
      await set(el, { paused: true });
      expect(clockOf(el).live, 'no timer while paused').to.equal(false);
      clock.tick(4000);
      await el.updateComplete;
      expect([el.phase, countText(el), hintText(el)]).to.deep.equal(['holding', '0', 'Paused 3 sec']);
      await set(el, { paused: false });
      clock.tick(2400);
      await el.updateComplete;
      expect([el.phase, countText(el)]).to.deep.equal(['holding', '0']);
      clock.tick(100);
      await el.updateComplete;
      expect([el.phase, countText(el)]).to.deep.equal(['counting', '1']);
    });

    it('freezes the hold ring while paused', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5" hold="4"></rep-counter>`);
      clock = fakeClock();
      await tap(el);
      await set(el, { paused: true });
      const ring = part(el, 'ring');
      expect(ring.style.getPropertyValue('--_ring-state')).to.equal('paused');
    });

    it('freezes the rest countdown and goes on with what was left', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="1" sets="2" rest="30"></rep-counter>`);
      clock = fakeClock();
      await tap(el);
      clock.tick(10_000);
      await set(el, { paused: true });
      clock.tick(60_000);
      await el.updateComplete;
      expect(el.phase).to.equal('rest');
      expect(part(el, 'rest').textContent).to.contain('20');
      await set(el, { paused: false });
      clock.tick(19_999);
      await el.updateComplete;
      expect(el.phase).to.equal('rest');
      clock.tick(1);
      await el.updateComplete;
      expect([el.phase, statusText(el)]).to.deep.equal(['counting', 'Set 2 of 2']);
    });

    it('leaves the pause out of the time the exercise took', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="2"></rep-counter>`);
      clock = fakeClock();
      const done = sinon.spy();
      el.addEventListener('ex-complete', done);
      await tap(el);
      clock.tick(1000);
      await set(el, { paused: true });
      clock.tick(60_000);
      await set(el, { paused: false });
      clock.tick(1000);
      await tap(el);
      expect((done.firstCall.args[0] as CustomEvent).detail.durationMs).to.equal(2000);
    });

    it('can start paused, as a player restoring a paused session does', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5" hold="2" paused></rep-counter>`);
      await tap(el);
      expect([el.phase, hintText(el)]).to.deep.equal(['counting', 'Paused']);
    });
  });

  describe('muted', () => {
    let vibrate: sinon.SinonStub;
    let speak: sinon.SinonStub;
    beforeEach(() => {
      localStorage.removeItem(MUTE_STORAGE_KEY);
      FakeAudioContext.instances = [];
      sinon.stub(window, 'AudioContext').value(FakeAudioContext);
      speak = sinon.stub(window.speechSynthesis, 'speak');
      sinon.stub(window.speechSynthesis, 'cancel');
      vibrate = sinon.stub(navigator, 'vibrate').returns(true);
      sinon.stub(navigator, 'userActivation').value({ hasBeenActive: true, isActive: true });
      sinon.stub(window, 'matchMedia').returns({ matches: false } as MediaQueryList);
    });

    it('silences ticks, tones and voice when a host sets the muted attribute, but still vibrates', async () => {
      const el = await fixture<RepCounter>(
        html`<rep-counter target="2" side="each" voice="counts" muted></rep-counter>`,
      );
      await tap(el, 3);
      expect([FakeAudioContext.instances.length, speak.called, vibrate.callCount]).to.deep.equal([
        0,
        false,
        3,
      ]);
    });

    it('plays again once a host sets muted back to false, without changing the remembered choice', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5" voice="counts" muted></rep-counter>`);
      await tap(el);
      await set(el, { muted: false });
      await tap(el);
      expect([FakeAudioContext.instances[0]?.notes.length, speak.callCount]).to.deep.equal([1, 1]);
      expect(localStorage.getItem(MUTE_STORAGE_KEY)).to.equal(null);
    });

    it('hides its Mute button with no-mute-button, for a host with its own sound control', async () => {
      const el = await fixture<RepCounter>(html`<rep-counter target="5" no-mute-button></rep-counter>`);
      expect([controlButton(el, 'Mute'), controlButton(el, 'Undo') !== null]).to.deep.equal([null, true]);
    });
  });
});
