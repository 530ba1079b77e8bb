/**
 * Generators for the fuzz tests, shared by the Node tests (`*.test.mjs`) and the Chromium tests
 * (`*.test.ts`), so both feed the same kinds of documents to the validators and the elements.
 *
 * Design: a document is either fully random data, or one of our example documents (or one of their
 * exercises) with a few mutations applied at random places: a field dropped, a value of the wrong type,
 * a huge, negative or non-finite number, an empty or right-to-left string, a 100 000-item array, deep
 * nesting, a hostile key such as `__proto__`. Mutating the examples keeps most documents close to valid,
 * which is where validators and renderers have the most code to get wrong.
 *
 * Also here: `resolvePath`, which reads our error paths (`sections[1].items[0]["weird key"]`) back
 * against the input, so a test can prove that each path an author is shown exists in their document.
 */
import fc from 'fast-check';

/** Runs and seed: `FUZZ_RUNS` / `FUZZ_SEED` from the environment in Node, else the defaults given. */
export function fuzzSettings(defaultRuns) {
  const env = typeof process !== 'undefined' ? process.env : {};
  const runs = Number.parseInt(env.FUZZ_RUNS ?? '', 10);
  const seed = Number.parseInt(env.FUZZ_SEED ?? '', 10);
  return {
    numRuns: Number.isFinite(runs) && runs > 0 ? runs : defaultRuns,
    seed: Number.isFinite(seed) ? seed : 20_261_122,
  };
}

/**
 * `fc.assert`, with a short report: the seed and path to replay, the failure, and the start of the
 * counterexample (a 100 000-item array would otherwise print megabytes).
 */
export function assertProperty(property, settings) {
  report(fc.check(property, settings));
}

/** The same for an async property (the element tests in Chromium). */
export async function assertAsyncProperty(property, settings) {
  report(await fc.check(property, settings));
}

function report(details) {
  if (!details.failed) return;
  let shown;
  try {
    shown = fc.stringify(details.counterexample);
  } catch {
    shown = '(nested too deeply to print; replay it with the seed and path)';
  }
  const failure =
    details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    [
      `Property failed after ${details.numRuns} runs; replay with { seed: ${details.seed}, path: "${details.counterexamplePath}" }`,
      `Failure: ${failure}`,
      `Counterexample (${shown.length} characters): ${shown.slice(0, 3000)}${shown.length > 3000 ? '…' : ''}`,
    ].join('\n'),
  );
}

/* ------------------------------------------------------------------ hostile values */

export const RTL_TEXTS = [
  'جسر الألوية، ١٠ تكرارات لكل جانب',
  'גשר ישבן: 10 חזרות בכל צד',
  'abc \u202Egnp.exe\u202C def',
  '\u2067عربي\u2069 then English',
  'left\u200Fright\u200E',
  'مرحبا <b>bold</b> שלום',
];

export const WEIRD_STRINGS = [
  '',
  ' ',
  '\t\n\r ',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\uDFFF\uD800',
  '\u200B\u200B',
  'Z\u0364\u0351\u0313\u0324\u0354a\u0308\u0356\u032D\u0307',
  '😀👩‍👩‍👧‍👦🏳️‍🌈',
  'x'.repeat(5000),
  'Pneumonoultramicroscopicsilicovolcanoconiosis'.repeat(20),
  '<script>window.__xss = 1</script>',
  '</script><script>window.__xss = 1</script>',
  '__proto__',
  'constructor',
  'toString',
  '10–15 reps per side',
  '3 x 1e308 seconds',
  '999999999 sets of 999999999 reps',
  '-5 reps',
  'NaN reps',
  'Infinity sets',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '//evil.example/x.jpg',
  'https://example.com/\u0000.jpg',
  'en',
  '1',
  ...RTL_TEXTS,
];

export const WEIRD_NUMBERS = [
  0,
  -0,
  -1,
  0.5,
  1.5,
  3,
  100,
  101,
  1000,
  1001,
  86_400,
  86_400.5,
  2 ** 31,
  Number.MAX_SAFE_INTEGER + 2,
  1e308,
  -1e308,
  Number.MIN_VALUE,
  Number.MAX_VALUE,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
];

export const WEIRD_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  '',
  'weird key',
  'a.b',
  '["x"]',
  '0',
  'é',
  '\u202E',
];

/** Lengths of the big arrays; the browser tests pass a smaller one to keep rendering time modest. */
export const HUGE_ARRAY_LENGTH = 100_000;

function nested(depth, leaf, asArray) {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = asArray ? [value] : { deeper: value };
  return value;
}

/**
 * Lengths of generated lists: mostly up to 1 000, now and then `hugeLength`. A 100 000-item list of
 * wrong items costs the validator about a second, so they are rare enough to keep a run short.
 */
function listLength(hugeLength) {
  return fc.oneof(
    { weight: 12, arbitrary: fc.integer({ min: 1, max: Math.min(1000, hugeLength) }) },
    { weight: 1, arbitrary: fc.constant(hugeLength) },
  );
}

/**
 * A value that does not belong where it is put. `hugeLength` is the length of the big arrays.
 * @returns {fc.Arbitrary<unknown>}
 */
export function hostileValue({ hugeLength = HUGE_ARRAY_LENGTH } = {}) {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...WEIRD_STRINGS) },
    { weight: 4, arbitrary: fc.constantFrom(...WEIRD_NUMBERS) },
    { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: 'grapheme', maxLength: 40 }) },
    { weight: 2, arbitrary: fc.double() },
    { weight: 2, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.constantFrom(true, false, null, [], {}, [null], { min: 5, max: 2 }) },
    { weight: 3, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.constantFrom('step', 7, null, { en: 'x' }), listLength(hugeLength))
        .map(([item, n]) => Array.from({ length: n }, () => item)),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(fc.integer({ min: 50, max: 3000 }), fc.boolean())
        .map(([depth, asArray]) => nested(depth, 'leaf', asArray)),
    },
  );
}

/* ------------------------------------------------------------------ mutations */

function isContainer(value) {
  return typeof value === 'object' && value !== null;
}

/** Paths (arrays of keys) to every value in `doc`, the document itself first; big arrays are sampled. */
export function allPaths(doc, limit = 400) {
  const out = [];
  const seen = new Set();
  const walk = (value, path) => {
    if (out.length >= limit) return;
    out.push(path);
    if (!isContainer(value) || seen.has(value) || path.length > 12) return;
    seen.add(value);
    const keys = Array.isArray(value) ? [...value.keys()].slice(0, 8) : Object.keys(value);
    for (const key of keys) {
      const descriptor = Object.getOwnPropertyDescriptor(value, key);
      if (descriptor && 'value' in descriptor) walk(descriptor.value, [...path, key]);
    }
  };
  walk(doc, []);
  return out;
}

function clone(doc) {
  return JSON.parse(JSON.stringify(doc));
}

function parentOf(doc, path) {
  let value = doc;
  for (const key of path.slice(0, -1)) value = value[key];
  return value;
}

/** One change at one place; `at` picks the place among `allPaths(doc)`. */
const mutationArbitrary = (options = {}) =>
  fc.record({
    at: fc.nat(),
    op: fc.oneof(
      { weight: 3, arbitrary: fc.constant({ kind: 'drop' }) },
      { weight: 6, arbitrary: hostileValue(options).map((value) => ({ kind: 'replace', value })) },
      { weight: 2, arbitrary: fc.constantFrom(...RTL_TEXTS).map((text) => ({ kind: 'text', text })) },
      { weight: 1, arbitrary: fc.constant({ kind: 'stringify' }) },
      { weight: 1, arbitrary: fc.constant({ kind: 'wrap' }) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(fc.constantFrom(...WEIRD_KEYS), hostileValue(options))
          .map(([key, value]) => ({ kind: 'add-key', key, value })),
      },
      {
        weight: 1,
        arbitrary: listLength(options.hugeLength ?? HUGE_ARRAY_LENGTH).map((n) => ({ kind: 'repeat', n })),
      },
    ),
  });

/** Applies one mutation and returns the (possibly new) document. */
function mutate(doc, { at, op }) {
  const paths = allPaths(doc);
  const path = paths[at % paths.length];
  const key = path[path.length - 1];
  const parent = path.length ? parentOf(doc, path) : undefined;
  const current = path.length ? parent[key] : doc;
  const put = (value) => {
    if (!path.length) return value;
    parent[key] = value;
    return doc;
  };
  switch (op.kind) {
    case 'drop':
      if (!path.length) return undefined;
      if (Array.isArray(parent)) parent.splice(key, 1);
      else delete parent[key];
      return doc;
    case 'replace':
      return put(op.value);
    case 'text':
      return put(typeof current === 'string' ? `${current} ${op.text}` : op.text);
    case 'stringify':
      return put(typeof current === 'string' ? Number(current) : JSON.stringify(current));
    case 'wrap':
      return put([current]);
    case 'add-key':
      if (!isContainer(current) || Array.isArray(current)) return put({ [op.key]: op.value });
      // defineProperty, so `__proto__` becomes an own key as JSON.parse would make it.
      Object.defineProperty(current, op.key, {
        value: op.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
      return doc;
    case 'repeat':
      return put(Array.from({ length: op.n }, () => current));
  }
  return doc;
}

/** Our example routines, each exercise in them on its own, and every dosage line they contain. */
export function seedsFrom(routines) {
  const exercises = [];
  const dosages = [];
  for (const routine of routines) {
    for (const exercise of Object.values(routine.exercises ?? {})) exercises.push(exercise);
    for (const section of routine.sections ?? []) {
      for (const item of section.items ?? []) {
        if (item.exercise) exercises.push(item.exercise);
        if (typeof item.dosage === 'string') dosages.push(item.dosage);
      }
    }
  }
  for (const exercise of exercises) if (typeof exercise.dosage === 'string') dosages.push(exercise.dosage);
  return { routines, exercises, dosages };
}

/**
 * Documents for a validator or an element: random data (a fifth), or a seed with 1–5 mutations.
 * @returns {fc.Arbitrary<unknown>}
 */
export function documentArbitrary(seeds, options = {}) {
  const mutated = fc
    .tuple(fc.constantFrom(...seeds), fc.array(mutationArbitrary(options), { minLength: 1, maxLength: 5 }))
    .map(([seed, mutations]) => {
      let doc = clone(seed);
      for (const mutation of mutations) doc = mutate(doc, mutation);
      return doc;
    });
  return fc.oneof(
    { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 4 }) },
    { weight: 1, arbitrary: fc.anything({ maxDepth: 3, withNullPrototype: true, withSparseArray: true }) },
    { weight: 8, arbitrary: mutated },
  );
}

/* ------------------------------------------------------------------ dosage text */

const DOSAGE_WORDS = [
  'reps',
  'rep',
  'repetitions',
  'sets',
  'set',
  'rounds',
  'of',
  'x',
  '×',
  '*',
  'times',
  'per',
  'each',
  'side',
  'leg',
  'left',
  'right',
  'alternating',
  'hold',
  'for',
  'seconds',
  's',
  'sec',
  'min',
  'minutes',
  'hour',
  'rest',
  'between',
  'breaths',
  'walks',
  'squats',
  'a',
  'day',
  'week',
  'twice',
  'three',
  'twenty-five',
  'hundred',
  'to',
  '-',
  '–',
  '—',
  ',',
  ';',
  '.',
  '(',
  ')',
  '|',
  'repeat',
  'then',
  'and',
];
const DOSAGE_NUMBERS = [
  '0',
  '1',
  '2',
  '3',
  '10',
  '15',
  '0.5',
  '1.5',
  '100',
  '101',
  '1000',
  '1001',
  '86400',
  '86401',
  '999999999999',
  '1e308',
  '-5',
  '3x10',
  '10s',
  '½',
  '٣',
  '１０',
  '00',
  '007',
  '1.',
  '.5',
  '10-15',
  '15–10',
  'Infinity',
  'NaN',
];

/** Dosage lines: word soup from the dosage vocabulary, our examples' lines mutated, or random text. */
export function dosageTextArbitrary(exampleLines) {
  const soup = fc
    .array(fc.oneof(fc.constantFrom(...DOSAGE_WORDS), fc.constantFrom(...DOSAGE_NUMBERS)), { maxLength: 24 })
    .chain((tokens) => fc.constantFrom(' ', '', '  ').map((sep) => tokens.join(sep)));
  const edited = fc
    .tuple(fc.constantFrom(...exampleLines), fc.constantFrom(...DOSAGE_NUMBERS), fc.nat(), fc.nat())
    .map(([line, number, at, cut]) => {
      const words = line.split(' ');
      words.splice(at % (words.length + 1), cut % 3, number);
      return words.join(' ');
    });
  return fc.oneof(
    { weight: 4, arbitrary: soup },
    { weight: 3, arbitrary: edited },
    { weight: 1, arbitrary: fc.constantFrom(...exampleLines, ...WEIRD_STRINGS) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme-ascii', maxLength: 600 }) },
  );
}

/* ------------------------------------------------------------------ error paths */

const IDENT = /^[A-Za-z_$][\w$-]*/;

/**
 * Reads a path as `formatPath` writes it (`a.b[0]["weird key"]`; empty for the document) into keys.
 * Throws on anything that is not in that syntax, so a malformed path fails the test that reads it.
 * @returns {Array<string | number>}
 */
export function parsePath(path) {
  const keys = [];
  let rest = path;
  let first = true;
  while (rest.length) {
    if (rest.startsWith('[')) {
      const index = /^\[(\d+)\]/.exec(rest);
      if (index) {
        keys.push(Number(index[1]));
        rest = rest.slice(index[0].length);
      } else {
        // A JSON string literal: find its closing quote, skipping escaped characters.
        let end = 2;
        while (end < rest.length && rest[end] !== '"') end += rest[end] === '\\' ? 2 : 1;
        if (rest[1] !== '"' || rest[end + 1] !== ']') throw new Error(`bad key in path "${path}"`);
        keys.push(JSON.parse(rest.slice(1, end + 1)));
        rest = rest.slice(end + 2);
      }
    } else {
      const dotted = first ? rest : rest.startsWith('.') ? rest.slice(1) : '';
      const name = IDENT.exec(dotted);
      if (!name) throw new Error(`bad path "${path}" at "${rest}"`);
      keys.push(name[0]);
      rest = dotted.slice(name[0].length);
    }
    first = false;
  }
  return keys;
}

/** Whether `path` (in our syntax) names a value that exists in `doc`; the empty path is the document. */
export function pathExists(doc, path) {
  let value = doc;
  for (const key of parsePath(path)) {
    if (!isContainer(value)) return false;
    if (Array.isArray(value) ? typeof key !== 'number' || key >= value.length : !Object.hasOwn(value, key)) {
      return false;
    }
    value = value[key];
  }
  return true;
}
