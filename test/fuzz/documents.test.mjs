// Property-based tests of the one door every document passes through: validateExercise and
// validateRoutine never throw and only point at places that exist, and parseDosage always keeps the
// Dosage contract. Runs FUZZ_RUNS documents per property (1 000 by default, 10 000 in `test:fuzz`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import {
  assertProperty,
  documentArbitrary,
  dosageTextArbitrary,
  fuzzSettings,
  parsePath,
  pathExists,
  seedsFrom,
} from './fuzz-documents.mjs';

const core = await import('exercise-elements/core');
const { validateExercise, validateRoutine, parseDosage, DOSAGE_LIMITS } = core;

const routines = readdirSync('examples')
  .filter((f) => f.endsWith('.json'))
  .map((f) => JSON.parse(readFileSync(`examples/${f}`, 'utf8')));
const seeds = seedsFrom(routines);
const settings = fuzzSettings(1000);

const RANGE_FIELDS = ['sets', 'reps', 'holdSeconds', 'durationSeconds', 'restSeconds'];
const DOSAGE_KEYS = new Set([...RANGE_FIELDS, 'side', 'text']);

/** Why `range` breaks the Dosage contract for `field`, or undefined when it keeps it. */
function rangeProblem(field, range) {
  const bounds = typeof range === 'number' ? [range, range] : [range?.min, range?.max];
  const [min, max] = bounds;
  if (!bounds.every((n) => typeof n === 'number' && Number.isFinite(n))) return 'is not finite';
  if (min < 0) return 'is negative';
  if (min > max) return 'has min > max';
  if (field === 'sets' || field === 'reps') {
    if (!Number.isInteger(min) || !Number.isInteger(max)) return 'is not whole';
    if (min < 1) return 'is below 1';
    if (max > DOSAGE_LIMITS[field]) return `is above ${DOSAGE_LIMITS[field]}`;
  } else if (max > DOSAGE_LIMITS.seconds) {
    return `is above ${DOSAGE_LIMITS.seconds} s`;
  }
  return undefined;
}

/** Asserts the Dosage contract on a dosage from the parser or from a validated document. */
function assertDosage(dosage, where, { onlyKnownKeys }) {
  assert.equal(typeof dosage, 'object', `${where}: not an object`);
  for (const field of RANGE_FIELDS) {
    if (dosage[field] === undefined) continue;
    const problem = rangeProblem(field, dosage[field]);
    assert.equal(problem, undefined, `${where}.${field} ${problem}: ${JSON.stringify(dosage[field])}`);
  }
  if (dosage.side !== undefined) assert.ok(['each', 'alternating'].includes(dosage.side), `${where}.side`);
  if (onlyKnownKeys) {
    for (const key of Object.keys(dosage)) assert.ok(DOSAGE_KEYS.has(key), `${where} has "${key}"`);
  }
}

/** Every error is `{path, message}` with a path that names a place in the input. */
function assertErrorsPointIntoInput(result, input) {
  if (result.ok) return;
  assert.ok(Array.isArray(result.errors) && result.errors.length > 0, 'a failed result has errors');
  for (const error of result.errors) {
    assert.equal(typeof error.path, 'string');
    assert.ok(typeof error.message === 'string' && error.message.length > 0, 'an error has a message');
    assert.ok(pathExists(input, error.path), `path "${error.path}" (${error.message}) is not in the input`);
  }
}

function validatedDosages(result) {
  if (!result.ok) return [];
  const value = result.value;
  const out = [];
  const fromExercise = (exercise, at) => exercise?.dosage && out.push([exercise.dosage, `${at}.dosage`]);
  if (value.sections) {
    for (const [id, exercise] of Object.entries(value.exercises ?? {}))
      fromExercise(exercise, `exercises.${id}`);
    value.sections.forEach((section, s) =>
      section.items.forEach((item, i) => {
        if (item.dosage) out.push([item.dosage, `sections[${s}].items[${i}].dosage`]);
        fromExercise(item.exercise, `sections[${s}].items[${i}].exercise`);
      }),
    );
  } else {
    fromExercise(value, 'exercise');
  }
  return out;
}

test('the path reader reads every shape formatPath writes', () => {
  assert.deepEqual(parsePath(''), []);
  assert.deepEqual(parsePath('sections[1].items[0].dosage.sets'), [
    'sections',
    1,
    'items',
    0,
    'dosage',
    'sets',
  ]);
  assert.deepEqual(parsePath('exercises["weird key"].id'), ['exercises', 'weird key', 'id']);
  assert.deepEqual(parsePath('["__proto__"]["a\\"]b"][2]'), ['__proto__', 'a"]b', 2]);
  assert.deepEqual(parsePath('[3].knee-wags'), [3, 'knee-wags']);
  assert.throws(() => parsePath('a..b'));
  assert.throws(() => parsePath('a[x]'));
  assert.equal(pathExists({ a: [{ 'weird key': 0 }] }, 'a[0]["weird key"]'), true);
  assert.equal(pathExists({ a: [] }, 'a[0]'), false);
  assert.equal(pathExists({}, 'constructor'), false);
});

test(`validateExercise never throws and its error paths exist in the input (${settings.numRuns} documents)`, () => {
  assertProperty(
    fc.property(documentArbitrary([...seeds.exercises, ...seeds.routines.slice(0, 1)]), (doc) => {
      const result = validateExercise(doc);
      assertErrorsPointIntoInput(result, doc);
      for (const [dosage, where] of validatedDosages(result))
        assertDosage(dosage, where, { onlyKnownKeys: false });
    }),
    settings,
  );
});

test(`validateRoutine never throws and its error paths exist in the input (${settings.numRuns} documents)`, () => {
  assertProperty(
    fc.property(documentArbitrary([...seeds.routines, ...seeds.exercises.slice(0, 1)]), (doc) => {
      const result = validateRoutine(doc);
      assertErrorsPointIntoInput(result, doc);
      for (const [dosage, where] of validatedDosages(result))
        assertDosage(dosage, where, { onlyKnownKeys: false });
    }),
    settings,
  );
});

test('the validators answer, without throwing, for cycles, throwing getters and proxies', () => {
  const cyclic = structuredClone(seeds.exercises[0]);
  cyclic.self = cyclic;
  cyclic.steps = [cyclic];
  const getter = structuredClone(seeds.exercises[0]);
  Object.defineProperty(getter, 'name', {
    enumerable: true,
    get: () => {
      throw new Error('boom');
    },
  });
  const trap = new Proxy(
    {},
    {
      get: () => {
        throw new Error('trap');
      },
      ownKeys: () => {
        throw new Error('trap');
      },
    },
  );
  const routine = structuredClone(seeds.routines[0]);
  routine.sections[0].items.push(routine);
  for (const input of [
    cyclic,
    getter,
    trap,
    routine,
    Object.create(null),
    new Map(),
    () => 1,
    Symbol('s'),
    10n,
  ]) {
    for (const validate of [validateExercise, validateRoutine]) {
      const result = validate(input);
      assertErrorsPointIntoInput(result, input);
    }
  }
  assert.equal(validateExercise(getter).ok, false);
});

test(`parseDosage never throws and keeps the Dosage contract (${settings.numRuns} lines)`, () => {
  assertProperty(
    fc.property(dosageTextArbitrary(seeds.dosages), (text) => {
      const dosage = parseDosage(text);
      assertDosage(dosage, JSON.stringify(text), { onlyKnownKeys: true });
      if (text.trim() === '') assert.deepEqual(dosage, {});
      else assert.equal(dosage.text, text.trim());
    }),
    settings,
  );
});

test('parseDosage answers {} for anything that is not a string', () => {
  for (const input of [undefined, null, 3, NaN, {}, [], ['3 x 10'], { toString: () => '3 x 10' }, true]) {
    assert.deepEqual(parseDosage(input), {});
  }
});
