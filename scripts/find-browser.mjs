// Finds the Chrome or Chromium every browser test runs in, so `npm install && npm test` works on a
// fresh machine. `npm test` runs this first; web-test-runner.config.mjs, test/support/chromium.mjs (the
// whole-page and Storybook tests) import `browserPath()` from here, so all of them use one browser.
//
// Looked for, in order: CHROME_PATH; `chromium`, `chromium-browser`, `google-chrome`… on the PATH; the
// usual install paths (Linux, macOS, Windows); Playwright's browser cache. When none is found on
// Debian or Ubuntu as root, it installs Debian's `chromium` with apt-get; otherwise it stops at once
// with one line saying what to run.
//
// For tests and unusual installs: FIND_BROWSER_USUAL_PATHS (a PATH-style list) replaces the usual
// paths, and FIND_BROWSER_NO_INSTALL=1 never installs.
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { delimiter, join } from 'node:path';
import { ranAsScript } from './ran-as-script.mjs';

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];

const USUAL_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
];

/** The one line printed when there is no browser and none can be installed here. */
export const NO_BROWSER =
  'No Chrome or Chromium found for the tests: install one (Debian/Ubuntu: `sudo apt-get install chromium`, macOS: `brew install --cask chromium`, or `npx playwright-core install chromium`) or set CHROME_PATH to its executable, then run `npm test` again.';

const runnable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** Chromium builds in Playwright's cache (`chromium-1200/chrome-linux/chrome` and the like). */
function playwrightBrowsers(env) {
  const roots = [
    env.PLAYWRIGHT_BROWSERS_PATH,
    join(env.HOME ?? homedir(), '.cache/ms-playwright'),
    join(env.HOME ?? homedir(), 'Library/Caches/ms-playwright'),
    env.LOCALAPPDATA && join(env.LOCALAPPDATA, 'ms-playwright'),
  ].filter(Boolean);
  const inside = [
    'chrome-linux64/chrome',
    'chrome-linux/chrome',
    'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
    'chrome-win/chrome.exe',
    'chrome-linux/headless_shell',
    'chrome-headless-shell-linux64/chrome-headless-shell',
  ];
  return roots.flatMap((root) => {
    if (!existsSync(root)) return [];
    return readdirSync(root)
      .filter((name) => /^chromium/.test(name))
      .sort()
      .reverse()
      .flatMap((name) => inside.map((path) => join(root, name, path)));
  });
}

/** The browser's executable, or `undefined` when there is none. */
export function findBrowser(env = process.env) {
  if (env.CHROME_PATH && runnable(env.CHROME_PATH)) return env.CHROME_PATH;
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => NAMES.map((name) => join(dir, name)));
  const usual =
    env.FIND_BROWSER_USUAL_PATHS !== undefined
      ? env.FIND_BROWSER_USUAL_PATHS.split(delimiter).filter(Boolean)
      : USUAL_PATHS;
  return [...onPath, ...usual, ...playwrightBrowsers(env)].find(runnable);
}

/** For the test configs: the browser, or an error whose message is the one line. */
export function browserPath(env = process.env) {
  const path = findBrowser(env);
  if (!path) throw new Error(NO_BROWSER);
  return path;
}

/** Debian or Ubuntu, as root, with apt-get: the one case where we install a browser ourselves. */
function canInstallWithApt(env) {
  if (env.FIND_BROWSER_NO_INSTALL === '1' || process.platform !== 'linux') return false;
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return false;
  return existsSync('/etc/debian_version') && spawnSync('apt-get', ['--version']).status === 0;
}

if (ranAsScript(import.meta.url)) {
  let path = findBrowser();
  if (!path && canInstallWithApt(process.env)) {
    console.log('No Chrome or Chromium found: installing Debian’s chromium (apt-get install chromium)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    try {
      execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
      execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    } catch {
      // Reported below as "not found", with what to run.
    }
    path = findBrowser();
  }
  if (!path) {
    console.error(NO_BROWSER);
    process.exit(1);
  }
  console.log(`Browser for the tests: ${path}`);
}
