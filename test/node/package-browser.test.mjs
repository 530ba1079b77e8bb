// `npm test` on a fresh machine: its first step (scripts/find-browser.mjs) finds the browser the tests
// run in, or stops at once with one line saying what to run. Run here with a doctored environment:
// no browser on the PATH, CHROME_PATH pointing nowhere, an empty home (no Playwright cache).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const SCRIPT = 'scripts/find-browser.mjs';
const home = mkdtempSync(join(tmpdir(), 'find-browser-'));

/** Runs the script as `npm test` does, in an environment with nothing but what a case gives it. */
function findBrowser(extra) {
  const env = {
    PATH: join(home, 'empty-bin'),
    HOME: home,
    CHROME_PATH: join(home, 'nowhere/chrome'),
    ...extra,
  };
  // Never install from a test: this checks finding, and the one line when nothing is found.
  env.FIND_BROWSER_NO_INSTALL = '1';
  const run = spawnSync(process.execPath, [SCRIPT], { env, encoding: 'utf8' });
  return { status: run.status, out: run.stdout.trim(), err: run.stderr.trim() };
}

function fakeBrowser(path) {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, '#!/bin/sh\necho Chromium 1.0\n');
  chmodSync(path, 0o755);
  return path;
}

test('with no browser on the PATH and CHROME_PATH pointing nowhere, it finds an installed one or says what to run in one line', () => {
  const { status, out, err } = findBrowser({});
  if (status === 0) {
    const path = out.replace('Browser for the tests: ', '');
    assert.ok(existsSync(path), `${path} exists`);
  } else {
    assert.equal(status, 1);
    assert.equal(err.split('\n').length, 1, err);
    assert.match(err, /apt-get install chromium.*CHROME_PATH/);
  }
});

test('with no browser anywhere it stops at once with one line naming the install command and CHROME_PATH', () => {
  const { status, out, err } = findBrowser({ FIND_BROWSER_USUAL_PATHS: '' });
  assert.equal(status, 1);
  assert.equal(out, '');
  assert.equal(err.split('\n').length, 1, err);
  assert.match(err, /^No Chrome or Chromium found/);
  assert.match(err, /apt-get install chromium/);
  assert.match(err, /CHROME_PATH/);
});

test('CHROME_PATH wins when it names a browser', () => {
  const chrome = fakeBrowser(join(home, 'custom/chrome'));
  const { status, out } = findBrowser({ CHROME_PATH: chrome, FIND_BROWSER_USUAL_PATHS: '' });
  assert.equal(status, 0);
  assert.equal(out, `Browser for the tests: ${chrome}`);
});

test('a chromium on the PATH is found', () => {
  const chromium = fakeBrowser(join(home, 'bin/chromium'));
  const { status, out } = findBrowser({ PATH: join(home, 'bin'), FIND_BROWSER_USUAL_PATHS: '' });
  assert.equal(status, 0);
  assert.equal(out, `Browser for the tests: ${chromium}`);
});

test("a Chromium in Playwright's cache is found", () => {
  const cached = fakeBrowser(join(home, 'pw-home/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome'));
  const { status, out } = findBrowser({ HOME: join(home, 'pw-home'), FIND_BROWSER_USUAL_PATHS: '' });
  assert.equal(status, 0);
  assert.equal(out, `Browser for the tests: ${cached}`);
});
