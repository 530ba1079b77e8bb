/**
 * Storage is untrusted: what the counter finds under its mute key may be corrupt or from another
 * version, a write may hit a full quota, and `localStorage` itself may throw (blocked storage). The
 * mute choice then lasts for the page, and counting never notices.
 */
import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { MUTE_STORAGE_KEY } from '../../src/internal/feedback-controller.js';
import { SESSION_KEY_PREFIX } from '../../src/internal/session-store.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
import '../../src/rep-counter/rep-counter.js';
import { controlButton, countText, tap } from '../rep-counter/helpers.js';
import {
  clearLibraryStorage,
  fakeClock,
  part,
  playerWith,
  press,
  runToEnd,
  stepId,
  TIMED_ROUTINE,
} from '../routine-player/helpers.js';

const pressed = (el: RepCounter) => controlButton(el, 'Mute')!.getAttribute('aria-pressed');

async function counter(): Promise<RepCounter> {
  return fixture<RepCounter>(html`<rep-counter target="5"></rep-counter>`);
}

async function toggleMute(el: RepCounter): Promise<void> {
  controlButton(el, 'Mute')!.click();
  await el.updateComplete;
}

describe('storage faults (mute preference)', () => {
  let vibrate: sinon.SinonStub;
  beforeEach(() => {
    localStorage.removeItem(MUTE_STORAGE_KEY);
    vibrate = sinon.stub(navigator, 'vibrate').returns(true);
    // Taps here are synthetic clicks: stand in for a reader who has touched the page, as browsers require.
    sinon.stub(navigator, 'userActivation').value({ hasBeenActive: true, isActive: true });
    sinon.stub(window, 'matchMedia').returns({ matches: false } as MediaQueryList);
  });
  afterEach(() => {
    sinon.restore();
    localStorage.removeItem(MUTE_STORAGE_KEY);
  });

  for (const stored of ['{not json', '\u0000', 'null', '[1]', '{"muted":true}', 'true', 'yes', ' 1 ']) {
    it(`reads a stored ${JSON.stringify(stored)} as "not muted" and overwrites it on the next choice`, async () => {
      localStorage.setItem(MUTE_STORAGE_KEY, stored);
      const el = await counter();
      expect(pressed(el)).to.equal('false');
      await tap(el, 2);
      expect(countText(el)).to.equal('2');
      expect(vibrate.callCount, 'feedback plays').to.equal(2);
      await toggleMute(el);
      expect(pressed(el)).to.equal('true');
      expect(localStorage.getItem(MUTE_STORAGE_KEY)).to.equal('1');
    });
  }

  it('keeps the mute choice for the page when the quota is full, and stays silent', async () => {
    sinon
      .stub(Storage.prototype, 'setItem')
      .throws(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const el = await counter();
    await toggleMute(el);
    expect(pressed(el)).to.equal('true');
    await tap(el, 3);
    expect(countText(el)).to.equal('3');
    expect([el.muted, vibrate.callCount], 'muted; vibration is a separate choice').to.deep.equal([true, 3]);
    await toggleMute(el);
    expect(pressed(el)).to.equal('false');
  });

  it('counts, mutes and unmutes when localStorage throws on access (blocked storage)', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      const el = await counter();
      await tap(el);
      expect(countText(el)).to.equal('1');
      await toggleMute(el);
      expect(pressed(el)).to.equal('true');
      await tap(el);
      expect(countText(el)).to.equal('2');
      expect([el.muted, vibrate.callCount], 'muted; vibration is a separate choice').to.deep.equal([true, 2]);
      await toggleMute(el);
      expect(pressed(el)).to.equal('false');
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
    expect(() => localStorage.getItem('x')).to.not.throw();
  });

  it('counts when getItem itself throws', async () => {
    sinon.stub(Storage.prototype, 'getItem').throws(new Error('storage broken'));
    const el = await counter();
    await tap(el, 2);
    expect(countText(el)).to.equal('2');
    expect(pressed(el)).to.equal('false');
  });
});

describe('storage faults (player persistence)', () => {
  const SESSION_KEY = `${SESSION_KEY_PREFIX}test-timed`;
  let clock: sinon.SinonFakeTimers | undefined;
  let errors: string[];
  const onError = (e: ErrorEvent) => errors.push(e.message);
  beforeEach(() => {
    clearLibraryStorage();
    errors = [];
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    window.removeEventListener('error', onError);
    clearLibraryStorage();
    expect(errors).to.deep.equal([]);
  });

  /** A saved session as this version writes it, after a few seconds of the timed routine. */
  async function savedSession(): Promise<Record<string, unknown>> {
    const el = await playerWith(TIMED_ROUTINE);
    clock = fakeClock();
    await press(el, 'Start');
    await clock.tickAsync(12_000);
    await el.updateComplete;
    el.remove();
    clock.restore();
    clock = undefined;
    return JSON.parse(localStorage.getItem(SESSION_KEY)!) as Record<string, unknown>;
  }

  for (const [label, edit] of [
    ['an older format version', (saved: Record<string, unknown>) => ({ ...saved, v: 0 })],
    [
      'a state missing fields added later',
      (saved: Record<string, unknown>) => {
        const state = { ...(saved.state as Record<string, unknown>) };
        delete state.lastNow;
        delete state.skipped;
        delete state.session;
        return { ...saved, state };
      },
    ],
    [
      'a state with wrong types',
      (saved: Record<string, unknown>) => ({
        ...saved,
        state: {
          ...(saved.state as Record<string, unknown>),
          index: '2',
          elapsedBeforePause: -5000,
          extraMs: null,
        },
      }),
    ],
  ] as const) {
    it(`ignores a saved session in ${label}, or resumes it safely, and runs to the end`, async () => {
      localStorage.setItem(SESSION_KEY, JSON.stringify(edit(await savedSession())));
      const el = await playerWith(TIMED_ROUTINE);
      clock = fakeClock();
      if (part(el, 'resume')) await press(el, 'Resume where you left off');
      else await press(el, 'Start');
      expect(el.state.status).to.equal('running');
      expect(el.state.elapsedBeforePause).to.be.at.least(0);
      await runToEnd(el, clock);
      expect(el.state.status).to.equal('complete');
    });
  }

  it('runs a whole session when the quota is full, and keeps nothing', async () => {
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    const el = await playerWith(TIMED_ROUTINE);
    clock = fakeClock();
    await press(el, 'Start');
    await clock.tickAsync(12_000);
    await el.updateComplete;
    expect(stepId(el)).to.equal('s0-i0-set1-work');
    await runToEnd(el, clock);
    expect(el.state.status).to.equal('complete');
    expect(localStorage.getItem(SESSION_KEY)).to.equal(null);
  });

  it('runs a whole session when localStorage throws on access', async () => {
    const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get() {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
    });
    try {
      const el = await playerWith(TIMED_ROUTINE);
      clock = fakeClock();
      await press(el, 'Start');
      await runToEnd(el, clock);
      expect(el.state.status).to.equal('complete');
    } finally {
      if (own) Object.defineProperty(window, 'localStorage', own);
      else delete (window as { localStorage?: Storage }).localStorage;
    }
  });
});
