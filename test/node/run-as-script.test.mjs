// The build and test scripts run their work only when started as a script (`node scripts/size.mjs`),
// not when a test imports them. That check must hold wherever the repository is checked out: here it
// lives under a folder named `My projects/`, whose space a hand-built `file://…` URL gets wrong (the
// script would exit 0 having done nothing). Each script is run from that copy and must leave its mark.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const REPO = resolve('.');
const SCRATCH = mkdtempSync(join(tmpdir(), 'run-as-script-'));
const COPY = join(SCRATCH, 'My projects', 'exercise-elements');
process.on('exit', () => rmSync(SCRATCH, { recursive: true, force: true }));

function prepare() {
  if (existsSync(COPY)) return;
  assert.ok(existsSync('dist/index.js'), 'run `npm run build` first');
  mkdirSync(COPY, { recursive: true });
  for (const path of ['scripts', 'dist', 'wordpress', 'custom-elements.json', 'package.json', 'LICENSE']) {
    cpSync(join(REPO, path), join(COPY, path), { recursive: true });
  }
  // The scripts' own imports (esbuild, …) resolve from the copy up to this folder.
  symlinkSync(join(REPO, 'node_modules'), join(COPY, 'node_modules'), 'dir');
}

/** Runs `scripts/<name>` from the copy, with the copy as working directory, as `npm run` would. */
function runScript(name, env = {}) {
  prepare();
  return spawnSync(process.execPath, [join(COPY, 'scripts', name)], {
    cwd: COPY,
    encoding: 'utf8',
    env: { ...process.env, ...env },
  });
}

/** The output of a script that must succeed. */
function succeeds(run) {
  assert.equal(run.status, 0, run.stdout + run.stderr);
  return run.stdout;
}

test('the path of the copy holds a space', () => assert.match(COPY, /My projects/));

test('find-browser.mjs reports the browser named by CHROME_PATH', () => {
  prepare();
  const browser = join(COPY, '..', 'fake chrome');
  writeFileSync(browser, '#!/bin/sh\necho Chromium 1.0\n');
  chmodSync(browser, 0o755);
  const out = succeeds(runScript('find-browser.mjs', { CHROME_PATH: browser, FIND_BROWSER_NO_INSTALL: '1' }));
  assert.match(out, /Browser for the tests: .*fake chrome/);
});

for (const [name, output] of [
  ['write-editor-data.mjs', 'dist/editor/html-custom-data.json'],
  ['write-framework-types.mjs', 'dist/types/react.d.ts'],
  ['build-wordpress.mjs', 'dist/wordpress/exercise-elements.zip'],
]) {
  test(`${name} writes ${output}`, () => {
    prepare();
    rmSync(join(COPY, output));
    succeeds(runScript(name));
    assert.ok(existsSync(join(COPY, output)), `${output} written`);
  });
}

test('finish-declarations.mjs finishes the declarations in dist/', () => {
  prepare();
  const cdn = join(COPY, 'dist/cdn/autoload.d.ts');
  writeFileSync(cdn, 'export {};\n');
  assert.match(succeeds(runScript('finish-declarations.mjs')), /^declarations: /m);
  assert.match(readFileSync(cdn, 'utf8'), /import '\.\.\/index\.js';/);
});

test('manifest/point-at-shipped-files.mjs rewrites the manifest', () => {
  assert.match(succeeds(runScript('manifest/point-at-shipped-files.mjs')), /^manifest: \d+ references/m);
});

test('size.mjs measures the pages and prints its table', () => {
  // Its exit status is the budget verdict (npm test runs it with --gate); here only that it ran.
  assert.match(runScript('size.mjs').stdout, /^page: a blog post with one <exercise-card> /m);
});

test('no script compares import.meta.url with a hand-built file:// URL', () => {
  const sources = ['scripts', 'bench', 'test'].flatMap((dir) =>
    readdirSync(dir, { recursive: true })
      .filter((path) => /\.m?[jt]s$/.test(path) && !path.includes('node_modules'))
      .map((path) => join(dir, path)),
  );
  const handBuilt = /import\.meta\.url\s*===?\s*`file:\/\/|`file:\/\/\$\{process\.argv/;
  assert.deepEqual(
    sources.filter((path) => handBuilt.test(readFileSync(path, 'utf8'))),
    [],
  );
});
