// Launches the test browser through playwright-core: the one scripts/find-browser.mjs finds (CHROME_PATH,
// an installed Chrome or Chromium, Playwright's cache). No browser download happens here.
import { chromium } from 'playwright-core';
import { browserPath } from '../../scripts/find-browser.mjs';

export const CHROMIUM_PATH = browserPath();

export function launchChromium(extraArgs = []) {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      ...extraArgs,
    ],
  });
}
