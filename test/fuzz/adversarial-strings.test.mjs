// Adversarial strings of 100 000 characters (runs of spaces, digits, dashes, dots, repeated unit words)
// through every parser and validator that reads author data or attributes. A regular expression that
// backtracks, or a loop that is quadratic in the input, shows up here as seconds instead of
// milliseconds. The budget is generous for a loaded machine (BUDGET_MS_PER_1000 per thousand
// characters, the fastest of three runs) and still 10–100 times below what a quadratic reader takes.
// The counter's attribute reader (`readRange` in rep-counter-state) is the counter's own test's job.
import { test } from 'node:test';
import assert from 'node:assert/strict';

const core = await import('exercise-elements/core');
const { negotiateLocale } = await import('../../dist/core/negotiate-locale.js');
const { textDirection } = await import('../../dist/core/text-direction.js');
const { supportedLocale } = await import('../../dist/core/intl-cache.js');
const { displayUrl } = await import('../../dist/core/safe-url.js');
const { tokenize } = await import('../../dist/core/dosage-tokens.js');

const LENGTH = 100_000;
const BUDGET_MS_PER_1000 = 5;
const BUDGET_MS = (LENGTH / 1000) * BUDGET_MS_PER_1000;

const fill = (unit) => unit.repeat(Math.ceil(LENGTH / unit.length)).slice(0, LENGTH);

/** Each adversarial string, and the one-character tail that makes a greedy match fail at the very end. */
const STRINGS = {
  spaces: fill(' '),
  'spaces then x': `1${fill(' ').slice(2)}x`,
  tabs: fill('\t'),
  digits: fill('9'),
  'digits then a letter': `${fill('9').slice(1)}x`,
  dashes: fill('-'),
  'digit dashes': fill('1-'),
  dots: fill('.'),
  'digit dots': fill('1.'),
  'decimal chain': fill('1.1'),
  'sec sec sec': fill('sec '),
  'per side per side': fill('per side '),
  '3x10 3x10': fill('3x10 '),
  'ranges 1 to 2 to 3': fill('1 to '),
  'hold 5 s hold': fill('hold 5 s '),
  'times a week': fill('3 times a week '),
  'letters then a colon': `${fill('a').slice(1)}:`,
  'a scheme-like run': `${fill('a+.').slice(1)}`,
  'language tag parts': fill('-abcdefgh'),
  'bidi controls': fill('\u202E\u2066'),
  'right-to-left letters': fill('تمرين '),
  'a key of dashes': fill('a-'),
};

/** The fastest of three runs of `fn`, in milliseconds. */
function fastest(fn) {
  let best = Infinity;
  for (let run = 0; run < 3; run++) {
    const started = performance.now();
    fn();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

const exercise = (field) => ({ id: 'a', name: 'A', ...field });
const routine = (field) => ({
  id: 'r',
  title: 'R',
  sections: [{ title: 'S', kind: 'main', items: [{ exercise: exercise({}) }] }],
  ...field,
});

/** Every reader of author text or attributes, fed one string. */
const READERS = {
  parseDosage: (s) => core.parseDosage(s),
  readDosage: (s) => core.readDosage(s),
  parseFrequency: (s) => core.parseFrequency(s),
  tokenize: (s) => tokenize(s),
  'validateExercise: id': (s) => core.validateExercise({ id: s, name: 'A' }),
  'validateExercise: name': (s) => core.validateExercise(exercise({ name: s })),
  'validateExercise: name by language': (s) => core.validateExercise(exercise({ name: { [s]: 'A', en: s } })),
  'validateExercise: dosage line': (s) => core.validateExercise(exercise({ dosage: s })),
  'validateExercise: dosage text': (s) => core.validateExercise(exercise({ dosage: { sets: 2, text: s } })),
  'validateExercise: steps': (s) => core.validateExercise(exercise({ steps: [s, s] })),
  'validateExercise: image address': (s) =>
    core.validateExercise(exercise({ media: { images: [{ src: s, alt: 'A' }] } })),
  'validateExercise: http address': (s) =>
    core.validateExercise(exercise({ source: { title: 'T', url: `https://${s}` } })),
  'validateExercise: video ids': (s) => core.validateExercise(exercise({ media: { video: { youtube: s } } })),
  'validateExercise: category': (s) => core.validateExercise(exercise({ category: s })),
  'validateExercise: an unknown key': (s) => core.validateExercise({ ...exercise({}), [s]: s }),
  'validateRoutine: frequency line': (s) => core.validateRoutine(routine({ frequency: s })),
  'validateRoutine: title': (s) => core.validateRoutine(routine({ title: s })),
  'validateRoutine: ref': (s) =>
    core.validateRoutine(routine({ sections: [{ title: 'S', kind: 'main', items: [{ ref: s }] }] })),
  'validateRoutine: an exercises key': (s) =>
    core.validateRoutine(routine({ exercises: { [s]: exercise({}) } })),
  isSafeUrl: (s) => core.isSafeUrl(s),
  'displayUrl (messages)': (s) => displayUrl(s),
  'pickText (a map key)': (s) => core.pickText({ [s]: 'A', en: 'B' }, s),
  'formatValidationError (a path)': (s) => core.formatValidationError({ path: s, message: s }),
  'lang: negotiateLocale': (s) => negotiateLocale(s),
  'lang: textDirection': (s) => textDirection(s),
  'lang: supportedLocale': (s) => supportedLocale(s),
};

for (const [reader, read] of Object.entries(READERS)) {
  test(`${reader} reads 100 000-character adversarial strings in linear time`, () => {
    const slow = [];
    for (const [name, text] of Object.entries(STRINGS)) {
      let threw;
      const ms = fastest(() => {
        try {
          read(text);
        } catch (error) {
          threw = error;
        }
      });
      assert.equal(threw, undefined, `${reader} threw on ${name}: ${threw}`);
      if (ms > BUDGET_MS) slow.push(`${name}: ${ms.toFixed(0)} ms`);
    }
    assert.deepEqual(slow, [], `over ${BUDGET_MS_PER_1000} ms per 1000 characters`);
  });
}

test('a 100 000-character dosage line is refused as too long, not read', () => {
  const result = core.validateExercise(exercise({ dosage: STRINGS['3x10 3x10'] }));
  assert.equal(result.ok, false);
  assert.deepEqual(
    result.errors.map((e) => `${e.path}: ${e.message}`),
    ['dosage: must be at most 500 characters'],
  );
});
