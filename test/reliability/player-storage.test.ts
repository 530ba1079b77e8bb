/**
 * Issue 10, storage faults for the routine player: when `localStorage` is blocked (throws on access) or
 * refuses a write (a full quota), the player runs the whole session without persistence and says so
 * once — a visible note, announced politely one time, never repeated at each step.
 */
import { expect } from '@open-wc/testing';
import sinon from 'sinon';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import {
  clearLibraryStorage,
  fakeClock,
  playerWith,
  press,
  runToEnd,
  stepId,
  TIMED_ROUTINE,
} from '../routine-player/helpers.js';

const NOTE = /Progress can’t be saved on this device, so a reload will start over\./;

const notes = (el: RoutinePlayer): string[] =>
  [...el.shadowRoot!.querySelectorAll('.storage-note')].map((n) => n.textContent!.trim());

/** Every text the live region took, in order (Lit writes each announcement into one text node). */
function recordAnnouncements(el: RoutinePlayer): { texts: string[]; stop: () => void } {
  const region = el.shadowRoot!.querySelector('[role="status"]')!;
  const texts: string[] = [];
  const observer = new MutationObserver(() => texts.push(region.textContent!.replace(/\u00a0/g, '').trim()));
  observer.observe(region, { childList: true, subtree: true, characterData: true });
  return { texts, stop: () => observer.disconnect() };
}

/** Makes `localStorage` throw on access, as in a sandboxed iframe or with storage blocked. */
function blockStorage(): () => void {
  const own = Object.getOwnPropertyDescriptor(window, 'localStorage');
  Object.defineProperty(window, 'localStorage', {
    configurable: true,
    get() {
      throw new DOMException('Access is denied for this document.', 'SecurityError');
    },
  });
  return () => {
    if (own) Object.defineProperty(window, 'localStorage', own);
    else delete (window as { localStorage?: Storage }).localStorage;
  };
}

describe('storage faults: the player says once that progress cannot be saved', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  let restoreStorage: (() => void) | undefined;
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
    restoreStorage?.();
    restoreStorage = undefined;
    sinon.restore();
    window.removeEventListener('error', onError);
    clearLibraryStorage();
    expect(errors).to.deep.equal([]);
  });

  /** Starts the timed routine, crosses several steps (pause and resume included), then runs it out. */
  async function runSession(el: RoutinePlayer): Promise<{ seen: number[]; announced: string[] }> {
    const log = recordAnnouncements(el);
    clock = fakeClock();
    const seen: number[] = [];
    await press(el, 'Start');
    seen.push(notes(el).length);
    await clock.tickAsync(12_000);
    await el.updateComplete;
    expect(stepId(el)).to.equal('s0-i0-set1-work');
    seen.push(notes(el).length);
    await press(el, 'Pause');
    await press(el, 'Resume');
    await press(el, 'Next');
    seen.push(notes(el).length);
    await runToEnd(el, clock);
    log.stop();
    expect(el.state.status).to.equal('complete');
    return { seen, announced: log.texts };
  }

  for (const [label, fault] of [
    ['blocked (localStorage throws on access)', () => (restoreStorage = blockStorage())],
    [
      'full (setItem throws QuotaExceededError)',
      () => sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError')),
    ],
  ] as const) {
    it(`storage ${label}: runs the whole session, with one visible note, announced once`, async () => {
      const el = await playerWith(TIMED_ROUTINE);
      fault();
      const { seen, announced } = await runSession(el);
      // The note shows from the first step on, once, while the session runs.
      expect(seen).to.deep.equal([1, 1, 1]);
      const running = el.shadowRoot!.querySelector('.storage-note');
      expect(running, 'the summary needs no note').to.equal(null);
      const said = announced.filter((text) => NOTE.test(text));
      expect(said, announced.join('\n')).to.have.length(1);
      // Announced together with the first step, which is still said too.
      expect(said[0]).to.match(/^Main\. Progress can’t be saved/);
      expect(announced.length).to.be.greaterThan(3, 'later steps are announced without the note');
    });
  }

  it('shows the note in the player’s language, in a polite live announcement, not an alert', async () => {
    const el = await playerWith(TIMED_ROUTINE);
    restoreStorage = blockStorage();
    clock = fakeClock();
    await press(el, 'Start');
    const note = el.shadowRoot!.querySelector('.storage-note')!;
    expect(note.textContent!.trim()).to.match(NOTE);
    expect(note.closest('[role="alert"]')).to.equal(null);
    const region = el.shadowRoot!.querySelector('[role="status"]')!;
    expect(region.getAttribute('aria-live')).to.equal('polite');
    expect(region.textContent).to.match(NOTE);
    // Visible: not the visually hidden live region, and laid out.
    expect(note.getClientRects().length).to.be.greaterThan(0);
  });

  it('says nothing when storage works, and persists the session', async () => {
    const el = await playerWith(TIMED_ROUTINE);
    const { seen, announced } = await runSession(el);
    expect(seen).to.deep.equal([0, 0, 0]);
    expect(announced.filter((text) => NOTE.test(text))).to.deep.equal([]);
  });

  it('says nothing with no-persist, even when storage is blocked: the author chose no persistence', async () => {
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    restoreStorage = blockStorage();
    const { seen, announced } = await runSession(el);
    expect(seen).to.deep.equal([0, 0, 0]);
    expect(announced.filter((text) => NOTE.test(text))).to.deep.equal([]);
  });

  it('takes the note away when a later save succeeds (the quota freed up), and does not say it again', async () => {
    const el = await playerWith(TIMED_ROUTINE);
    const setItem = sinon
      .stub(Storage.prototype, 'setItem')
      .throws(new DOMException('full', 'QuotaExceededError'));
    const log = recordAnnouncements(el);
    clock = fakeClock();
    await press(el, 'Start');
    expect(notes(el)).to.have.length(1);
    setItem.restore();
    await press(el, 'Next');
    expect(notes(el)).to.deep.equal([]);
    expect(localStorage.getItem('exercise-elements:session:test-timed')).to.not.equal(null);
    log.stop();
    expect(log.texts.filter((text) => NOTE.test(text))).to.have.length(1);
  });
});
