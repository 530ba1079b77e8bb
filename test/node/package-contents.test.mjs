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
    'dist/cdn/exercise-elements.all.js',
    'dist/core/index.js',
    'dist/index.d.ts',
    'dist/exercise-figure/exercise-figure.js',
    'dist/exercise-figure/exercise-figure.d.ts',
    'dist/routine-editor/routine-editor.js',
    'dist/routine-editor/routine-editor.d.ts',
    'dist/styles/before-upgrade.css',
    'dist/styles/before-upgrade.css.d.ts',
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
    // Elements (`define`), an entry importing one, every language's dosage words (registerDosageWords), or
    // the lenient validators' field suggestions (useUnknownFieldWarnings).
    assert.match(
      source,
      /define|registerDosageWords|useUnknownFieldWarnings\(\{|import ['"]/,
      `${file} registers something`,
    );
  }
});

test('lit, @lit/localize and valibot stay imports in the npm build, not bundled copies', () => {
  const card = readFileSync('dist/exercise-card/exercise-card.component.js', 'utf8');
  assert.match(card, /from ["']lit["']/);
  assert.match(card, /from ["']@lit\/localize["']/);
  assert.ok(!existsSync('dist/node_modules'), 'no bundled node_modules');
});

test('the all-in-one file carries English dosage words only; each other language is a lazy chunk beside it', () => {
  for (const [file, dir] of [['dist/cdn/exercise-elements.all.js', 'locales']]) {
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

test('CSS is a side effect, so bundlers keep `import "exercise-elements/styles/before-upgrade.css"`', () => {
  // webpack and Rollup match a pattern without a slash against the file name (`*.css`).
  const css = pkg.exports['./styles/before-upgrade.css'].default;
  assert.ok(existsSync(css), css);
  const matches = pkg.sideEffects.some((pattern) =>
    pattern.includes('/')
      ? pattern === css
      : new RegExp(`^${pattern.replace('.', '\\.').replace('*', '.*')}$`).test(css.split('/').pop()),
  );
  assert.ok(matches, `sideEffects lists ${css}`);
});

test('the tarball ships no pseudo-locale and no source maps', () => {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }));
  const files = report.files.map((f) => f.path);
  assert.deepEqual(
    files.filter((f) => /en-XA/i.test(f)),
    [],
    'no en-XA files',
  );
  assert.deepEqual(
    files.filter((f) => f.endsWith('.map')),
    [],
    'no source maps',
  );
  for (const file of files.filter((f) => /\.(js|d\.ts)$/.test(f))) {
    const text = readFileSync(file, 'utf8');
    assert.ok(!/en-XA-(card|counter|player|session|shared)/.test(text), `${file} loads no en-XA catalog`);
    assert.ok(!text.includes('sourceMappingURL'), `${file} points at no source map`);
  }
});

test('the declarations show the public API only', () => {
  for (const name of [
    'exercise-card',
    'rep-counter',
    'routine-player',
    'exercise-figure',
    'routine-editor',
  ]) {
    const types = readFileSync(`dist/${name}/${name}.component.d.ts`, 'utf8');
    assert.deepEqual(types.match(/^\s+_\w+/gm) ?? [], [], `${name}: no internal state`);
    assert.match(types, /static properties: import\("lit"\)\.PropertyDeclarations;/);
  }
  for (const file of ['exercise-elements', 'exercise-elements-hydrate', 'autoload']) {
    assert.ok(
      !readFileSync(`dist/cdn/${file}.d.ts`, 'utf8').includes('@lit-labs'),
      `${file}.d.ts imports no devDependency`,
    );
  }
});

test('each element entry exports the types its properties and events use', () => {
  const entries = {
    'exercise-card': [
      'ExStartDetail',
      'ExLoadDetail',
      'ExErrorDetail',
      'ExWarningDetail',
      'ExerciseInput',
      'ValidatedExercise',
    ],
    'rep-counter': [
      'ExRepDetail',
      'ExCompleteDetail',
      'ExWarningDetail',
      'VoiceMode',
      'CounterPhase',
      'Dosage',
    ],
    'routine-player': [
      'ExStopDetail',
      'ExLoadDetail',
      'ExCheckinDetail',
      'RoutineInput',
      'ValidatedRoutine',
      'Pace',
      'PlayerState',
    ],
    'exercise-figure': ['ExWarningDetail', 'FigureState', 'FigureInput', 'Figure', 'FigureSpec'],
    'routine-editor': [
      'ExChangeDetail',
      'ExErrorDetail',
      'ExWarningDetail',
      'ExLibraryPickDetail',
      'RoutineInput',
      'EmbedOptions',
    ],
  };
  for (const [name, types] of Object.entries(entries)) {
    const text = readFileSync(`dist/${name}/${name}.d.ts`, 'utf8');
    for (const type of types) assert.match(text, new RegExp(`\\b${type}\\b`), `${name}.d.ts exports ${type}`);
  }
  const root = readFileSync('dist/index.d.ts', 'utf8');
  for (const type of ['VoiceMode', 'CounterPhase']) assert.match(root, new RegExp(`\\b${type}\\b`));
});

test('exercise-elements/ssr re-exports every function of the renderer', async () => {
  const entry = await import('../../dist/ssr/index.js');
  const renderer = await import('../../dist/ssr/render-to-html.js');
  assert.deepEqual(Object.keys(entry).sort(), Object.keys(renderer).sort());
});

test('framework types and editor data ship, each named in package.json', () => {
  const TAGS = ['exercise-card', 'rep-counter', 'routine-player', 'exercise-figure', 'routine-editor'];
  for (const file of ['dist/types/react.d.ts', 'dist/types/vue.d.ts', 'dist/editor/html-custom-data.json']) {
    assert.ok(existsSync(file), file);
    const text = readFileSync(file, 'utf8');
    for (const tag of TAGS)
      assert.ok(text.includes(`'${tag}'`) || text.includes(`"${tag}"`), `${file}: ${tag}`);
  }
  assert.ok(existsSync(pkg['web-types']), pkg['web-types']);
  const vscode = JSON.parse(readFileSync('dist/editor/html-custom-data.json', 'utf8'));
  const player = vscode.tags.find((t) => t.name === 'routine-player');
  assert.deepEqual(
    player.attributes.find((a) => a.name === 'pace').values.map((v) => v.name),
    ['min', 'mid', 'max'],
  );
  assert.equal(player.attributes.find((a) => a.name === 'no-persist').valueSet, 'v');
  const figure = vscode.tags.find((t) => t.name === 'exercise-figure');
  assert.deepEqual(
    figure.attributes.find((a) => a.name === 'state').values.map((v) => v.name),
    ['moving', 'hold', 'still'],
  );
  const editor = vscode.tags.find((t) => t.name === 'routine-editor');
  assert.deepEqual(
    editor.attributes.find((a) => a.name === 'theme').values.map((v) => v.name),
    ['light', 'dark'],
  );
  const webTypes = JSON.parse(readFileSync(pkg['web-types'], 'utf8'));
  assert.deepEqual(
    webTypes.contributions.html.elements.map((e) => e.name),
    TAGS,
  );
  const counter = webTypes.contributions.html.elements.find((e) => e.name === 'rep-counter');
  assert.deepEqual(
    counter.attributes.find((a) => a.name === 'voice').values.map((v) => v.name),
    ['off', 'changes', 'counts'],
  );
});

test('the exercise library ships for the editor: 873 valid exercises, the copied pictures and the licence', async () => {
  const [report] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { encoding: 'utf8' }));
  const files = report.files.map((f) => f.path);
  assert.ok(pkg.exports['./library/*'], 'exports ./library/*');
  assert.ok(files.includes('dist/library/free-exercise-db.json'));
  assert.ok(files.includes('dist/library/LICENSE.md'));
  const library = JSON.parse(readFileSync('dist/library/free-exercise-db.json', 'utf8'));
  assert.equal(library.licence, 'Unlicense');
  assert.equal(library.exercises.length, 873);
  const { validateExercise } = await import('exercise-elements/core');
  for (const exercise of library.exercises) assert.ok(validateExercise(exercise).ok, exercise.id);
  // Each relative picture is a file in the package; the rest stay on the library's own site.
  const pictures = library.exercises.flatMap((e) => e.media?.images ?? []).map((i) => i.src);
  const local = pictures.filter((src) => !src.startsWith('https:'));
  assert.ok(local.length > 0, 'some pictures are copied in');
  for (const src of local) assert.ok(files.includes(`dist/library/${src}`), src);
  for (const src of pictures.filter((s) => s.startsWith('https:')))
    assert.ok(src.startsWith('https://raw.githubusercontent.com/yuhonas/free-exercise-db/'), src);
});

test("the readers' drop-in files never load the exercise library", () => {
  for (const file of ['dist/cdn/exercise-elements.js', 'dist/cdn/exercise-elements-hydrate.js']) {
    const bundle = readFileSync(file, 'utf8');
    assert.ok(!bundle.includes('free-exercise-db.json'), `${file} names no library file`);
    assert.ok(!bundle.includes('ex-library-pick'), `${file} carries no library panel`);
  }
});
