import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import sinon from 'sinon';
import { timeLeftInStep } from '../../src/core/player-reducer.js';
import type { ExStepChangeDetail, ExStopDetail } from '../../src/internal/events.js';
import { registeredPlayerCount } from '../../src/internal/player-coordinator.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import {
  announced,
  button,
  clearLibraryStorage,
  fakeClock,
  part,
  playerWith,
  press,
  recordEvents,
  setVisibility,
  shadow,
  stateAt,
  stepId,
  TIMED_ROUTINE,
  visibleText,
} from './helpers.js';

describe('<routine-player> timing and controls', () => {
  let clock: sinon.SinonFakeTimers | undefined;
  afterEach(() => {
    clock?.restore();
    clock = undefined;
    sinon.restore();
    clearLibraryStorage();
  });

  async function startTimed(): Promise<RoutinePlayer> {
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    clock = fakeClock();
    await press(el, 'Start');
    return el;
  }

  it('shows the overview with title, frequency, estimate, sections with dosage lines, safety and Start', async () => {
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    const overview = part(el, 'overview')!;
    const text = overview.textContent!.replace(/\s+/g, ' ');
    expect(el.getAttribute('phase')).to.equal('overview');
    expect(part(el, 'title')!.textContent!.trim()).to.equal('Timed test routine');
    expect(part(el, 'title')!.localName).to.equal('h2');
    expect(text).to.contain('About 2 minutes');
    expect(text).to.contain('3 times a week');
    expect(text).to.contain('Plank');
    expect(text).to.contain('2 sets × 20 sec');
    expect(text).to.contain('Stop if pain spreads down your leg.');
    expect(part(el, 'start')!.textContent!.trim()).to.equal('Start');
  });

  it('counts down a timed step and moves on by itself, rendering about once a second', async () => {
    const el = await startTimed();
    expect(stepId(el)).to.equal('s0-intro');
    expect(part(el, 'timer')!.textContent).to.contain('0:05');
    const renders = sinon.spy(el as unknown as { render(): unknown }, 'render');
    await clock!.tickAsync(2000);
    await el.updateComplete;
    expect(part(el, 'timer')!.textContent).to.contain('0:03');
    expect(renders.callCount).to.be.within(2, 3);
    await clock!.tickAsync(3000);
    await el.updateComplete;
    expect(stepId(el)).to.equal('s0-i0-get-ready');
    expect(announced(el)).to.equal('Get ready: Plank');
  });

  it('shows name, image, cue, side, "Set 2 of 2", up next and time left while running', async () => {
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    el.state = stateAt(TIMED_ROUTINE, 's0-i0-set2-work');
    await el.updateComplete;
    const text = visibleText(shadow(el).querySelector('.running')!);
    expect(part(el, 'step-title')!.textContent!.trim()).to.equal('Plank');
    expect(part(el, 'media')!.querySelector('img')!.alt).to.equal('A person holding a plank');
    expect(part(el, 'cue')!.textContent).to.contain('Keep a straight line');
    expect(text).to.contain('Set 2 of 2');
    expect(text).to.contain('Up next: Side hold');
    expect(part(el, 'timer')!.querySelector('[role="timer"]')!.textContent!.trim()).to.equal('0:20');
    expect(text).to.match(/1:\d\d left/);

    el.state = stateAt(TIMED_ROUTINE, 's0-i1-set1-switch');
    await el.updateComplete;
    expect(visibleText(shadow(el).querySelector('.running')!)).to.contain('Up next: Right side');
    el.state = stateAt(TIMED_ROUTINE, 's0-i1-set1-right-work');
    await el.updateComplete;
    expect(shadow(el).querySelector('.badges')!.textContent).to.contain('Right side');
  });

  it('skips the steps that ended while the tab was hidden for 40 s and lands in the right step', async () => {
    const el = await startTimed();
    await clock!.tickAsync(10_000 + 5_000); // intro, get ready, 5 s into the first plank set
    expect(stepId(el)).to.equal('s0-i0-set1-work');
    const log = recordEvents(el);
    setVisibility('hidden');
    clock!.setSystemTime(Date.now() + 40_000); // throttled: no timer ran while away
    setVisibility('visible');
    await el.updateComplete;
    // 15 s of work left, then 10 s of rest: 15 s into the second set.
    expect(stepId(el)).to.equal('s0-i0-set2-work');
    expect(timeLeftInStep(el.state, Date.now())).to.equal(5_000);
    expect(log.of<ExStepChangeDetail>('ex-step-change').map((d) => d.step.id)).to.deep.equal([
      's0-i0-set2-work',
    ]);
    expect(part(el, 'timer')!.textContent).to.contain('0:05');
  });

  it('pauses and resumes with the time that was left, and runs no timer while paused', async () => {
    const el = await startTimed();
    await clock!.tickAsync(12_000);
    expect(stepId(el)).to.equal('s0-i0-set1-work');
    const log = recordEvents(el);
    const left = timeLeftInStep(el.state, Date.now());
    await press(el, 'Pause');
    expect(el.hasAttribute('paused')).to.equal(true);
    expect(clock!.countTimers()).to.equal(0);
    await clock!.tickAsync(60_000);
    expect(stepId(el)).to.equal('s0-i0-set1-work');
    await press(el, 'Resume');
    expect(timeLeftInStep(el.state, Date.now())).to.equal(left);
    expect(log.names).to.deep.equal(['ex-pause', 'ex-resume']);
    expect(announced(el)).to.match(/^Resumed/);
  });

  it('goes to the next and previous step with the buttons, and adds 15 s during rests only', async () => {
    const el = await startTimed();
    await press(el, 'Next');
    await press(el, 'Next');
    expect(stepId(el)).to.equal('s0-i0-set1-work');
    expect(button(el, /^\+15/)).to.equal(null);
    await press(el, 'Next');
    expect(stepId(el)).to.equal('s0-i0-set1-rest');
    await press(el, /^\+15/);
    expect(timeLeftInStep(el.state, Date.now())).to.equal(25_000);
    await press(el, 'Previous');
    expect(stepId(el)).to.equal('s0-i0-set1-work');
    await press(el, 'Restart');
    expect(stepId(el)).to.equal('s0-intro');
  });

  it('responds to Space, ← and → with real key presses', async () => {
    const el = await startTimed();
    const log = recordEvents(el);
    const play = shadow(el).querySelector<HTMLButtonElement>('.controls .play')!;
    play.focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(stepId(el)).to.equal('s0-i0-get-ready');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowLeft' });
    await el.updateComplete;
    expect(stepId(el)).to.equal('s0-i0-get-ready');
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.state.status).to.equal('paused');
    // Space anywhere in the player that is not a button toggles too.
    const section = shadow(el).querySelector('.running')!;
    section.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.state.status).to.equal('running');
    expect(log.names.filter((n) => n === 'ex-pause' || n === 'ex-resume')).to.deep.equal([
      'ex-pause',
      'ex-resume',
    ]);
  });

  it('lists the keyboard shortcuts in a disclosure', async () => {
    const el = await startTimed();
    const details = shadow(el).querySelector('details.shortcuts')!;
    expect(details.querySelector('summary')!.textContent).to.contain('Keyboard shortcuts');
    expect(details.textContent).to.contain('Pause or resume');
    expect(shadow(el).querySelector('.controls .play')!.getAttribute('aria-keyshortcuts')).to.equal('Space');
  });

  it('starting one player pauses the other that is playing', async () => {
    const a = await playerWith(TIMED_ROUTINE, { noPersist: true });
    const b = await playerWith(TIMED_ROUTINE, { noPersist: true });
    const logA = recordEvents(a);
    await press(a, 'Start');
    await press(b, 'Start');
    expect(a.state.status).to.equal('paused');
    expect(b.state.status).to.equal('running');
    expect(logA.names).to.deep.equal(['ex-routine-start', 'ex-step-change', 'ex-pause']);
    await press(a, 'Resume');
    expect(b.state.status).to.equal('paused');
  });

  it('leaves no timer running, and unregisters, once removed', async () => {
    const el = await startTimed();
    await clock!.tickAsync(1000);
    expect(clock!.countTimers()).to.be.greaterThan(0);
    const before = registeredPlayerCount();
    el.remove();
    expect(clock!.countTimers()).to.equal(0);
    expect(registeredPlayerCount()).to.equal(before - 1);
  });

  it('waits at rep-based work with a large Done button and runs no timer there', async () => {
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    clock = fakeClock();
    el.state = stateAt(TIMED_ROUTINE, 's0-i2-set1-work');
    await el.updateComplete;
    expect(clock.countTimers()).to.equal(0);
    const done = part(el, 'done')!;
    expect(done.textContent!.trim()).to.equal('Done');
    expect(part(el, 'timer')!.textContent).to.contain('3 reps, hold 2 sec each');
    (done as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.state.status).to.equal('complete');
  });

  it('embeds <rep-counter> for rep work with rep-mode="count" and moves on when it completes', async () => {
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true, repMode: 'count' });
    const outside = sinon.spy();
    el.addEventListener('ex-rep', outside);
    el.addEventListener('ex-complete', outside);
    await press(el, 'Start');
    el.state = stateAt(TIMED_ROUTINE, 's0-i2-set1-work');
    await el.updateComplete;
    const counter = shadow(el).querySelector('rep-counter')!;
    expect(counter).to.not.equal(null);
    expect(counter.target).to.equal('3');
    expect(counter.hold).to.equal('2');
    expect(counter.sets).to.equal('1');
    counter.dispatchEvent(new CustomEvent('ex-rep', { detail: { rep: 1 }, bubbles: true, composed: true }));
    expect(el.state.repsDone).to.equal(1);
    counter.dispatchEvent(new CustomEvent('ex-complete', { detail: {}, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.state.status).to.equal('complete');
    expect(outside.called).to.equal(false);
  });
});

describe('<routine-player> "This hurts"', () => {
  afterEach(() => {
    sinon.restore();
    clearLibraryStorage();
  });

  async function hurtAt(stepIdToUse: string): Promise<RoutinePlayer> {
    const el = await playerWith(TIMED_ROUTINE, { noPersist: true });
    await press(el, 'Start');
    el.state = stateAt(TIMED_ROUTINE, stepIdToUse);
    await el.updateComplete;
    return el;
  }

  it('pauses and shows the stop-and-seek-advice message with the routine and exercise safety notes', async () => {
    const el = await hurtAt('s0-i0-set1-work');
    const log = recordEvents(el);
    (part(el, 'hurt') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(el.state.status).to.equal('paused');
    expect(log.names).to.deep.equal(['ex-pause']);
    const dialog = shadow(el).querySelector('dialog')!;
    expect(dialog.open).to.equal(true);
    const text = dialog.textContent!.replace(/\s+/g, ' ');
    expect(text).to.contain('stop and seek advice');
    expect(text).to.contain('Stop if pain spreads down your leg.');
    expect(text).to.contain('Keep your lower back flat.');
    expect(button(el, 'Try the easier variation: Knee plank')).to.not.equal(null);
  });

  it('shows the dialog on a solid background with readable buttons, even over a page of its own colour', async () => {
    const el = await hurtAt('s0-i0-set1-work');
    await press(el, 'This hurts');
    const dialog = shadow(el).querySelector('dialog')!;
    const alpha = (color: string) =>
      color.startsWith('rgba') ? Number(color.split(',')[3].replace(')', '')) : 1;
    expect(alpha(getComputedStyle(dialog).backgroundColor)).to.equal(1);
    const end = button(el, 'End session')!;
    const style = getComputedStyle(end);
    expect(alpha(style.color)).to.equal(1);
    expect(style.color).to.not.equal(style.backgroundColor);
    await expect(el).to.be.accessible();
  });

  it('offers the easier variation, shows it and carries on', async () => {
    const el = await hurtAt('s0-i0-set1-work');
    await press(el, 'This hurts');
    await press(el, 'Try the easier variation: Knee plank');
    expect(el.state.status).to.equal('running');
    expect(shadow(el).querySelector('dialog')).to.equal(null);
    expect(shadow(el).querySelector('.easier')!.textContent).to.contain('Knee plank');
  });

  it('offers no easier variation when the data has none', async () => {
    const el = await hurtAt('s0-i1-set1-left-work');
    await press(el, 'This hurts');
    expect(button(el, /^Try the easier variation/)).to.equal(null);
    expect(button(el, 'Skip Side hold')).to.not.equal(null);
  });

  it('skips the rest of the exercise and counts it as skipped', async () => {
    const el = await hurtAt('s0-i0-set1-work');
    const log = recordEvents(el);
    await press(el, 'This hurts');
    await press(el, 'Skip Plank');
    expect(stepId(el)).to.equal('s0-i0-rest');
    expect(el.state.status).to.equal('running');
    expect(el.summary.skipped.map((o) => o.exerciseId)).to.deep.equal(['plank']);
    expect(log.names).to.include('ex-step-change');
  });

  it('ends the session firing ex-stop with reason "pain" and shows the summary with the advice', async () => {
    const el = await hurtAt('s0-i0-set1-work');
    const log = recordEvents(el);
    await press(el, 'This hurts');
    await press(el, 'End session');
    expect(log.of<ExStopDetail>('ex-stop')).to.deep.equal([{ reason: 'pain', exerciseId: 'plank' }]);
    expect(el.getAttribute('phase')).to.equal('stopped');
    expect(part(el, 'summary')!.textContent).to.contain('Session ended');
    expect(part(el, 'summary')!.textContent).to.contain('seek advice');
    expect(log.names).to.not.include('ex-routine-complete');
  });

  it('closes with "Back" and stays paused', async () => {
    const el = await hurtAt('s0-i0-set1-work');
    await press(el, 'This hurts');
    await press(el, 'Back (stay paused)');
    expect(shadow(el).querySelector('dialog')).to.equal(null);
    expect(el.state.status).to.equal('paused');
  });
});

describe('<routine-player> focus mode', () => {
  afterEach(() => sinon.restore());

  it('asks for full screen where available and falls back to a fixed full-viewport layout', async () => {
    const el = await fixture<RoutinePlayer>(
      html`<routine-player no-persist .routine=${TIMED_ROUTINE}></routine-player>`,
    );
    await press(el, 'Start');
    const request = sinon.stub(el, 'requestFullscreen').rejects(new TypeError('not allowed'));
    await press(el, 'Focus mode');
    expect(request.calledOnce).to.equal(document.fullscreenEnabled);
    expect(el.hasAttribute('focus-mode')).to.equal(true);
    expect(getComputedStyle(el).position).to.equal('fixed');
    expect(button(el, 'Focus mode')!.getAttribute('aria-pressed')).to.equal('true');
    shadow(el)
      .querySelector('.running')!
      .dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    expect(el.hasAttribute('focus-mode')).to.equal(false);
  });
});
