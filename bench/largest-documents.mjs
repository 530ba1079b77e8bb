// Bench figures f and g (issue 21): the longest main-thread task when each element renders the largest
// document the limits of src/core/limits.ts accept, and when the 873-exercise free-exercise-db library
// is rendered as cards. Run alone with `node bench/largest-documents.mjs` (after `npm run build`), or as
// part of `npm run bench`. Long tasks come from a `longtask` PerformanceObserver (tasks of 50 ms or
// more) set up before the element is created, read once the element has rendered and the page has been
// idle for a second; "< 50 ms" means no task reached the observer's threshold.
import { readFileSync } from 'node:fs';
import { fromFreeExerciseDb } from './free-exercise-db.mjs';
import { ranAsScript } from '../scripts/ran-as-script.mjs';
import { fileURLToPath } from 'node:url';

const FREE_EXERCISE_DB = '/work/shared/data/free-exercise-db/exercises.json';
/** The largest values the limits accept (kept in step with src/core/limits.ts by the check below). */
const L = {
  maxSets: 20,
  maxReps: 100,
  maxHoldSeconds: 300,
  maxRestSeconds: 600,
  maxListEntries: 50,
  maxImages: 20,
  maxVariations: 20,
  maxLanguages: 50,
  maxNameLength: 200,
  maxSummaryLength: 2000,
  maxLineLength: 1000,
  maxDosageTextLength: 500,
  maxSections: 20,
  maxItemsPerRoutine: 100,
};

/** Text of exactly `length` characters, in words, so it wraps as prose does. */
const SENTENCE = 'Move slowly and breathe out as you lift. ';
const prose = (length, seed = '') =>
  `${seed}${SENTENCE.repeat(Math.ceil(length / SENTENCE.length))}`.slice(0, length);
/** The same text in `languages` languages: en first (the one shown), then made-up tags xaa, xab…. */
const translated = (length, languages, seed) =>
  languages === 1
    ? prose(length, seed)
    : Object.fromEntries(
        Array.from({ length: languages }, (_, i) => [
          i === 0
            ? 'en'
            : `x${String.fromCharCode(97 + Math.floor(i / 26))}${String.fromCharCode(97 + (i % 26))}`,
          prose(length, seed),
        ]),
      );

/** The largest exercise the limits accept: every list full, every text at its longest, in `languages`. */
export function largestExercise(id = 'largest', languages = L.maxLanguages) {
  const line = (i) => translated(L.maxLineLength, languages, `${i + 1}. `);
  const list = () => Array.from({ length: L.maxListEntries }, (_, i) => line(i));
  const variation = (i) => ({
    name: translated(L.maxNameLength, languages, `Variation ${i + 1}. `),
    summary: translated(L.maxSummaryLength, languages),
  });
  return {
    id,
    name: translated(L.maxNameLength, languages, 'Largest exercise. '),
    summary: translated(L.maxSummaryLength, languages),
    media: {
      images: Array.from({ length: L.maxImages }, (_, i) => ({
        src: '/test/fixtures/exercise-card/start.svg',
        alt: line(i),
        caption: line(i),
        width: 4,
        height: 3,
      })),
    },
    steps: list(),
    cues: list(),
    dosage: `${L.maxSets} sets of ${L.maxReps} reps per side, hold ${L.maxHoldSeconds} s, rest ${L.maxRestSeconds} s`,
    equipment: list(),
    muscles: list(),
    category: prose(L.maxNameLength),
    difficulty: 'advanced',
    safety: list(),
    easier: Array.from({ length: L.maxVariations }, (_, i) => variation(i)),
    harder: Array.from({ length: L.maxVariations }, (_, i) => variation(i)),
    source: {
      title: line(0),
      author: line(1),
      publisher: line(2),
      url: 'https://example.org/',
      licence: 'CC-BY-4.0',
    },
  };
}

/**
 * The largest routine the limits accept: 100 exercises in 20 sections, each in full (texts at their
 * longest, in one language: 50 of them would make a 2 GB document), worked 10 sets on each side so the
 * session stays under 3 hours (2 h 5 min at the slowest pace) with the most steps it can have (3 121).
 */
export function largestRoutine() {
  const perSection = L.maxItemsPerRoutine / L.maxSections;
  const exercises = {};
  const sections = Array.from({ length: L.maxSections }, (_, s) => ({
    id: `section-${s}`,
    title: prose(L.maxNameLength, `Section ${s + 1}. `),
    kind: s === L.maxSections - 1 ? 'bonus' : 'main',
    summary: prose(L.maxSummaryLength),
    items: Array.from({ length: perSection }, (_, i) => {
      const id = `e${s}-${i}`;
      exercises[id] = {
        ...largestExercise(id, 1),
        dosage: { sets: 10, durationSeconds: 1, restSeconds: 0, side: 'each' },
      };
      return { ref: id, notes: prose(L.maxSummaryLength) };
    }),
  }));
  return {
    id: 'largest-routine',
    title: prose(L.maxNameLength, 'Largest routine. '),
    summary: prose(L.maxSummaryLength),
    frequency: '3 times a week',
    restBetweenExercisesSeconds: 0,
    sections,
    exercises,
    safety: Array.from({ length: L.maxListEntries }, (_, i) => prose(L.maxLineLength, `${i + 1}. `)),
  };
}

/** The 873 free-exercise-db entries as Exercises (the minimal mapping of bench/free-exercise-db.mjs). */
export function freeExerciseLibrary() {
  return JSON.parse(readFileSync(FREE_EXERCISE_DB, 'utf8')).map(fromFreeExerciseDb);
}

/** In the page: creates the elements, waits until they rendered and the page idled, returns the long tasks. */
function renderAndWatch({ tag, attributes }) {
  const documents = window.benchDocuments;
  return (async () => {
    const tasks = [];
    const observer = new PerformanceObserver((list) =>
      tasks.push(...list.getEntries().map((e) => e.duration)),
    );
    observer.observe({ type: 'longtask' });
    const stage = document.querySelector('#stage');
    const t0 = performance.now();
    const elements = documents.map((doc) => {
      const element = document.createElement(tag);
      for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
      if (tag === 'exercise-card') element.exercise = doc;
      if (tag === 'routine-player') element.routine = doc;
      stage.append(element);
      return element;
    });
    await Promise.all(elements.map((element) => element.updateComplete));
    void stage.offsetHeight;
    const rendered = performance.now() - t0;
    await new Promise((done) => requestAnimationFrame(() => setTimeout(done, 1000)));
    observer.disconnect();
    const statuses = [...new Set(elements.map((e) => e.status ?? e.phase ?? 'shown'))];
    const alerts = elements.filter((e) => e.shadowRoot?.querySelector('[role="alert"]')).length;
    return { rendered, longest: Math.max(0, ...tasks), longTasks: tasks.length, statuses, alerts };
  })();
}

/** Figures f (one largest document per element) and g (the library as cards). */
export async function benchLargestDocuments(browser, serverUrl) {
  const { LIMITS, DOCUMENT_LIMITS } = await import('../dist/core/limits.js');
  for (const [key, value] of Object.entries(L)) {
    const actual = LIMITS[key] ?? DOCUMENT_LIMITS[key];
    if (actual !== value)
      throw new Error(`bench/largest-documents.mjs: ${key} is ${actual} in limits.ts, ${value} here`);
  }
  const cases = [
    [
      'f. <exercise-card>, the largest exercise (50 languages, every list full)',
      'exercise-card',
      [largestExercise()],
      {},
    ],
    [
      'f. <rep-counter>, the largest dosage',
      'rep-counter',
      [null],
      {
        dosage: `${L.maxSets} sets of ${L.maxReps} reps per side, hold ${L.maxHoldSeconds} s, rest ${L.maxRestSeconds} s`,
      },
    ],
    [
      'f. <routine-player>, the largest routine (100 exercises, 3 121 steps)',
      'routine-player',
      [largestRoutine()],
      { 'no-persist': '' },
    ],
    ['g. <exercise-card> × 873, the free-exercise-db library', 'exercise-card', freeExerciseLibrary(), {}],
  ];
  const rows = [];
  for (const [label, tag, documents, attributes] of cases) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${serverUrl}/bench/pages/bench.html`);
    await page.evaluate(() => customElements.whenDefined('routine-player'));
    const bytes = JSON.stringify(documents).length;
    // The documents go into the page first: copying 39 MB into it is a long task of the bench, not ours.
    await page.evaluate((docs) => (window.benchDocuments = docs), documents);
    await page.waitForTimeout(500);
    const result = await page.evaluate(renderAndWatch, { tag, attributes });
    await context.close();
    if (errors.length) throw new Error(`${label}: ${errors.join('; ')}`);
    rows.push({ label, bytes, ...result });
  }
  return rows;
}

/** The rows for the bench table. */
export function largestDocumentRows(figures) {
  const mb = (n) => `${(n / 1e6).toFixed(1)} MB`;
  return figures.map((f) => [
    f.label,
    `longest task ${f.longest ? `${f.longest.toFixed(0)} ms` : '< 50 ms'} (${f.longTasks} long tasks); shown in ${f.rendered.toFixed(0)} ms; ${mb(f.bytes)} of JSON; status ${f.statuses.join('/')}${f.alerts ? `, ${f.alerts} alerts` : ''}`,
    'no task > 200 ms',
    f.longest <= 200 && f.alerts === 0 && !f.statuses.includes('error') ? 'met' : 'NOT met',
  ]);
}

if (ranAsScript(import.meta.url)) {
  const { chromium } = await import('playwright-core');
  const { serveStatic } = await import('../test/support/static-server.mjs');
  const server = await serveStatic(fileURLToPath(new URL('..', import.meta.url)));
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const row of largestDocumentRows(await benchLargestDocuments(browser, server.url)))
      console.log(row.join('  |  '));
  } finally {
    await browser.close();
    await server.close();
  }
}
