import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import { timeLeftInStep } from '../../src/core/player-reducer.js';
import type { ExCheckinDetail, ExStepChangeDetail } from '../../src/internal/events.js';
import {
  addHistory,
  HISTORY_KEY_PREFIX,
  loadSession,
  readHistory,
  SESSION_KEY_PREFIX,
} from '../../src/internal/session-store.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import {
  button,
  clearLibraryStorage,
  fakeClock,
  part,
  playerWith,
  press,
  recordEvents,
  runToEnd,
  shadow,
  stateAt,
  stepId,
  TIMED_ROUTINE,
} from './helpers.js';

const SESSION_KEY = `${SESSION_KEY_PREFIX}test-timed`;
const HISTORY_KEY = `${HISTORY_KEY_PREFIX}test-timed`;

describe('<routine-player> persistence', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  beforeEach(() => clearLibraryStorage());
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    clearLibraryStorage();
  });

  /** Reload: the element goes away and a new one with the same routine takes its place. */
  async function reload(el: RoutinePlayer): Promise<RoutinePlayer> {
    el.remove();
    return playerWith(TIMED_ROUTINE);
  }

  it('offers "Resume where you left off" after a reload and lands on the same step with the time left', async () => {
    const el = await playerWith(TIMED_ROUTINE);
    clock = fakeClock();
    await press(el, 'Start');
    await clock.tickAsync(17_000); // 7 s into the first plank set
    expect(stepId(el)).to.equal('s0-i0-set1-work');
    const left = timeLeftInStep(el.state, Date.now());

    await clock.tickAsync(0);
    const again = await reload(el);
    await clock.tickAsync(60_000); // the page was closed for a minute
    const resume = part(again, 'resume');
    expect(resume, 'resume offer').to.not.equal(null);
    expect(part(again, 'overview')!.textContent).to.contain('Step 3 of 13');
    expect(part(again, 'start')!.textContent!.trim()).to.equal('Start over');

    const log = recordEvents(again);
    (resume as HTMLButtonElement).click();
    await again.updateComplete;
    expect(stepId(again)).to.equal('s0-i0-set1-work');
    expect(again.state.status).to.equal('running');
    expect(timeLeftInStep(again.state, Date.now())).to.equal(left);
    expect(log.names).to.deep.equal(['ex-routine-start', 'ex-step-change']);
    expect(log.of<ExStepChangeDetail>('ex-step-change')[0]!.index).to.equal(2);
  });

  it('starts over from the first step when the user declines the offer', async () => {
    const el = await playerWith(TIMED_ROUTINE);
    await press(el, 'Start');
    await press(el, 'Next');
    const again = await reload(el);
    await press(again, 'Start over');
    expect(stepId(again)).to.equal('s0-intro');
  });

  it('forgets the session once it is complete', async () => {
    const el = await playerWith(TIMED_ROUTINE);
    el.state = stateAt(TIMED_ROUTINE, 's0-i2-set1-work');
    await el.updateComplete;
    await press(el, 'Next');
    expect(el.state.status).to.equal('complete');
    expect(localStorage.getItem(SESSION_KEY)).to.equal(null);
    const again = await reload(el);
    expect(part(again, 'resume')).to.equal(null);
  });

  it('keeps nothing with no-persist', async () => {
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    await press(el, 'Start');
    await press(el, 'Next');
    expect(localStorage.getItem(SESSION_KEY)).to.equal(null);
    el.state = stateAt(TIMED_ROUTINE, 's0-i2-set1-work');
    await el.updateComplete;
    await press(el, 'Next');
    expect(localStorage.getItem(HISTORY_KEY)).to.equal(null);
    expect(shadow(el).querySelector('.history')).to.equal(null);
  });

  it('ignores corrupt and foreign saved sessions without an error', async () => {
    const errors = sinon.spy();
    window.addEventListener('error', errors);
    try {
      for (const stored of [
        '{not json',
        '"a string"',
        JSON.stringify({ v: 1, hash: 'another-version', savedAt: 1, state: {} }),
        JSON.stringify({ v: 99, hash: 'x', savedAt: 1, state: null }),
      ]) {
        localStorage.setItem(SESSION_KEY, stored);
        const el = await playerWith(TIMED_ROUTINE);
        expect(el.getAttribute('phase')).to.equal('overview');
        expect(part(el, 'resume')).to.equal(null);
        el.remove();
      }
      const broken = await playerWith(TIMED_ROUTINE);
      await press(broken, 'Start');
      const saved = JSON.parse(localStorage.getItem(SESSION_KEY)!);
      saved.state.index = 999; // an index past the end
      localStorage.setItem(SESSION_KEY, JSON.stringify(saved));
      expect(loadSession('test-timed', saved.hash, broken.state.timeline)).to.equal(undefined);
    } finally {
      window.removeEventListener('error', errors);
    }
    expect(errors.called).to.equal(false);
  });

  it('works without error when storage is blocked', async () => {
    sinon.stub(Storage.prototype, 'getItem').throws(new DOMException('blocked', 'SecurityError'));
    sinon.stub(Storage.prototype, 'setItem').throws(new DOMException('full', 'QuotaExceededError'));
    sinon.stub(Storage.prototype, 'removeItem').throws(new DOMException('blocked', 'SecurityError'));
    const el = await playerWith(TIMED_ROUTINE);
    clock = fakeClock();
    const log = recordEvents(el);
    await press(el, 'Start');
    await runToEnd(el, clock);
    expect(log.names.filter((n) => n === 'ex-routine-complete')).to.have.length(1);
    expect(part(el, 'summary')).to.not.equal(null);
  });

  it('keeps a private history and shows it against the frequency, with a button to clear it', async () => {
    clock = fakeClock(new Date(2025, 0, 8, 10).getTime()); // a Wednesday
    addHistory('test-timed', {
      completedAt: new Date(2025, 0, 6, 9).getTime(),
      durationMs: 1,
      done: 3,
      skipped: 0,
    });
    addHistory('test-timed', {
      completedAt: new Date(2025, 0, 3, 9).getTime(),
      durationMs: 1,
      done: 3,
      skipped: 0,
    });
    const el = await playerWith(TIMED_ROUTINE);
    el.state = stateAt(TIMED_ROUTINE, 's0-i2-set1-work');
    await el.updateComplete;
    await press(el, 'Done');
    expect(readHistory('test-timed')).to.have.length(3);
    const history = shadow(el).querySelector('.history')!;
    // Monday's and today's sessions count; last Friday's was another week.
    expect(history.textContent).to.contain('2 of 3 this week');
    await press(el, 'Clear history');
    expect(readHistory('test-timed'), 'nothing is wiped at one tap').to.have.length(3);
    await press(el, 'Yes, clear history');
    expect(localStorage.getItem(HISTORY_KEY)).to.equal(null);
    expect(button(el, 'Clear history')).to.equal(null);
  });

  it('fires ex-checkin with pain, feeling and note, and adds pain and feeling to the history', async () => {
    const el = await playerWith(TIMED_ROUTINE);
    el.state = stateAt(TIMED_ROUTINE, 's0-i2-set1-work');
    await el.updateComplete;
    await press(el, 'Done');
    const log = recordEvents(el);
    const form = part(el, 'checkin') as HTMLFormElement;
    const pain = form.querySelector<HTMLInputElement>('input[name="pain"]')!;
    pain.value = '3';
    pain.dispatchEvent(new Event('input', { bubbles: true }));
    await el.updateComplete;
    form.querySelector<HTMLInputElement>('input[name="feeling"][value="about-right"]')!.click();
    form.querySelector<HTMLTextAreaElement>('textarea')!.value = '  Left hip a bit stiff ';
    form.requestSubmit();
    await el.updateComplete;
    expect(log.of<ExCheckinDetail>('ex-checkin')).to.deep.equal([
      { pain: 3, feeling: 'about-right', note: 'Left hip a bit stiff', routineId: 'test-timed' },
    ]);
    expect(part(el, 'summary')!.textContent).to.contain('Thank you');
    const [entry] = readHistory('test-timed');
    expect(entry).to.include({ pain: 3, feeling: 'about-right' });
    expect(JSON.stringify(entry)).to.not.contain('stiff');
  });

  it('remembers cue choices, and an attribute wins over the remembered choice', async () => {
    const el = await fixture<RoutinePlayer>(
      html`<routine-player no-persist .routine=${TIMED_ROUTINE}></routine-player>`,
    );
    const beeps = shadow(el).querySelector<HTMLInputElement>('input[name="beeps"]')!;
    expect(beeps.checked).to.equal(true);
    beeps.click();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem('exercise-elements:player-cues')!)).to.deep.equal({
      beeps: false,
    });
    const next = await fixture<RoutinePlayer>(
      html`<routine-player no-persist .routine=${TIMED_ROUTINE}></routine-player>`,
    );
    expect(shadow(next).querySelector<HTMLInputElement>('input[name="beeps"]')!.checked).to.equal(false);
    const forced = await fixture<RoutinePlayer>(
      html`<routine-player no-persist beeps="on" .routine=${TIMED_ROUTINE}></routine-player>`,
    );
    expect(shadow(forced).querySelector<HTMLInputElement>('input[name="beeps"]')!.checked).to.equal(true);
  });
});
