import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { MUTE_STORAGE_KEY, readMuted } from '../../src/internal/feedback-controller.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
import '../../src/rep-counter/rep-counter.js';
import { FakeAudioContext } from '../support/fake-audio-context.js';
import { controlButton, countText, tap } from './helpers.js';

describe('<rep-counter> feedback', () => {
  let speak: sinon.SinonStub;
  let vibrate: sinon.SinonStub;

  beforeEach(() => {
    FakeAudioContext.instances = [];
    localStorage.removeItem(MUTE_STORAGE_KEY);
    sinon.stub(window, 'AudioContext').value(FakeAudioContext);
    speak = sinon.stub(window.speechSynthesis, 'speak');
    sinon.stub(window.speechSynthesis, 'cancel');
    vibrate = sinon.stub(navigator, 'vibrate').returns(true);
    // The reader has touched the page (browsers refuse vibration before that).
    sinon.stub(navigator, 'userActivation').value({ hasBeenActive: true, isActive: true });
  });
  afterEach(() => {
    sinon.restore();
    localStorage.removeItem(MUTE_STORAGE_KEY);
  });

  it('synthesizes a tick and vibrates on each rep after the first tap creates the audio context', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
    expect(FakeAudioContext.instances.length).to.equal(0);
    await tap(el, 2);
    expect(FakeAudioContext.instances.length).to.equal(1);
    expect(FakeAudioContext.instances[0].notes.length).to.equal(2);
    expect(vibrate.callCount).to.equal(2);
    expect(vibrate.firstCall.args[0]).to.deep.equal([30]);
  });

  it('plays a distinct, longer cue and vibration when the side changes', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="1" side="each"></rep-counter>`);
    await tap(el);
    expect(FakeAudioContext.instances[0].notes.length).to.equal(2);
    expect(vibrate.lastCall.args[0]).to.deep.equal([80, 60, 80]);
  });

  it('speaks counts only when voice="counts" asks for it', async () => {
    const quiet = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
    await tap(quiet);
    expect(speak.called).to.equal(false);
    const el = await fixture<RepCounter>(html`<rep-counter target="5" voice="counts"></rep-counter>`);
    await tap(el, 2);
    expect(speak.callCount).to.equal(2);
    expect((speak.lastCall.args[0] as SpeechSynthesisUtterance).text).to.equal('2');
  });

  it('speaks side and set changes but not counts with voice="changes"', async () => {
    const el = await fixture<RepCounter>(
      html`<rep-counter target="2" side="each" voice="changes"></rep-counter>`,
    );
    await tap(el, 2);
    expect(speak.callCount).to.equal(1);
    expect((speak.lastCall.args[0] as SpeechSynthesisUtterance).text).to.contain('Switch to the right side.');
  });

  it('stays silent when muted, still vibrates, and remembers the choice', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="5" voice="counts"></rep-counter>`);
    const mute = controlButton(el, 'Mute')!;
    mute.click();
    await el.updateComplete;
    expect([
      mute.getAttribute('aria-pressed'),
      el.muted,
      el.hasAttribute('muted'),
      localStorage.getItem(MUTE_STORAGE_KEY),
    ]).to.deep.equal(['true', true, true, '1']);
    await tap(el, 3);
    // Vibration is felt, not heard: a separate choice that Mute leaves alone.
    expect([FakeAudioContext.instances.length, vibrate.callCount, speak.called]).to.deep.equal([0, 3, false]);
    const later = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
    expect([later.muted, controlButton(later, 'Mute')!.getAttribute('aria-pressed')]).to.deep.equal([
      true,
      'true',
    ]);
  });

  it('does not vibrate when the user prefers reduced motion', async () => {
    sinon.stub(window, 'matchMedia').returns({ matches: true } as MediaQueryList);
    const el = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
    await tap(el);
    expect([vibrate.called, FakeAudioContext.instances[0].notes.length]).to.deep.equal([false, 1]);
  });

  it('does not vibrate when code counts before the reader has touched the page', async () => {
    sinon.stub(navigator, 'userActivation').value({ hasBeenActive: false, isActive: false });
    const el = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
    el.increment();
    await el.updateComplete;
    expect([countText(el), vibrate.called]).to.deep.equal(['1', false]);
  });

  it('closes the audio context when removed', async () => {
    const el = await fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
    await tap(el);
    el.remove();
    expect(FakeAudioContext.instances[0].closed).to.equal(true);
  });

  it('keeps counting when Web Audio, vibration and speech are missing', async () => {
    sinon.restore();
    sinon.stub(window, 'AudioContext').value(undefined);
    sinon.stub(navigator, 'vibrate').value(undefined);
    sinon.stub(window, 'speechSynthesis').get(() => undefined);
    const el = await fixture<RepCounter>(html`<rep-counter target="5" voice="counts"></rep-counter>`);
    await tap(el, 3);
    expect(countText(el)).to.equal('3');
  });

  it('keeps counting when Web Audio, vibration, speech and storage throw', async () => {
    sinon.restore();
    sinon.stub(window, 'AudioContext').value(function Broken() {
      throw new Error('no audio');
    });
    sinon.stub(navigator, 'vibrate').throws(new Error('no'));
    sinon.stub(window.speechSynthesis, 'speak').throws(new Error('no'));
    sinon.stub(Storage.prototype, 'getItem').throws(new Error('denied'));
    sinon.stub(Storage.prototype, 'setItem').throws(new Error('denied'));
    const el = await fixture<RepCounter>(html`<rep-counter target="5" voice="counts"></rep-counter>`);
    await tap(el, 3);
    expect(countText(el)).to.equal('3');
    const before = readMuted();
    controlButton(el, 'Mute')!.click();
    await el.updateComplete;
    expect(readMuted()).to.equal(!before);
    controlButton(el, 'Mute')!.click();
    await el.updateComplete;
    expect(readMuted()).to.equal(before);
  });
});
