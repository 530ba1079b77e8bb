import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import {
  clearLibraryStorage,
  fakeClock,
  playerWith,
  press,
  setVisibility,
  shadow,
  stateAt,
  stepId,
  TIMED_ROUTINE,
} from './helpers.js';
import { FakeAudioContext } from '../support/fake-audio-context.js';

const spoken = (speak: sinon.SinonStub): string[] =>
  speak.getCalls().map((call) => (call.args[0] as SpeechSynthesisUtterance).text);

describe('<routine-player> cues', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  let speak: sinon.SinonStub;
  let vibrate: sinon.SinonStub;

  beforeEach(() => {
    clearLibraryStorage();
    FakeAudioContext.instances = [];
    sinon.stub(window, 'AudioContext').value(FakeAudioContext);
    speak = sinon.stub(window.speechSynthesis, 'speak');
    sinon.stub(window.speechSynthesis, 'cancel');
    vibrate = sinon.stub(navigator, 'vibrate').returns(true);
    // The reader has touched the page (browsers refuse vibration before that).
    sinon.stub(navigator, 'userActivation').value({ hasBeenActive: true, isActive: true });
  });
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    clearLibraryStorage();
  });

  async function startTimed(attrs = html``): Promise<RoutinePlayer> {
    void attrs;
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    clock = fakeClock();
    await press(el, 'Start');
    return el;
  }

  it('beeps 3-2-1 loudly before a countdown ends, then a distinct start tone for work', async () => {
    const el = await startTimed();
    const audio = FakeAudioContext.instances[0]!;
    expect(audio, 'audio context created by the Start press').to.be.instanceOf(FakeAudioContext);
    await clock!.tickAsync(5_000); // the intro (no countdown beeps), into get ready
    expect(audio.notes).to.have.length(0);
    await clock!.tickAsync(5_000); // get ready ends: 3, 2, 1, then work starts
    expect(stepId(el)).to.equal('s0-i0-set1-work');
    const counts = audio.notes.filter((n) => n.frequency === 880);
    expect(counts).to.have.length(3);
    for (const note of counts) {
      expect(note.type).to.equal('square');
      expect(note.peak).to.be.at.least(0.8);
    }
    const start = audio.notes.at(-1)!;
    expect(start.type).to.equal('triangle');
    expect(start.frequency).to.equal(1320);
    expect(start.peak).to.equal(1);
  });

  it('plays the falling end tone when timed work gives way to a rest', async () => {
    const el = await startTimed();
    await clock!.tickAsync(30_000);
    expect(stepId(el)).to.equal('s0-i0-set1-rest');
    const audio = FakeAudioContext.instances[0]!;
    const end = audio.notes.slice(-2).map((n) => n.frequency);
    expect(end).to.deep.equal([988, 659]);
  });

  it('speaks the exercise name with its target, "switch sides", "rest" and "last set" in the element language', async () => {
    const el = await startTimed();
    await clock!.tickAsync(10_000 + 20_000 + 10_000); // to the second (last) plank set
    expect(stepId(el)).to.equal('s0-i0-set2-work');
    await clock!.tickAsync(20_000 + 15_000 + 5_000 + 10_000); // to the side switch
    expect(stepId(el)).to.equal('s0-i1-set1-switch');
    const said = spoken(speak);
    expect(said).to.include('Get ready: Plank');
    expect(said).to.include('Plank. 20 seconds. Set 1 of 2');
    expect(said).to.include('Rest');
    expect(said).to.include('Plank. 20 seconds. Last set');
    expect(said).to.include('Side hold. 10 seconds. Left side');
    expect(said).to.include('Switch sides');
    expect(said.some((s) => s === '3')).to.equal(false);
    expect((speak.lastCall.args[0] as SpeechSynthesisUtterance).lang).to.equal(
      document.documentElement.lang || navigator.language,
    );
  });

  it('says the count with voice-counts', async () => {
    const el = await fixture<RoutinePlayer>(
      html`<routine-player no-persist voice-counts .routine=${TIMED_ROUTINE}></routine-player>`,
    );
    clock = fakeClock();
    await press(el, 'Start');
    await clock.tickAsync(10_000);
    expect(spoken(speak)).to.include.members(['3', '2', '1']);
  });

  it('vibrates at transitions with distinct rhythms', async () => {
    await startTimed();
    await clock!.tickAsync(10_000);
    const patterns = vibrate.getCalls().map((c) => JSON.stringify(c.args[0]));
    expect(patterns).to.include('[40]');
    expect(patterns.at(-1)).to.equal('[250]');
  });

  it('turns each cue off on its own: beeps="off", voice="off", vibrate="off"', async () => {
    const el = await fixture<RoutinePlayer>(
      html`<routine-player
        no-persist
        beeps="off"
        voice="off"
        vibrate="off"
        .routine=${TIMED_ROUTINE}
      ></routine-player>`,
    );
    clock = fakeClock();
    await press(el, 'Start');
    await clock.tickAsync(15_000);
    expect(FakeAudioContext.allNotes).to.have.length(0);
    expect(speak.called).to.equal(false);
    expect(vibrate.called).to.equal(false);
  });

  it('plays the finish run and speaks when the routine completes', async () => {
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    await press(el, 'Start');
    el.state = stateAt(TIMED_ROUTINE, 's0-i2-set1-work');
    await el.updateComplete;
    await press(el, 'Done');
    expect(FakeAudioContext.instances[0]!.notes.map((n) => n.frequency)).to.include(1046.5);
    expect(spoken(speak)).to.include('Routine complete. Well done.');
  });

  it('closes the audio context when removed', async () => {
    const el = await startTimed();
    el.remove();
    expect(FakeAudioContext.instances[0]!.closed).to.equal(true);
  });

  it('flashes at transitions when asked, and uses a calm colour instead under reduced motion', async () => {
    const el = await fixture<RoutinePlayer>(
      html`<routine-player no-persist flash .routine=${TIMED_ROUTINE}></routine-player>`,
    );
    await press(el, 'Start');
    const flash = shadow(el).querySelector<HTMLElement>('.flash')!;
    expect(flash).to.not.equal(null);
    expect(getComputedStyle(flash).animationName).to.equal('flash');
    await press(el, 'Next');
    expect(shadow(el).querySelector('.flash')).to.not.equal(flash);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      el.state = stateAt(TIMED_ROUTINE, 's0-i0-set1-rest');
      await el.updateComplete;
      expect(getComputedStyle(shadow(el).querySelector('.flash')!).display).to.equal('none');
      const running = shadow(el).querySelector<HTMLElement>('.running')!;
      expect(getComputedStyle(running).backgroundColor).to.not.equal('rgba(0, 0, 0, 0)');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });
});

describe('<routine-player> wake lock', () => {
  let request: sinon.SinonStub;
  let release: sinon.SinonStub;
  let original: PropertyDescriptor | undefined;

  function installWakeLock(api: unknown): void {
    original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'wakeLock');
    Object.defineProperty(navigator, 'wakeLock', { value: api, configurable: true });
  }

  beforeEach(() => {
    clearLibraryStorage();
    release = sinon.stub().resolves();
    request = sinon.stub().callsFake(async () => ({ release, addEventListener() {} }));
    sinon.stub(document, 'visibilityState').get(() => 'visible');
  });
  afterEach(() => {
    sinon.restore();
    delete (navigator as unknown as Record<string, unknown>).wakeLock;
    if (original) Object.defineProperty(Navigator.prototype, 'wakeLock', original);
  });

  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  it('holds the screen awake while running and releases it on pause, finish and removal', async () => {
    installWakeLock({ request });
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    await press(el, 'Start');
    await settle();
    expect(request.calledOnceWith('screen')).to.equal(true);
    await press(el, 'Pause');
    expect(release.callCount).to.equal(1);
    await press(el, 'Resume');
    await settle();
    expect(request.callCount).to.equal(2);
    el.state = stateAt(TIMED_ROUTINE, 's0-i2-set1-work');
    await el.updateComplete;
    await press(el, 'Done');
    expect(release.callCount).to.equal(2);
    await press(el, 'Start again');
    await settle();
    el.remove();
    expect(release.callCount).to.equal(3);
  });

  it('takes the lock again when the page becomes visible', async () => {
    installWakeLock({ request });
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    await press(el, 'Start');
    await settle();
    sinon.restore();
    setVisibility('hidden');
    expect(release.callCount).to.equal(1);
    setVisibility('visible');
    await settle();
    expect(request.callCount).to.equal(2);
    el.remove();
  });

  it('works without a wake lock and says so once', async () => {
    installWakeLock(undefined);
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    await press(el, 'Start');
    await settle();
    await el.updateComplete;
    const notes = () => [...shadow(el).querySelectorAll('.note')].map((n) => n.textContent);
    expect(notes()).to.have.length(1);
    expect(notes()[0]).to.contain('cannot keep the screen on');
    await press(el, 'Pause');
    await press(el, 'Resume');
    expect(notes()).to.have.length(1);
    expect(el.state.status).to.equal('running');
  });
});
