// Opens every story of the static Storybook in Chromium and fails on any console error, uncaught
// exception or axe-core violation, and every docs page, which fails on Markdown left as raw text (a
// table's `| --- |`) and on a live example that renders nothing. Needs `npm run build-storybook` first
// (npm test does it); STORYBOOK_DIR checks another build.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { launchChromium } from '../support/chromium.mjs';
import { serveStatic } from '../support/static-server.mjs';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const DIR = process.env.STORYBOOK_DIR ?? 'storybook-static';
const index = JSON.parse(readFileSync(`${DIR}/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const docsPages = Object.values(index.entries).filter((entry) => entry.type === 'docs');

/**
 * Custom elements (any tag with a hyphen) under `root` that are not registered or rendered nothing: an
 * empty element is invisible to axe, so this is checked apart. Runs in the page.
 */
function emptyElements(rootSelector) {
  return [...document.querySelectorAll(rootSelector)]
    .flatMap((root) => [...root.querySelectorAll('*')])
    .filter((el) => el.localName.includes('-') && !el.closest('.sb-anchor, .docblock-code-toggle'))
    .filter((el) => !customElements.get(el.localName) || !(el.shadowRoot ?? el).textContent?.trim())
    .map((el) => el.localName);
}

/** The static Storybook served and a Chromium launched for one describe block, closed after it. */
function staticStorybook() {
  const context = {};
  before(async () => {
    context.server = await serveStatic(DIR);
    context.browser = await launchChromium();
  });
  after(async () => {
    await context.browser?.close();
    await context.server?.close();
  });
  return {
    browser: { newPage: () => context.browser.newPage() },
    server: {
      get url() {
        return context.server.url;
      },
    },
  };
}

describe('every story in the static Storybook', () => {
  const { browser, server } = staticStorybook();

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
        const undefinedOrEmpty = await page.evaluate(emptyElements, '#storybook-root');
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

describe('every docs page in the static Storybook', () => {
  const { browser, server } = staticStorybook();

  test('there are docs pages to check', () => assert.ok(docsPages.length > 0));

  for (const entry of docsPages) {
    test(`${entry.title} / ${entry.name}: Markdown rendered, every live example shows something`, async () => {
      const page = await browser.newPage();
      try {
        await page.goto(`${server.url}/iframe.html?id=${entry.id}&viewMode=docs`);
        await page.waitForFunction(
          () => document.querySelector('.sbdocs-content')?.childElementCount > 0,
          undefined,
          {
            timeout: 15000,
          },
        );
        // Let live examples upgrade and load their data.
        await page.waitForTimeout(1500);
        const report = await page.evaluate((emptyElementsSource) => {
          const content = document.querySelector('.sbdocs-content');
          // Prose only: code blocks may show table syntax on purpose.
          const prose = [...content.querySelectorAll('p, li, td, th')].filter(
            (el) => !el.closest('pre, code'),
          );
          const rawTables = prose
            .map((el) => el.textContent)
            .filter((text) => /\|\s*:?-{3,}:?\s*\|/.test(text))
            .map((text) => text.slice(0, 60));
          const empty = new Function(`return (${emptyElementsSource})('.sbdocs-content .docs-story');`)();
          const blankCanvases = [...content.querySelectorAll('.docs-story')].filter(
            (story) => story.getBoundingClientRect().height < 40,
          ).length;
          return { rawTables, empty, blankCanvases };
        }, emptyElements.toString());
        assert.deepEqual(report.rawTables, [], 'Markdown tables left as raw text');
        assert.deepEqual(report.empty, [], 'live examples that did not register or render');
        assert.equal(report.blankCanvases, 0, 'live examples with nothing in them');
      } finally {
        await page.close();
      }
    });
  }
});
