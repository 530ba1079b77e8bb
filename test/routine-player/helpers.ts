import { fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import {
  currentStep,
  initialState,
  reduce,
  timeLeftInStep,
  type PlayerState,
} from '../../src/core/player-reducer.js';
import { buildTimeline } from '../../src/core/routine-timeline.js';
import type { TimelineStep } from '../../src/core/timeline-types.js';
import type { RoutineInput } from '../../src/data/routine-schema.js';
import { validateRoutine } from '../../src/data/validate.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import '../../src/routine-player/routine-player.js';

export { SEED_IDS } from '../support/example-routines.js';

/** An image served by the test server (a fixture of the card's tests). */
const PIXEL = '/test/fixtures/exercise-card/start.svg';

/**
 * A small routine with every kind of step the seeds lack: timed work with rests between sets, timed
 * work on each side (switch sides), and reps with a hold. Timeline (pace min):
 * s0-intro 5 · s0-i0-get-ready 5 · s0-i0-set1-work 20 · s0-i0-set1-rest 10 · s0-i0-set2-work 20 ·
 * s0-i0-rest 15 · s0-i1-get-ready 5 · s0-i1-set1-left-work 10 · s0-i1-set1-switch 5 ·
 * s0-i1-set1-right-work 10 · s0-i1-rest 15 · s0-i2-get-ready 5 · s0-i2-set1-work (gate) · finish.
 */
export const TIMED_ROUTINE: RoutineInput = {
  id: 'test-timed',
  title: 'Timed test routine',
  frequency: '3 times a week',
  safety: ['Stop if pain spreads down your leg.'],
  sections: [
    {
      title: 'Main',
      kind: 'main',
      items: [
        {
          exercise: {
            id: 'plank',
            name: 'Plank',
            dosage: { sets: 2, durationSeconds: 20, restSeconds: 10 },
            cues: ['Keep a straight line from head to heels.'],
            safety: ['Keep your lower back flat.'],
            easier: [{ name: 'Knee plank', summary: 'Rest your knees on the floor.' }],
            media: { images: [{ src: PIXEL, alt: 'A person holding a plank', width: 4, height: 3 }] },
          },
        },
        { exercise: { id: 'side-hold', name: 'Side hold', dosage: { durationSeconds: 10, side: 'each' } } },
        { exercise: { id: 'squeeze', name: 'Squeeze', dosage: { reps: 3, holdSeconds: 2 } } },
      ],
    },
  ],
};

export function timelineOf(routine: RoutineInput): TimelineStep[] {
  const result = validateRoutine(routine);
  if (!result.ok) throw new Error('invalid test routine');
  return buildTimeline(result.value);
}

/** A state standing in step `stepId` (started at `now`), optionally paused or finished. */
export function stateAt(
  routine: RoutineInput,
  stepId: string | 'complete',
  options: { now?: number; paused?: boolean } = {},
): PlayerState {
  const now = options.now ?? Date.now();
  let s = reduce(initialState(timelineOf(routine)), { type: 'start', now });
  while (s.status === 'running' && currentStep(s)?.id !== stepId) s = reduce(s, { type: 'next', now });
  if (stepId !== 'complete' && currentStep(s)?.id !== stepId) throw new Error(`no step ${stepId}`);
  return options.paused ? reduce(s, { type: 'pause', now }) : s;
}

/** Fakes the timers and clocks the player uses; install it after the fixture has loaded. */
export function fakeClock(now = Date.UTC(2025, 0, 6, 9, 0, 0)): sinon.SinonFakeTimers {
  return sinon.useFakeTimers({
    now,
    shouldAdvanceTime: false,
    shouldClearNativeTimers: true,
    toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date', 'performance'],
  });
}

export async function playerWith(
  routine: RoutineInput = TIMED_ROUTINE,
  attrs: { noPersist?: boolean; repMode?: string } = {},
): Promise<RoutinePlayer> {
  const el = await fixture<RoutinePlayer>(
    html`<routine-player
      .routine=${routine}
      ?no-persist=${attrs.noPersist ?? false}
      rep-mode=${attrs.repMode ?? 'done'}
    ></routine-player>`,
  );
  await el.updateComplete;
  return el;
}

export async function seedPlayer(id: string, extra: { noPersist?: boolean } = {}): Promise<RoutinePlayer> {
  const el = await fixture<RoutinePlayer>(
    html`<routine-player
      src=${`/examples/${id}.json`}
      ?no-persist=${extra.noPersist ?? false}
    ></routine-player>`,
  );
  await waitUntil(() => el.status === 'ready', `routine ${id} did not load`, { timeout: 5000 });
  await el.updateComplete;
  return el;
}

export const shadow = (el: RoutinePlayer): ShadowRoot => el.shadowRoot!;

export const part = (el: RoutinePlayer, name: string): HTMLElement | null =>
  shadow(el).querySelector<HTMLElement>(`[part~="${name}"]`);

/** A button by its visible text (whitespace collapsed), or null. */
export function button(el: RoutinePlayer, text: string | RegExp): HTMLButtonElement | null {
  const all = [...shadow(el).querySelectorAll<HTMLButtonElement>('button')];
  return (
    all.find((b) => {
      const label = visibleText(b);
      return typeof text === 'string' ? label === text : text.test(label);
    }) ?? null
  );
}

/**
 * What a reader sees in an element: its text with whitespace collapsed and without the invisible
 * Unicode isolates (FSI, PDI) that keep author text in its own direction.
 */
export function visibleText(node: Node): string {
  return node
    .textContent!.replace(/[\u2066-\u2069]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export async function press(el: RoutinePlayer, text: string | RegExp): Promise<void> {
  const b = button(el, text);
  if (!b) throw new Error(`no "${text}" button`);
  b.click();
  await el.updateComplete;
}

export const announced = (el: RoutinePlayer): string =>
  shadow(el)
    .querySelector('[role="status"]')!
    .textContent!.replace(/\u00a0/g, '')
    .trim();

export const stepId = (el: RoutinePlayer): string | undefined => currentStep(el.state)?.id;

export interface EventLog {
  names: string[];
  details: Array<[string, unknown]>;
  of<T = unknown>(name: string): T[];
}

export const PLAYER_EVENTS = [
  'ex-routine-start',
  'ex-step-change',
  'ex-pause',
  'ex-resume',
  'ex-stop',
  'ex-routine-complete',
  'ex-checkin',
  'ex-error',
] as const;

/** Records the player's events, in order. */
export function recordEvents(target: EventTarget): EventLog {
  const log: EventLog = {
    names: [],
    details: [],
    of: <T>(name: string) => log.details.filter(([n]) => n === name).map(([, d]) => d as T),
  };
  for (const name of PLAYER_EVENTS) {
    target.addEventListener(name, (e) => {
      log.names.push(name);
      log.details.push([name, (e as CustomEvent).detail]);
    });
  }
  return log;
}

/**
 * Runs a started session to its end with the fake clock: waits out every timed step, and presses
 * Done at every rep-based step, as a patient would.
 */
export async function runToEnd(el: RoutinePlayer, clock: sinon.SinonFakeTimers): Promise<void> {
  for (let guard = 0; guard < 500; guard++) {
    const s = el.state;
    if (s.status !== 'running') return;
    const left = timeLeftInStep(s, Date.now());
    if (left === null) {
      const done = part(el, 'done') as HTMLButtonElement | null;
      if (!done) throw new Error(`no Done button at ${stepId(el)}`);
      done.click();
    } else {
      await clock.tickAsync(left);
    }
    await el.updateComplete;
  }
  throw new Error('the session did not end');
}

/** Fires `visibilitychange` as the tab becoming `state`. */
export function setVisibility(state: DocumentVisibilityState): void {
  const stub = sinon.stub(document, 'visibilityState').get(() => state);
  document.dispatchEvent(new Event('visibilitychange'));
  stub.restore();
}

/** Forgets everything the library stored. */
export function clearLibraryStorage(): void {
  for (const key of Object.keys(localStorage)) {
    if (key.startsWith('exercise-elements:')) localStorage.removeItem(key);
  }
}
