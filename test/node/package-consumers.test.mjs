// Fresh consumer projects built from the packed tarball, as a developer meets the package: strict
// TypeScript 5.9, 6 and 7 projects under `bundler` and `nodenext` (skipLibCheck off; only TypeScript's
// own lib files go unchecked) importing every entry (the stylesheet too) and a React 19 app, a React 19
// project and a Vue 3 project (vue-tsc) where correct code compiles and each marked mistake (a wrong
// attribute value, a wrong `event.detail` field, on each of the five elements) fails, a webpack 5
// production build that must keep the stylesheet, and Node without @lit-labs/ssr.
//
// The projects live in test/consumers/. Their tools (test/consumers/package.json) are installed from
// the npm registry on the first run into a cache folder OUTSIDE the repository (module resolution walks
// up: inside the repo it would find our own node_modules, with @lit-labs/ssr and TypeScript 6, and pass
// for the wrong reasons). Later runs only pack, unpack and compile. Needs `npm run build` first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve('.');
const SOURCE = join(ROOT, 'test/consumers');
const CACHE = resolve(
  process.env.EXERCISE_ELEMENTS_CONSUMERS ??
    join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'exercise-elements-consumers'),
);
const TOOLS_MANIFEST = readFileSync(join(SOURCE, 'package.json'), 'utf8');
// One folder per set of tools (named by a hash of test/consumers/package.json), which every checkout
// wanting the same tools shares; the unpacked package and the projects go in a folder of this run's
// own inside it, so two checkouts testing at once never compile each other's files.
const TOOLS = join(CACHE, createHash('sha256').update(TOOLS_MANIFEST).digest('hex').slice(0, 12));
const PROJECTS = join(TOOLS, 'runs', `${process.pid}-${Date.now()}`);
const bin = (name) => join(TOOLS, 'node_modules/.bin', name);

/** Runs a compiler; resolves to its exit status and the `file(line,col): error TS…` lines it printed. */
function compile(command, args, cwd) {
  return new Promise((done) => {
    execFile(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 26 }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      // Colourless tsc output: `app.tsx(8,20): error TS2322: …`; vue-tsc prints the same shape.
      const errors = output.split('\n').filter((line) => /\(\d+,\d+\): error TS\d+/.test(line));
      done({ status: error ? (error.code ?? 1) : 0, output, errors });
    });
  });
}

/** Every compiler run, started together once the projects are in place (2 cores halve the wait). */
const PLANNED = [];
let runs;

/** The line numbers right after each `MISTAKE` comment: where the compiler must report an error. */
function markedLines(file) {
  const lines = readFileSync(file, 'utf8').split('\n');
  return lines.flatMap((line, i) => (line.includes('MISTAKE') ? [i + 2] : []));
}
const errorLines = (errors, file) =>
  [...new Set(errors.filter((e) => e.includes(file)).map((e) => Number(/\((\d+),/.exec(e)[1])))].sort(
    (a, b) => a - b,
  );

/** Installs the tools (first time), unpacks the tarball and copies the projects; then starts every run. */
function prepare() {
  assert.ok(existsSync('dist/index.js'), 'run `npm run build` first');
  const manifest = TOOLS_MANIFEST;
  // The consumers install exercise-elements' own dependencies with the same ranges.
  const tools = JSON.parse(manifest).devDependencies;
  for (const [name, range] of Object.entries(JSON.parse(readFileSync('package.json', 'utf8')).dependencies)) {
    assert.equal(tools[name], range, `test/consumers/package.json lists ${name}@${range}`);
  }
  mkdirSync(TOOLS, { recursive: true });
  const installed = join(TOOLS, 'package.json');
  if (!existsSync(installed) || readFileSync(installed, 'utf8') !== manifest || !existsSync(bin('vue-tsc'))) {
    writeFileSync(installed, manifest);
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--loglevel=error'], {
      cwd: TOOLS,
      stdio: 'inherit',
      timeout: 600_000,
    });
  }
  // The package as published: `npm pack`, unpacked where `npm install exercise-elements` would put it.
  const scratch = mkdtempSync(join(tmpdir(), 'exercise-elements-pack-'));
  const [report] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', scratch], { encoding: 'utf8' }),
  );
  execFileSync('tar', ['-xzf', join(scratch, report.filename), '-C', scratch]);
  cpSync(join(scratch, 'package'), join(PROJECTS, 'node_modules/exercise-elements'), { recursive: true });
  rmSync(scratch, { recursive: true, force: true });
  process.on('exit', () => rmSync(PROJECTS, { recursive: true, force: true }));
  for (const project of readdirSync(SOURCE, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    cpSync(join(SOURCE, project.name), join(PROJECTS, project.name), { recursive: true });
  }
  runs = Object.fromEntries(PLANNED.map(([key, start]) => [key, start()]));
}

// Node 20 runs a top-level before() hook before the rest of the file has registered its runs: the
// first test to ask prepares everything instead.
function runOf(key) {
  if (!runs) prepare();
  return runs[key];
}

const TYPESCRIPTS = [
  ['TypeScript 5.9', join(TOOLS, 'node_modules/typescript/bin/tsc')],
  ['TypeScript 6', join(TOOLS, 'node_modules/ts6/bin/tsc')],
  ['TypeScript 7', join(TOOLS, 'node_modules/ts7/bin/tsc')],
];

for (const [version, tsc] of TYPESCRIPTS) {
  for (const resolution of ['bundler', 'nodenext']) {
    const key = `${version} ${resolution}`;
    PLANNED.push([
      key,
      () =>
        compile(
          process.execPath,
          [tsc, '-p', `tsconfig.${resolution}.json`, '--pretty', 'false'],
          join(PROJECTS, 'strict'),
        ),
    ]);
    test(`a strict project importing every entry type-checks with ${version} under ${resolution}`, async () => {
      const run = await runOf(key);
      assert.equal(run.status, 0, run.output);
    });
  }
}

const REACT = join(PROJECTS, 'react');
const VUE = join(PROJECTS, 'vue');
PLANNED.push(
  [
    'react mistakes',
    () =>
      compile(
        process.execPath,
        [TYPESCRIPTS[1][1], '-p', 'tsconfig.mistakes.json', '--pretty', 'false'],
        REACT,
      ),
  ],
  ['vue good', () => compile(bin('vue-tsc'), ['-p', 'tsconfig.json', '--pretty', 'false'], VUE)],
  ['vue mistakes', () => compile(bin('vue-tsc'), ['-p', 'tsconfig.mistakes.json', '--pretty', 'false'], VUE)],
);

/** A run that must fail with one error on each line after a `MISTAKE` comment, and no other. */
function assertMistakes(run, cwd, file) {
  assert.notEqual(run.status, 0, run.output);
  const marked = markedLines(join(cwd, file));
  assert.deepEqual(errorLines(run.errors, file), marked, run.output);
  assert.match(run.output, /'"wide"' is not assignable/);
  assert.match(run.output, /Property 'count' does not exist on type 'ExRepDetail'/);
  // <exercise-figure> and <routine-editor> are typed as strictly as the other three.
  assert.match(run.output, /'"spinning"' is not assignable/);
  assert.match(run.output, /Property 'problems' does not exist on type 'ExWarningDetail'/);
  assert.match(run.output, /'"blue"' is not assignable/);
  assert.match(run.output, /Property 'document' does not exist on type 'ExChangeDetail'/);
}

// The correct React app (react/app.tsx) is part of every strict project above.
test('React 19: a wrong attribute value or detail field fails to compile', async () => {
  assertMistakes(await runOf('react mistakes'), REACT, 'mistakes.tsx');
});

test('Vue 3: correct templates pass vue-tsc, and a wrong attribute value or detail field does not', async () => {
  const good = await runOf('vue good');
  assert.equal(good.status, 0, good.output);
  assertMistakes(await runOf('vue mistakes'), VUE, 'Mistakes.vue');
});

const WEBPACK = join(PROJECTS, 'webpack');
PLANNED.push(['webpack', () => compile(process.execPath, ['build.mjs'], WEBPACK)]);

test('webpack 5 production keeps `import "exercise-elements/styles/before-upgrade.css"`', async () => {
  // Tree-shaking drops the import unless package.json's `sideEffects` lists the stylesheet.
  const run = await runOf('webpack');
  assert.equal(run.status, 0, run.output);
  const out = join(WEBPACK, 'out');
  const styles = readdirSync(out).filter((file) => file.endsWith('.css'));
  assert.deepEqual(styles, ['main.css'], run.output);
  const css = readFileSync(join(out, 'main.css'), 'utf8');
  assert.match(css, /exercise-card:not\(:defined\)/);
  assert.match(css, /routine-player:not\(:defined\)/);
  assert.match(readFileSync(join(out, 'main.js'), 'utf8'), /"exercise-card"/, 'the card is bundled');
});

test('exercise-elements/ssr without @lit-labs/ssr says what to install', () => {
  if (!runs) prepare();
  const run = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "await import('exercise-elements/ssr')"],
    {
      cwd: PROJECTS,
      encoding: 'utf8',
    },
  );
  assert.notEqual(run.status, 0);
  assert.match(run.stderr, /exercise-elements\/ssr needs @lit-labs\/ssr.*npm install @lit-labs\/ssr/);
  assert.doesNotMatch(
    run.stderr.split('\n').find((l) => l.startsWith('Error')) ?? '',
    /ERR_MODULE_NOT_FOUND/,
  );
});
