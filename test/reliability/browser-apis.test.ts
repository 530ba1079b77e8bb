/**
 * Browser APIs missing or throwing, one at a time: the feature that needs the API degrades, and every
 * other channel and the counting itself carry on.
 */
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import sinon from 'sinon';
import { MUTE_STORAGE_KEY } from '../../src/internal/feedback-controller.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
import '../../src/rep-counter/rep-counter.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import { countText, tap } from '../rep-counter/helpers.js';
import {
  button,
  clearLibraryStorage,
  fakeClock,
  playerWith,
  press,
  stepId,
} from '../routine-player/helpers.js';
import { FakeAudioContext } from '../support/fake-audio-context.js';

function watchErrors() {
  const errors: string[] = [];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  const onRejection = (e: PromiseRejectionEvent) => errors.push(String(e.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  sinon.stub(console, 'error').callsFake((...args) => errors.push(args.join(' ')));
  return {
    errors,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

describe('browser APIs missing or throwing', () => {
  let vibrate: sinon.SinonStub;
  let speak: sinon.SinonStub;
  let page: ReturnType<typeof watchErrors>;
  let pageLang: string | null;

  beforeEach(() => {
    localStorage.removeItem(MUTE_STORAGE_KEY);
    FakeAudioContext.instances = [];
    sinon.stub(window, 'AudioContext').value(FakeAudioContext);
    vibrate = sinon.stub(navigator, 'vibrate').returns(true);
    // Taps here are synthetic clicks: stand in for a reader who has touched the page, as browsers require.
    sinon.stub(navigator, 'userActivation').value({ hasBeenActive: true, isActive: true });
    speak = sinon.stub(window.speechSynthesis, 'speak');
    sinon.stub(window.speechSynthesis, 'cancel');
    sinon.stub(window, 'matchMedia').returns({ matches: false } as MediaQueryList);
    page = watchErrors();
    // Speech picks a voice for the page language once the engine has listed its voices, and headless
    // Chromium lists none; without a language, these tests count spoken phrases whatever the engine has.
    pageLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });
  afterEach(async () => {
    if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang);
    await new Promise((resolve) => setTimeout(resolve, 0));
    page.stop();
    sinon.restore();
    expect(page.errors, 'no uncaught error or console error').to.deep.equal([]);
  });

  const counter = () => fixture<RepCounter>(html`<rep-counter target="3" voice="counts"></rep-counter>`);

  describe('<rep-counter>', () => {
    it('counts, vibrates and speaks without Web Audio', async () => {
      sinon.stub(window, 'AudioContext').value(undefined);
      const el = await counter();
      await tap(el, 2);
      expect(countText(el)).to.equal('2');
      expect(vibrate.callCount).to.equal(2);
      expect(speak.callCount).to.equal(2);
    });

    it('counts, vibrates and speaks when the AudioContext constructor or its nodes throw', async () => {
      sinon.stub(FakeAudioContext.prototype, 'createOscillator').throws(new Error('no oscillator'));
      const el = await counter();
      await tap(el);
      sinon.stub(window, 'AudioContext').value(function () {
        throw new DOMException('not allowed', 'NotAllowedError');
      });
      const other = await counter();
      await tap(other);
      expect(countText(el)).to.equal('1');
      expect(countText(other)).to.equal('1');
      expect(vibrate.callCount).to.equal(2);
      expect(speak.callCount).to.equal(2);
    });

    it('counts, plays and vibrates without speechSynthesis, and when speak throws', async () => {
      speak.throws(new Error('speech failed'));
      const el = await counter();
      await tap(el);
      sinon.stub(window, 'speechSynthesis').value(undefined);
      await tap(el);
      expect(countText(el)).to.equal('2');
      expect(FakeAudioContext.allNotes).to.have.length(2);
      expect(vibrate.callCount).to.equal(2);
    });

    it('counts, plays and speaks without navigator.vibrate, and when it throws', async () => {
      vibrate.throws(new Error('vibration refused'));
      const el = await counter();
      await tap(el);
      vibrate.restore();
      sinon.stub(navigator, 'vibrate').value(undefined);
      await tap(el);
      expect(countText(el)).to.equal('2');
      expect(FakeAudioContext.allNotes).to.have.length(2);
      expect(speak.callCount).to.equal(2);
    });

    for (const [label, fake] of [
      ['missing', undefined],
      [
        'throwing',
        function () {
          throw new DOMException('not supported', 'NotSupportedError');
        },
      ],
    ] as const) {
      it(`counts and reports its value with attachInternals ${label}, without form participation`, async () => {
        sinon.stub(HTMLElement.prototype, 'attachInternals').value(fake);
        const form = fixtureSync<HTMLFormElement>(
          html`<form><rep-counter name="reps" target="3" required></rep-counter></form>`,
        );
        const el = form.querySelector('rep-counter')!;
        await el.updateComplete;
        await tap(el, 2);
        expect(countText(el)).to.equal('2');
        expect(el.value).to.equal('reps=2;sets=0');
        expect(el.form).to.equal(null);
        expect(el.checkValidity()).to.equal(true);
        expect([...new FormData(form).keys()]).to.deep.equal([]);
      });
    }

    it('counts when ElementInternals is partial (setFormValue throws)', async () => {
      sinon.stub(ElementInternals.prototype, 'setFormValue').throws(new Error('partial'));
      const el = await counter();
      await tap(el, 2);
      expect(countText(el)).to.equal('2');
    });
  });

  describe('<routine-player>', () => {
    beforeEach(() => clearLibraryStorage());
    afterEach(() => clearLibraryStorage());

    async function runningPlayer(): Promise<{ el: RoutinePlayer; clock: sinon.SinonFakeTimers }> {
      const el = await playerWith();
      const clock = fakeClock();
      await press(el, 'Start');
      await clock.tickAsync(0);
      await el.updateComplete;
      return { el, clock };
    }

    const noteCount = (el: RoutinePlayer) =>
      [...el.shadowRoot!.querySelectorAll('.note')].filter((n) => /screen on/.test(n.textContent ?? ''))
        .length;

    for (const [label, wakeLock] of [
      ['missing', undefined],
      ['refusing', { request: () => Promise.reject(new DOMException('refused', 'NotAllowedError')) }],
      [
        'throwing',
        {
          request: () => {
            throw new TypeError('broken');
          },
        },
      ],
    ] as const) {
      it(`runs the routine with Wake Lock ${label}, and says once that the screen may sleep`, async () => {
        sinon.stub(navigator, 'wakeLock').value(wakeLock);
        // Test pages may run in a background tab; the player (rightly) asks for no wake lock while hidden.
        sinon.stub(document, 'visibilityState').value('visible');
        const { el, clock } = await runningPlayer();
        try {
          expect(stepId(el)).to.equal('s0-intro');
          await clock.tickAsync(10_000);
          await el.updateComplete;
          expect(stepId(el)).to.equal('s0-i0-set1-work');
          await press(el, 'Pause');
          await press(el, 'Resume');
          await clock.tickAsync(0);
          await el.updateComplete;
          expect(noteCount(el)).to.equal(1);
        } finally {
          clock.restore();
        }
      });
    }

    for (const [label, stub] of [
      ['missing', () => sinon.stub(document, 'fullscreenEnabled').value(false)],
      [
        'rejecting',
        () =>
          sinon
            .stub(HTMLElement.prototype, 'requestFullscreen')
            .rejects(new TypeError('Permissions check failed')),
      ],
      [
        'throwing',
        () => sinon.stub(HTMLElement.prototype, 'requestFullscreen').throws(new TypeError('broken')),
      ],
    ] as const) {
      it(`enters and leaves focus mode with Fullscreen ${label}, and the routine keeps running`, async () => {
        stub();
        const { el, clock } = await runningPlayer();
        try {
          await press(el, 'Focus mode');
          await clock.tickAsync(0);
          expect(el.hasAttribute('focus-mode')).to.equal(true);
          await clock.tickAsync(10_000);
          await el.updateComplete;
          expect(stepId(el)).to.equal('s0-i0-set1-work');
          await press(el, 'Focus mode');
          expect(el.hasAttribute('focus-mode')).to.equal(false);
          expect(button(el, 'Pause')).to.not.equal(null);
        } finally {
          clock.restore();
        }
      });
    }
  });
});
