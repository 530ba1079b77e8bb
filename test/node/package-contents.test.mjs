// What ships: `npm pack` lists only what a user needs, and every `exports` entry resolves to a file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

test('npm pack ships only dist/, schema/, the manifest, README, LICENSE and package.json', () => {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }));
  const files = report.files.map((f) => f.path);
  const allowed = /^(dist\/|schema\/|custom-elements\.json$|README\.md$|LICENSE$|package\.json$)/;
  assert.deepEqual(
    files.filter((f) => !allowed.test(f)),
    [],
  );
  for (const needed of [
    'dist/cdn/exercise-elements.js',
    'dist/cdn/exercise-elements-hydrate.js',
    'dist/core/index.js',
    'dist/index.d.ts',
    'LICENSE',
  ]) {
    assert.ok(files.includes(needed), needed);
  }
  assert.ok(!files.some((f) => /test|stories|demo|examples/.test(f)), 'no tests, stories, demo or examples');
});

test('every exports entry points at a built file, with types for the modules', () => {
  for (const [entry, target] of Object.entries(pkg.exports)) {
    if (entry.includes('*')) continue;
    const paths = typeof target === 'string' ? [target] : Object.values(target);
    for (const path of paths) assert.ok(existsSync(path), `${entry} → ${path}`);
  }
});

test('the package is ESM only, and sideEffects names only the registering files', () => {
  assert.equal(pkg.type, 'module');
  assert.ok(!JSON.stringify(pkg.exports).includes('"require"'), 'no CommonJS condition');
  for (const file of pkg.sideEffects) {
    // Source entries are listed for tools that bundle from src/ (Storybook's Vite); they don't ship.
    if (file.includes('*') || file.startsWith('./src/')) continue;
    const source = readFileSync(file, 'utf8');
    // Elements (`define`), an entry importing one, or every language's dosage words (registerDosageWords).
    assert.match(source, /define|registerDosageWords|import ['"]/, `${file} registers something`);
  }
});

test('lit, @lit/localize and valibot stay imports in the npm build, not bundled copies', () => {
  const card = readFileSync('dist/exercise-card/exercise-card.component.js', 'utf8');
  assert.match(card, /from ["']lit["']/);
  assert.match(card, /from ["']@lit\/localize["']/);
  assert.ok(!existsSync('dist/node_modules'), 'no bundled node_modules');
});

test('the drop-in files carry English dosage words only; each other language is a lazy chunk beside them', () => {
  for (const [file, dir] of [
    ['dist/cdn/exercise-elements.js', 'locales'],
    ['dist/cdn/exercise-elements-hydrate.js', 'hydrate-locales'],
  ]) {
    const bundle = readFileSync(file, 'utf8');
    assert.match(bundle, /"\{n\} reps"/, `${file} has the English words`);
    for (const [language, word] of [
      ['es', 'repeticiones'],
      ['de', 'Wiederholungen'],
    ]) {
      assert.ok(!bundle.includes(word), `${file} has no ${language} words`);
      assert.ok(bundle.includes(`import("./${dir}/words-${language}.js")`), `${file} loads ${language}`);
      assert.match(readFileSync(`dist/cdn/${dir}/words-${language}.js`, 'utf8'), new RegExp(word));
    }
  }
});
