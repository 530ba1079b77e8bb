// Every reader of a <rep-counter> attribute, fed 100 000-character strings built to make a
// backtracking regular expression go quadratic (runs of spaces, digits, dashes, range words, unit
// words). A CMS can put any of these in an attribute; each must be read in time proportional to its
// length. `readRange` once took 7.4 s on '1' + 100 000 spaces + 'x'.
// Needs `npm run build` (reads dist/core/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';

const { checkCounterInput, readRange } = await import('../../dist/core/rep-counter-input.js');
const { parseDosage } = await import('exercise-elements/core');

const LENGTH = 100_000;
/** A linear reader spends microseconds per thousand characters; quadratic ones spend seconds. */
const BUDGET_MS_PER_1000_CHARS = 3;

/** `unit` repeated to LENGTH characters, between an optional head and tail. */
const run = (unit, head = '', tail = '') =>
  head + unit.repeat(Math.ceil((LENGTH - head.length - tail.length) / unit.length)) + tail;

const ADVERSARIAL = {
  'digit, spaces, x': run(' ', '1', 'x'),
  spaces: run(' '),
  'spaces then a digit': run(' ', '', '1'),
  'tabs and newlines': run('\t\n', '1', '-'),
  digits: run('1'),
  'digits then x': run('1', '', 'x'),
  'digit-dot pairs': run('1.'),
  dashes: run('-'),
  'digit dash pairs': run('1-'),
  'en dashes between digits': run('1\u2013'),
  'spaced dashes': run(' - ', '1'),
  'range words': run('to '),
  'digit to pairs': run('1 to '),
  'range, spaces, junk': run(' ', '10 - 15', ' x'),
  'unit words': run('reps '),
  'counted unit words': run('10 reps '),
  'sets of': run('3 sets of 10 '),
  'seconds words': run('hold 3 seconds '),
  'side words': run('each side '),
  'per words': run('per '),
};

/** The fastest of three runs, so one pause of a busy machine does not fail the test. */
function fastestMs(read) {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    read();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const READERS = {
  readRange: (text) => readRange(text),
  'target attribute': (text) => checkCounterInput({ target: text }),
  'sets attribute': (text) => checkCounterInput({ sets: text }),
  'hold attribute': (text) => checkCounterInput({ hold: text }),
  'rest attribute': (text) => checkCounterInput({ rest: text }),
  'side attribute': (text) => checkCounterInput({ side: text }),
  'dosage attribute (parseDosage, then the checks)': (text) =>
    checkCounterInput({ dosage: parseDosage(text) }),
};

for (const [reader, read] of Object.entries(READERS)) {
  test(`${reader} reads 100 000-character adversarial strings in linear time`, () => {
    const slow = [];
    for (const [name, text] of Object.entries(ADVERSARIAL)) {
      assert.equal(text.length >= LENGTH, true);
      const ms = fastestMs(() => read(text));
      const perThousand = ms / (text.length / 1000);
      if (perThousand > BUDGET_MS_PER_1000_CHARS) slow.push(`${name}: ${ms.toFixed(0)} ms`);
    }
    assert.deepEqual(slow, [], `over ${BUDGET_MS_PER_1000_CHARS} ms per 1 000 characters`);
  });
}

test('refuses what it cannot read in those strings, and tells the author, never throws', () => {
  for (const [name, text] of Object.entries(ADVERSARIAL)) {
    // Blank is an empty attribute: unset, with nothing to tell.
    if (text.trim() === '') continue;
    const { settings, problems } = checkCounterInput({ target: text, hold: text });
    assert.equal(settings.target === undefined || typeof settings.target === 'number', true, name);
    // Every string here is junk for a counter setting except the ones that only pad a number.
    if (settings.target === undefined)
      assert.ok(
        problems.some((p) => p.path === 'target'),
        name,
      );
  }
});
