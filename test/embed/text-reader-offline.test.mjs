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

let browser;
let server;
before(async () => {
  server = await startEmbedServer();
  server.put('/text-reader-offline/post.html', PAGE);
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
