// Plain Node (no DOM): the published `exercise-elements/core` entry imports and works, and the
// published JSON Schemas accept every example routine under an independent validator (ajv).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';
import { build } from 'esbuild';

const core = await import('exercise-elements/core');
const examples = readdirSync('examples')
  .filter((f) => f.endsWith('.json'))
  .map((f) => [f, JSON.parse(readFileSync(`examples/${f}`, 'utf8'))]);

test('exercise-elements/core imports in plain Node and exposes the dosage language', () => {
  for (const name of [
    'parseDosage',
    'parseFrequency',
    'formatDosage',
    'formatFrequency',
    'validateRoutine',
  ]) {
    assert.equal(typeof core[name], 'function', name);
  }
  assert.deepEqual(
    { ...core.parseDosage('10–15 reps per side'), text: undefined },
    { reps: { min: 10, max: 15 }, side: 'each', text: undefined },
  );
  assert.deepEqual(core.parseFrequency('2-3 times per week'), {
    times: { min: 2, max: 3 },
    per: 'week',
    text: '2-3 times per week',
  });
});

test('exercise-elements/core writes dosage lines in every shipped language at once, no loading', () => {
  const dosage = { sets: 3, reps: 10, side: 'each' };
  assert.equal(core.formatDosage(dosage, 'es'), '3 series × 10 repeticiones por lado');
  assert.equal(core.formatDosage(dosage, 'de'), '3 Sätze × 10 Wiederholungen pro Seite');
  assert.equal(core.formatDosage(dosage, 'zh-Hans'), '3组 × 每侧10次');
  assert.equal(core.formatFrequency({ times: 2, per: 'week' }, 'pt-BR'), 'duas vezes por semana');
});

test('an app bundling exercise-elements/core keeps every language (sideEffects names the tables)', async () => {
  // Bundlers drop a bare import of a module package.json does not list as having side effects.
  const result = await build({
    stdin: {
      contents: `import { formatDosage } from './dist/core/index.js'; export const line = formatDosage({ reps: 10 }, 'es');`,
      resolveDir: process.cwd(),
      loader: 'js',
    },
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const url = `data:text/javascript;base64,${Buffer.from(result.outputFiles[0].text).toString('base64')}`;
  assert.equal((await import(url)).line, '10 repeticiones');
});

test('there are five example routines', () => assert.equal(examples.length, 5));

for (const [file, doc] of examples) {
  test(`${file} is valid for the runtime validator in Node`, () => {
    const result = core.validateRoutine(doc);
    assert.equal(result.ok, true, JSON.stringify(result.errors));
  });
}

test('the published JSON Schemas are draft 2020-12 and accept every example (ajv)', () => {
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const routineSchema = JSON.parse(readFileSync('schema/routine.schema.json', 'utf8'));
  const exerciseSchema = JSON.parse(readFileSync('schema/exercise.schema.json', 'utf8'));
  assert.equal(routineSchema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  const validateRoutine = ajv.compile(routineSchema);
  const validateExercise = ajv.compile(exerciseSchema);
  for (const [file, doc] of examples) {
    assert.equal(validateRoutine(doc), true, `${file}: ${ajv.errorsText(validateRoutine.errors)}`);
    for (const exercise of Object.values(doc.exercises ?? {})) {
      assert.equal(
        validateExercise(exercise),
        true,
        `${file} ${exercise.id}: ${ajv.errorsText(validateExercise.errors)}`,
      );
    }
  }
});

test('the published JSON Schema refuses what the runtime validator refuses (ajv)', () => {
  const ajv = new Ajv2020({ strict: false });
  const validateExercise = ajv.compile(JSON.parse(readFileSync('schema/exercise.schema.json', 'utf8')));
  const bad = [
    {},
    { id: 'a' },
    { id: 'a b', name: 'A' },
    { id: 'a', name: 'A', dosage: { sets: 0 } },
    { id: 'a', name: 'A', dosage: { side: 'left' } },
    { id: 'a', name: 'A', media: { images: [{ src: 'javascript:alert(1)', alt: 'x' }] } },
    { id: 'a', name: 'A', media: { images: [{ src: 'a.jpg' }] } },
  ];
  for (const doc of bad) {
    assert.equal(validateExercise(doc), false, JSON.stringify(doc));
    assert.equal(core.validateExercise(doc).ok, false, JSON.stringify(doc));
  }
});
