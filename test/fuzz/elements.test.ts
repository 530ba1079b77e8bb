/**
 * The fuzzed documents of the Node tests, fed to the elements in Chromium: each shows its content or
 * its error message, and nothing reaches the page as an uncaught exception or a console error. Fewer
 * runs than in Node (rendering is the slow part): ELEMENT_RUNS per element and the same seed.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import sinon from 'sinon';
// The elements validate leniently (issue 17): an invalid optional part is left out, not the document.
import { validateExerciseLenient, validateRoutineLenient } from '../../src/data/validate.js';
import type { ExWarningDetail } from '../../src/internal/events.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.component.js';
import '../../src/exercise-card/exercise-card.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.component.js';
import '../../src/rep-counter/rep-counter.js';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import '../../src/routine-player/routine-player.js';
import {
  assertAsyncProperty,
  documentArbitrary,
  dosageTextArbitrary,
  fuzzSettings,
  hostileValue,
  seedsFrom,
  type Seeds,
} from './fuzz-documents.mjs';

/** Documents per element in the browser; the Node tests run 1 000 (10 000 in `test:fuzz`). */
const ELEMENT_RUNS = 200;
/** The player renders a whole routine overview per document, so it gets fewer. */
const PLAYER_RUNS = 100;
const EXAMPLES = [
  'banded-glute-exercises',
  'gentle-glute-exercises',
  'glutes-lower-back-program',
  'hip-routine-radiating-pain',
  'ql-butt-walk',
];

/** Collects what must never happen: uncaught errors, unhandled rejections, console errors and warnings. */
function watchPage() {
  const problems: string[] = [];
  const onError = (e: ErrorEvent) => problems.push(`uncaught: ${e.message}`);
  const onRejection = (e: PromiseRejectionEvent) => problems.push(`unhandled rejection: ${String(e.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  const error = sinon
    .stub(console, 'error')
    .callsFake((...args) => problems.push(`console.error: ${args.join(' ')}`));
  const warn = sinon.stub(console, 'warn').callsFake((...args) => {
    const text = String(args[0]);
    // What an element left out of partial data is told to the author on purpose (warnAuthor).
    if (/^(exercise-card|routine-player)(#\S+)?: /.test(text)) return;
    if (!text.includes('Lit is in dev mode')) problems.push(`console.warn: ${args.join(' ')}`);
  });
  return {
    problems,
    stop() {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
      error.restore();
      warn.restore();
    },
  };
}

/** Lets queued tasks (a microtask-thrown listener error, a timer) run before the check. */
const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Text the reader sees, shadow roots included. */
function visibleText(root: ShadowRoot): string {
  return (root.textContent ?? '').replace(/\s+/g, ' ');
}

describe('fuzzed documents in the elements', function () {
  this.timeout(120_000);
  let seeds: Seeds;
  let host: HTMLDivElement;

  before(async () => {
    const routines = await Promise.all(
      EXAMPLES.map(async (name) => (await fetch(`/examples/${name}.json`)).json() as Promise<unknown>),
    );
    seeds = seedsFrom(routines);
  });
  beforeEach(() => {
    host = document.createElement('div');
    host.style.width = '360px';
    document.body.append(host);
  });
  afterEach(() => host.remove());

  it(`<exercise-card> shows the exercise or its error message for ${ELEMENT_RUNS} fuzzed documents`, async () => {
    const settings = { ...fuzzSettings(ELEMENT_RUNS), numRuns: ELEMENT_RUNS };
    await assertAsyncProperty(
      fc.asyncProperty(
        documentArbitrary([...seeds.exercises, seeds.routines[0]]),
        fc.record({
          layout: fc.constantFrom('full', 'compact'),
          structuredData: fc.boolean(),
          lang: fc.constantFrom(undefined, 'en', 'ar', 'zh-Hans', 'x-bad-', ''),
        }),
        async (doc, options) => {
          const page = watchPage();
          const card = document.createElement('exercise-card') as ExerciseCard;
          const settled: string[] = [];
          card.addEventListener('ex-load', () => settled.push('load'));
          card.addEventListener('ex-error', (e) => settled.push(`error: ${e.detail.message}`));
          try {
            card.layout = options.layout as 'full' | 'compact';
            card.structuredData = options.structuredData;
            if (options.lang !== undefined) card.setAttribute('lang', options.lang);
            card.exercise = doc as ExerciseCard['exercise'];
            host.append(card);
            await card.updateComplete;
            await card.updateComplete;
            await nextTask();
            const root = card.shadowRoot!;
            const valid = validateExerciseLenient(doc).ok;
            if (doc === null || doc === undefined) {
              // No value is no document: the card waits for one (src or inline JSON may follow).
              expect(card.status).to.equal('idle');
              expect(settled).to.deep.equal([]);
            } else {
              expect(card.status).to.equal(valid ? 'ready' : 'error');
              expect(settled).to.have.length(1);
            }
            if (card.status === 'ready') {
              const title = root.querySelector('[part~="title"]');
              expect(title, 'a ready card shows its title').to.not.equal(null);
              expect(title!.textContent!.trim()).to.not.equal('');
              expect(settled[0]).to.equal('load');
              const jsonLd = card.querySelector('script[type="application/ld+json"]');
              if (options.structuredData) expect(() => JSON.parse(jsonLd!.textContent!)).to.not.throw();
              else expect(jsonLd).to.equal(null);
            } else if (card.status === 'error') {
              const alert = root.querySelector('[role="alert"]');
              expect(alert, 'an error shows an alert').to.not.equal(null);
              // The event carries the message as it was then; the card writes it again in the page's
              // current language (which a fuzzed `lang` may have changed since).
              expect(settled[0]).to.match(/^error: \S/);
              expect(root.querySelector('.alert-message')?.textContent?.trim()).to.not.equal('');
            }
            expect(visibleText(root)).to.not.match(/\bundefined\b|\bNaN\b|\[object Object\]/);
            expect(page.problems).to.deep.equal([]);
          } finally {
            card.remove();
            page.stop();
          }
        },
      ),
      settings,
    );
  });

  it(`<rep-counter> counts from ${ELEMENT_RUNS} fuzzed dosages, attributes and taps without a console error`, async () => {
    const settings = { ...fuzzSettings(ELEMENT_RUNS), numRuns: ELEMENT_RUNS };
    const dosageValue = fc.oneof(
      documentArbitrary(seeds.exercises).map((doc) =>
        typeof doc === 'object' && doc !== null && 'dosage' in doc
          ? (doc as { dosage: unknown }).dosage
          : doc,
      ),
      hostileValue({ hugeLength: 1000 }),
    );
    const attribute = fc.option(
      fc.oneof(
        fc.constantFrom('3', '10-15', '15–10', '0', '-1', '1e308', '2.5', '999999', ' 4 to 6 '),
        fc.string(),
      ),
    );
    await assertAsyncProperty(
      fc.asyncProperty(
        fc.record({
          dosage: fc.option(dosageValue),
          dosageText: fc.option(dosageTextArbitrary(seeds.dosages)),
          target: attribute,
          sets: attribute,
          hold: attribute,
          rest: attribute,
          side: fc.option(fc.constantFrom('each', 'alternating', 'both', '')),
          taps: fc.array(fc.constantFrom('tap', 'tap', 'tap', 'undo', 'reset'), { maxLength: 12 }),
        }),
        async (input) => {
          const page = watchPage();
          const counter = document.createElement('rep-counter') as RepCounter;
          // Settings the counter refuses are told to the author (ex-warning, plus its console line).
          const warnings: ExWarningDetail['warnings'] = [];
          counter.addEventListener('ex-warning', (e) => warnings.push(...e.detail.warnings));
          try {
            if (input.dosageText !== null) counter.setAttribute('dosage', input.dosageText);
            for (const name of ['target', 'sets', 'hold', 'rest', 'side'] as const) {
              const value = input[name];
              if (value !== null) counter.setAttribute(name, value);
            }
            if (input.dosage !== null) counter.dosage = input.dosage as RepCounter['dosage'];
            host.append(counter);
            await counter.updateComplete;
            for (const action of input.taps) {
              if (action === 'tap') counter.increment();
              else if (action === 'undo') counter.undo();
              else counter.reset();
              await counter.updateComplete;
            }
            await nextTask();
            const root = counter.shadowRoot!;
            expect(root.querySelector('[part="count"]')?.textContent?.trim()).to.match(/^\d+$/);
            expect(visibleText(root)).to.not.match(/\bundefined\b|\bNaN\b|Infinity|∞|\[object Object\]/);
            for (const warning of warnings)
              expect(warning.path).to.match(/^(target|sets|hold|rest|side|dosage)/);
            const told = (problem: string) =>
              warnings.length > 0 && problem.startsWith('console.warn: rep-counter: ');
            expect(page.problems.filter((problem) => !told(problem))).to.deep.equal([]);
          } finally {
            counter.remove();
            page.stop();
          }
        },
      ),
      settings,
    );
  });

  it(`<routine-player> shows the routine or its error message for ${PLAYER_RUNS} fuzzed documents`, async () => {
    const settings = { ...fuzzSettings(PLAYER_RUNS), numRuns: PLAYER_RUNS };
    await assertAsyncProperty(
      fc.asyncProperty(
        documentArbitrary([...seeds.routines, seeds.exercises[0]]),
        fc.boolean(),
        async (doc, start) => {
          const page = watchPage();
          const player = document.createElement('routine-player') as RoutinePlayer;
          try {
            player.setAttribute('no-persist', '');
            player.routine = doc as RoutinePlayer['routine'];
            host.append(player);
            await player.updateComplete;
            await player.updateComplete;
            const valid = validateRoutineLenient(doc).ok;
            if (doc === null || doc === undefined) expect(player.status).to.equal('idle');
            else expect(player.status).to.equal(valid ? 'ready' : 'error');
            const root = player.shadowRoot!;
            if (player.status === 'error') expect(root.querySelector('[role="alert"]')).to.not.equal(null);
            if (player.status === 'ready' && start) {
              const startButton = [...root.querySelectorAll('button')].find(
                (b) => b.textContent?.trim() === 'Start',
              );
              startButton?.click();
              await player.updateComplete;
              expect(player.state.status).to.equal('running');
            }
            await nextTask();
            expect(visibleText(root)).to.not.match(/\bundefined\b|\bNaN\b|\[object Object\]/);
            expect(page.problems).to.deep.equal([]);
          } finally {
            player.remove();
            page.stop();
          }
        },
      ),
      settings,
    );
  });
});
