// A routine written in the text format (`<script type="text/x-exercise-routine">`, as the WordPress
// plugin writes it) needs the player's text reader, a chunk of its own. When that chunk can't be
// downloaded (a CDN hiccup, a phone that lost its signal) the patient must see why and be able to try
// again, not a player that stays "loading" for ever. Needs the build (`npm run build`).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../support/chromium.mjs';
import { startEmbedServer } from './pages/server.mjs';

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," />
<title>Text routine</title><script type="module" src="/dist/cdn/exercise-elements.js"></script></head>
<body><routine-player id="p"><script type="text/x-exercise-routine"># Hips &amp; knees

## Main

### Heel slides
10 reps
1. Slide one heel towards you.
</script></routine-player></body></html>`;

// A counter given its dosage as a line reads it with the dosage text parser, also a chunk of its own.
const COUNTER_PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," />
<title>Counter</title><script type="module" src="/dist/cdn/exercise-elements.js"></script></head>
<body><rep-counter id="c" dosage="2 sets of 3 reps per side"></rep-counter></body></html>`;

let browser;
let server;
before(async () => {
  server = await startEmbedServer();
  server.put('/text-reader-offline/post.html', PAGE);
  server.put('/text-reader-offline/counter.html', COUNTER_PAGE);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('a text-format routine whose reader cannot be downloaded', () => {
  test('says the download failed, fires ex-error, and shows the routine once "Try again" can load it', async () => {
    const context = await browser.newContext();
    try {
      let offline = true;
      await context.route(/routine-text-script[^/]*\.js$/, (route) =>
        offline ? route.abort('internetdisconnected') : route.continue(),
      );
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__errors = [];
        document.addEventListener('ex-error', (event) => window.__errors.push(event.detail), true);
      });
      await page.goto(`${server.url}/text-reader-offline/post.html`);
      const alert = await page.waitForFunction(
        () => document.getElementById('p')?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '',
        undefined,
        { timeout: 8000 },
      );
      const message = (await alert.jsonValue()).replace(/\s+/g, ' ');
      assert.match(message, /network request failed/);
      assert.match(message, /routine-text-script/);
      const errors = await page.evaluate(() => window.__errors);
      assert.equal(errors.length, 1);
      assert.equal(errors[0].kind, 'load');

      offline = false;
      await page.evaluate(() => {
        const retry = [...document.getElementById('p').shadowRoot.querySelectorAll('button')].find((b) =>
          /try again/i.test(b.textContent),
        );
        retry.click();
      });
      const title = await page.waitForFunction(
        () => document.getElementById('p')?.shadowRoot?.querySelector('[part="title"]')?.textContent?.trim(),
        undefined,
        { timeout: 8000 },
      );
      assert.equal(await title.jsonValue(), 'Hips & knees');
    } finally {
      await context.close();
    }
  });
});

describe('a counter whose dosage line cannot be read because the parser cannot be downloaded', () => {
  test('is not left busy: it counts openly and tells the author the line was not read', async () => {
    const context = await browser.newContext();
    try {
      const parserRequests = [];
      await context.route(/plug-dosage-text-reader[^/]*\.js$/, (route) => {
        parserRequests.push(route.request().url());
        return route.abort('internetdisconnected');
      });
      const page = await context.newPage();
      await page.addInitScript(() => {
        window.__warnings = [];
        document.addEventListener(
          'ex-warning',
          (event) => window.__warnings.push(...event.detail.warnings),
          true,
        );
      });
      await page.goto(`${server.url}/text-reader-offline/counter.html`);
      await page.waitForFunction(
        () => {
          const base = document.getElementById('c')?.shadowRoot?.querySelector('[part="base"]');
          return base && base.getAttribute('aria-busy') === 'false';
        },
        undefined,
        { timeout: 8000 },
      );
      // The loader starts it early and the counter asks again: both fail.
      assert.ok(parserRequests.length >= 1);
      await page.locator('#c >> [part="button"]').click();
      const count = await page.evaluate(() =>
        document.getElementById('c').shadowRoot.querySelector('[part="count"]').textContent.trim(),
      );
      assert.equal(count, '1');
      const warnings = await page.evaluate(() => window.__warnings);
      assert.deepEqual(
        warnings.map((w) => w.path),
        ['dosage'],
      );
    } finally {
      await context.close();
    }
  });
});
