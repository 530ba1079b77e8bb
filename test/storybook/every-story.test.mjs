// Opens every story of the static Storybook in Chromium and fails on any console error, uncaught
// exception or axe-core violation. Needs `npm run build-storybook` first (npm test does it).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from '../support/chromium.mjs';
import { serveStatic } from '../support/static-server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const index = JSON.parse(readFileSync('storybook-static/index.json', 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');

describe('every story in the static Storybook', () => {
  let browser;
  let server;
  before(async () => {
    server = await serveStatic('storybook-static');
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });

  test('there are stories to check', () => assert.ok(stories.length > 0));

  for (const story of stories) {
    test(`${story.title} / ${story.name} renders with no error and no axe violation`, async () => {
      const page = await browser.newPage();
      const problems = [];
      page.on('console', (message) => {
        if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) {
          problems.push(`console: ${message.text()}`);
        }
      });
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      page.on('response', (response) => {
        // A missing favicon is the static host's business, not a story's.
        if (response.status() >= 400 && !response.url().endsWith('/favicon.svg')) {
          problems.push(`HTTP ${response.status()}: ${response.url()}`);
        }
      });
      try {
        await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`);
        await page.waitForFunction(
          () => document.querySelector('#storybook-root')?.childElementCount > 0,
          undefined,
          { timeout: 15000 },
        );
        // Let elements finish loading their data (fetches of /examples/*.json).
        await page
          .waitForFunction(
            () =>
              ![...document.querySelectorAll('*')].some((el) =>
                el.shadowRoot?.querySelector('[aria-busy="true"]'),
              ),
            undefined,
            { timeout: 10000 },
          )
          .catch(() => {});
        // An unregistered element is empty, and axe finds nothing wrong with nothing: check that every
        // one of our elements in the story is defined and rendered its shadow root.
        const undefinedOrEmpty = await page.evaluate(() =>
          [
            ...document.querySelectorAll(
              '#storybook-root exercise-card, #storybook-root rep-counter, #storybook-root routine-player',
            ),
          ]
            .filter((el) => !customElements.get(el.localName) || !el.shadowRoot?.textContent?.trim())
            .map((el) => el.localName),
        );
        assert.deepEqual(undefinedOrEmpty, [], 'elements that did not register or render');
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          const result = await window.axe.run(document.querySelector('#storybook-root'), {
            resultTypes: ['violations'],
          });
          return result.violations.map(
            (v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
          );
        });
        assert.deepEqual(problems, [], 'console errors or exceptions');
        assert.deepEqual(violations, [], 'axe violations');
      } finally {
        await page.close();
      }
    });
  }
});
