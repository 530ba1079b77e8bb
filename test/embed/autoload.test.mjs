// The autoloader (dist/cdn/autoload.js, issue 9): a page loads an element's chunk only when its tag
// appears. Requests are recorded to prove what was (and was not) fetched.
// Needs the build (`npm run build`): the pages load dist/cdn/autoload.js.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../support/chromium.mjs';
import { serveStatic } from '../support/static-server.mjs';
import { openRecorded, settled, shadowText, countReps } from './pages/page-helpers.mjs';

const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const CHUNK = {
  card: '/dist/cdn/elements/exercise-card.js',
  counter: '/dist/cdn/elements/rep-counter.js',
  player: '/dist/cdn/elements/routine-player.js',
};

let browser;
let server;
before(async () => {
  server = await serveStatic(REPO_ROOT);
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const paths = (requests) => requests.map((url) => new URL(url).pathname);

describe('autoloader', () => {
  test('a page with one card loads the card chunk and never the counter’s or the player’s', async () => {
    const context = await browser.newContext();
    try {
      const visit = await openRecorded(context, `${server.url}/test/embed/pages/autoload.html`);
      await settled(visit);
      assert.equal(await shadowText(visit.page, '#card', '[part="title"]'), 'Glute bridge');
      await visit.page.waitForTimeout(200);
      const fetched = paths(visit.requests);
      assert.ok(fetched.includes(CHUNK.card), fetched.join('\n'));
      assert.ok(!fetched.includes(CHUNK.counter), fetched.join('\n'));
      assert.ok(!fetched.includes(CHUNK.player), fetched.join('\n'));
      assert.ok(!fetched.some((path) => path.endsWith('/exercise-elements.js')));
      assert.deepEqual(visit.problems, []);
    } finally {
      await context.close();
    }
  });

  test('a counter added later by script gets its chunk and works; the player’s is still not fetched', async () => {
    const context = await browser.newContext();
    try {
      const visit = await openRecorded(context, `${server.url}/test/embed/pages/autoload.html`);
      await settled(visit);
      await visit.page.evaluate(() => {
        const wrapper = document.createElement('div');
        const counter = document.createElement('rep-counter');
        counter.id = 'late-counter';
        counter.setAttribute('target', '3');
        wrapper.append(counter);
        document.querySelector('article').append(wrapper);
      });
      await settled(visit);
      assert.equal(await countReps(visit.page, '#late-counter', 2), '2');
      const fetched = paths(visit.requests);
      assert.ok(fetched.includes(CHUNK.counter), fetched.join('\n'));
      assert.ok(!fetched.includes(CHUNK.player), fetched.join('\n'));
      assert.deepEqual(visit.problems, []);
    } finally {
      await context.close();
    }
  });

  test('loading the autoloader twice is harmless: each chunk is fetched once, the elements work', async () => {
    const context = await browser.newContext();
    try {
      const visit = await openRecorded(context, `${server.url}/test/embed/pages/autoload-twice.html`);
      await settled(visit);
      const fetched = paths(visit.requests);
      assert.equal(fetched.filter((path) => path === '/dist/cdn/autoload.js').length, 2);
      assert.equal(fetched.filter((path) => path === CHUNK.card).length, 1);
      assert.equal(fetched.filter((path) => path === CHUNK.counter).length, 1);
      assert.equal(await shadowText(visit.page, '#card', '[part="title"]'), 'Glute bridge');
      assert.equal(await countReps(visit.page, '#counter', 3), '3');
      assert.deepEqual(visit.problems, []);
    } finally {
      await context.close();
    }
  });
});
