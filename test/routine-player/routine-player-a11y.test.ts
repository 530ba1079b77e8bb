import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import type { ExCheckinDetail, ExErrorDetail } from '../../src/internal/events.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import {
  announced,
  clearLibraryStorage,
  part,
  playerWith,
  press,
  recordEvents,
  seedPlayer,
  shadow,
  stateAt,
  stepId,
  TIMED_ROUTINE,
} from './helpers.js';

/** Each phase, reached by setting `state` (or by the user's own path where state cannot show it). */
const PHASES: Array<[string, string, { paused?: boolean }?]> = [
  ['get ready', 's0-i0-get-ready'],
  ['timed work', 's0-i0-set1-work'],
  ['rest between sets', 's0-i0-set1-rest'],
  ['rest between exercises', 's0-i0-rest'],
  ['switch sides', 's0-i1-set1-switch'],
  ['reps with a hold', 's0-i2-set1-work'],
  ['paused', 's0-i0-set1-work', { paused: true }],
];

describe('<routine-player> accessibility', () => {
  beforeEach(() => clearLibraryStorage());
  afterEach(() => {
    sinon.restore();
    clearLibraryStorage();
  });

  it('passes axe in the overview', async () => {
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    await expect(el).to.be.accessible();
  });

  for (const [name, id, options] of PHASES) {
    it(`passes axe while running: ${name}`, async () => {
      const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
      el.state = stateAt(TIMED_ROUTINE, id, options);
      await el.updateComplete;
      expect(stepId(el)).to.equal(id);
      await expect(el).to.be.accessible();
    });
  }

  it('passes axe while running plain reps of a seed routine, with the Done button and with <rep-counter>', async () => {
    const el = await seedPlayer('ql-butt-walk', { noPersist: true });
    await press(el, 'Start');
    while (stepId(el) !== 's1-i0-set1-work') await press(el, 'Next');
    await expect(el).to.be.accessible();
    el.repMode = 'count';
    await el.updateComplete;
    const counter = shadow(el).querySelector('rep-counter')!;
    await (counter as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    await expect(el).to.be.accessible();
  });

  it('passes axe with the "This hurts" dialog open', async () => {
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    el.state = stateAt(TIMED_ROUTINE, 's0-i0-set1-work');
    await el.updateComplete;
    await press(el, 'This hurts');
    expect(shadow(el).querySelector('dialog')!.open).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('passes axe in the summary with the check-in, and after the check-in was saved', async () => {
    const el = await playerWith(TIMED_ROUTINE);
    el.state = stateAt(TIMED_ROUTINE, 's0-i2-set1-work');
    await el.updateComplete;
    await press(el, 'Done');
    expect(part(el, 'checkin')).to.not.equal(null);
    await expect(el).to.be.accessible();
    (part(el, 'checkin') as HTMLFormElement).requestSubmit();
    await el.updateComplete;
    expect(part(el, 'checkin')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('passes axe with the resume prompt', async () => {
    const first = await playerWith(TIMED_ROUTINE);
    await press(first, 'Start');
    first.remove();
    const el = await playerWith(TIMED_ROUTINE);
    expect(part(el, 'resume')).to.not.equal(null);
    await expect(el).to.be.accessible();
  });

  it('shows a readable error with role="alert", fires ex-error, and passes axe', async () => {
    const errors: ExErrorDetail[] = [];
    const el = await fixture<RoutinePlayer>(
      html`<routine-player
        .routine=${{ id: 'broken', title: 'Broken' }}
        @ex-error=${(e: CustomEvent<ExErrorDetail>) => errors.push(e.detail)}
      ></routine-player>`,
    );
    await el.updateComplete;
    expect(el.getAttribute('phase')).to.equal('error');
    expect(shadow(el).querySelector('[role="alert"]')!.textContent).to.contain(
      'This routine could not be shown.',
    );
    expect(errors).to.have.length(1);
    expect(errors[0]!.kind).to.equal('invalid');
    await expect(el).to.be.accessible();
  });

  it('announces phase changes politely and leaves the ticking timer out of the live region', async () => {
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    await press(el, 'Start');
    const live = shadow(el).querySelector('[role="status"]')!;
    expect(live.getAttribute('aria-live')).to.equal('polite');
    expect(announced(el)).to.equal('Main');
    await press(el, 'Next');
    expect(announced(el)).to.equal('Get ready: Plank');
    const timer = shadow(el).querySelector('[role="timer"]')!;
    expect(live.contains(timer)).to.equal(false);
    expect(timer.closest('[aria-live]:not([aria-live="off"])')).to.equal(null);
  });

  it('completes a whole seed routine with the keyboard alone', async () => {
    const el = await seedPlayer('hip-routine-radiating-pain', { noPersist: true });
    const log = recordEvents(el);
    const active = () => shadow(el).activeElement as HTMLElement | null;
    /** Presses Tab until the focused element in the player matches, as a keyboard user would. */
    async function tabTo(match: (e: HTMLElement) => boolean, what: string): Promise<void> {
      for (let i = 0; i < 60; i++) {
        const a = active();
        if (a && match(a)) return;
        await sendKeys({ press: 'Tab' });
      }
      throw new Error(`could not Tab to ${what}`);
    }
    (document.activeElement as HTMLElement | null)?.blur();
    await tabTo((e) => e.getAttribute('part') === 'start', 'Start');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    for (let guard = 0; guard < 100 && el.state.status === 'running'; guard++) {
      if (part(el, 'done')) {
        await tabTo((e) => e.getAttribute('part') === 'done', 'Done');
        await sendKeys({ press: 'Enter' });
      } else {
        // Waiting out a countdown works too; → skips the wait.
        await sendKeys({ press: 'ArrowRight' });
      }
      await el.updateComplete;
    }
    expect(el.state.status).to.equal('complete');
    expect(log.names.filter((n) => n === 'ex-routine-complete')).to.have.length(1);
    expect(el.summary.skipped).to.have.length(0);
    // Focus moved to the summary heading; the check-in is reachable and answerable by keys.
    await waitUntil(() => active()?.classList.contains('summary-title'));
    await tabTo((e) => e.getAttribute('name') === 'pain', 'the pain scale');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await tabTo((e) => e.getAttribute('type') === 'submit', 'Save check-in');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const [checkin] = log.of<ExCheckinDetail>('ex-checkin');
    expect(checkin!.pain).to.equal(2);
  });
});
