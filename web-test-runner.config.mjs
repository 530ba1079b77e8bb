// Runs every browser test in the Chrome or Chromium scripts/find-browser.mjs finds (CHROME_PATH, an
// installed one, Playwright's cache); with none, it stops with one line saying what to install.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { browserPath } from './scripts/find-browser.mjs';

const executablePath = browserPath();

export default {
  files: ['test/**/*.test.ts', '!test/node/**'],
  nodeResolve: true,
  // One page at a time: a test page in a background tab gets no animation frames and no lazy image
  // loads, which made fixture() and image tests time out under load.
  concurrency: 1,
  // Lit's dev build warns once per page that it is the dev build; that is expected in tests.
  filterBrowserLogs: ({ args }) => !String(args[0]).includes('Lit is in dev mode'),
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath,
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          '--no-first-run',
          // Test pages run side by side in background tabs; keep their timers and frames running.
          '--disable-background-timer-throttling',
          '--disable-backgrounding-occluded-windows',
          '--disable-renderer-backgrounding',
        ],
      },
    }),
  ],
};
