// The default embed, dist/cdn/exercise-elements.js, is the light loader (issue 19): a page downloads an
// element's code only when its tag appears, at load or later, and the same holds for autoload.js (older
// pages) and exercise-elements-hydrate.js. Requests are recorded to prove what was (and was not) fetched.
// Needs the build (`npm run build`).
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launchChromium } from '../support/chromium.mjs';
import { openRecorded, settled, shadowText, countReps } from './pages/page-helpers.mjs';
import { REPO_ROOT, STRICT_CSP, startEmbedServer } from './pages/server.mjs';

const CHUNK = {
  card: '/dist/cdn/elements/exercise-card.js',
  counter: '/dist/cdn/elements/rep-counter.js',
  player: '/dist/cdn/elements/routine-player.js',
};
const CARD = `<exercise-card id="card"><script type="application/json">
  {"id": "bridge", "name": "Glute bridge", "steps": ["Lift your hips."], "dosage": "2 sets of 10 reps"}
</script></exercise-card>`;

let browser;
let server;
before(async () => {
  server = await startEmbedServer({
    headers: (url) =>
      url.pathname.endsWith('.html') && url.searchParams.has('csp')
        ? { 'content-security-policy': STRICT_CSP }
        : {},
  });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Serves a blog post that loads `scripts` (in order) and holds `body`; returns its path. */
function post(name, scripts, body = CARD) {
  const tags = scripts.map((src) => `<script type="module" src="${src}"></script>`).join('\n');
  server.put(
    `/light-loader/${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," />
    <title>${name}</title><link rel="stylesheet" href="/dist/styles/before-upgrade.css" />${tags}</head>
    <body><article><h1>One exercise</h1>${body}</article></body></html>`,
  );
  return `/light-loader/${name}.html`;
}

const paths = (requests) => requests.map((url) => new URL(url).pathname);

async function visit(path, run) {
  const context = await browser.newContext();
  try {
    const recorded = await openRecorded(context, `${server.url}${path}`);
    await settled(recorded);
    await run(recorded);
    assert.deepEqual(recorded.problems, []);
  } finally {
    await context.close();
  }
}

/** Adds a counter (inside a wrapper, as a CMS would render it late) and counts two reps on it. */
async function addCounterLater(recorded) {
  await recorded.page.evaluate(() => {
    const wrapper = document.createElement('div');
    const counter = document.createElement('rep-counter');
    counter.id = 'late-counter';
    counter.setAttribute('target', '3');
    wrapper.append(counter);
    document.querySelector('article').append(wrapper);
  });
  await settled(recorded);
  assert.equal(await countReps(recorded.page, '#late-counter', 2), '2');
}

describe('the default embed (exercise-elements.js) is the light loader', () => {
  test('a card already in the page upgrades; only the card’s code is fetched, never the counter’s or the player’s', () =>
    visit(post('one-card', ['/dist/cdn/exercise-elements.js']), async (recorded) => {
      assert.equal(await shadowText(recorded.page, '#card', '[part="title"]'), 'Glute bridge');
      await recorded.page.waitForTimeout(200);
      const fetched = paths(recorded.requests);
      assert.ok(fetched.includes(CHUNK.card), fetched.join('\n'));
      assert.ok(!fetched.includes(CHUNK.counter), fetched.join('\n'));
      assert.ok(!fetched.includes(CHUNK.player), fetched.join('\n'));
      assert.ok(!fetched.some((path) => path.endsWith('.all.js')), fetched.join('\n'));
    }));

  test('the card’s shared chunks are requested by the loader itself, before the card’s chunk has run', () =>
    visit(post('no-waterfall', ['/dist/cdn/exercise-elements.js']), async (recorded) => {
      const fetched = paths(recorded.requests);
      const card = fetched.indexOf(CHUNK.card);
      // Found only by parsing the card's chunk, its static imports would be requested after it.
      const code = readFileSync(`${REPO_ROOT}/dist/cdn/elements/exercise-card.js`, 'utf8');
      const imports = [...code.matchAll(/from\s*"\.\.\/chunks\/([^"]+)"/g)].map(
        ([, file]) => `/dist/cdn/chunks/${file}`,
      );
      assert.ok(imports.length >= 2, code.slice(0, 300));
      for (const path of imports)
        assert.ok(
          fetched.indexOf(path) >= 0 && fetched.indexOf(path) < card,
          `${path}\n${fetched.join('\n')}`,
        );
    }));

  test('a counter added later by script gets its code and works; the player’s is still not fetched', () =>
    visit(post('late-counter', ['/dist/cdn/exercise-elements.js']), async (recorded) => {
      await addCounterLater(recorded);
      const fetched = paths(recorded.requests);
      assert.ok(fetched.includes(CHUNK.counter), fetched.join('\n'));
      assert.ok(!fetched.includes(CHUNK.player), fetched.join('\n'));
    }));

  test('loaded twice (two plugins, two URLs), each chunk is fetched once and the elements work', () =>
    visit(
      post(
        'twice',
        ['/dist/cdn/exercise-elements.js', '/plugins/second-copy/exercise-elements.js'],
        `${CARD}<rep-counter id="counter" target="3"></rep-counter>`,
      ),
      async (recorded) => {
        const fetched = paths(recorded.requests);
        assert.equal(fetched.filter((path) => path.endsWith('/exercise-elements.js')).length, 2);
        assert.equal(fetched.filter((path) => path === CHUNK.card).length, 1);
        assert.equal(fetched.filter((path) => path === CHUNK.counter).length, 1);
        assert.equal(await shadowText(recorded.page, '#card', '[part="title"]'), 'Glute bridge');
        assert.equal(await countReps(recorded.page, '#counter', 3), '3');
      },
    ));

  test('under a strict CSP with Trusted Types, tags present at load and added later upgrade with no violation', () =>
    visit(`${post('strict', ['/dist/cdn/exercise-elements.js'])}?csp`, async (recorded) => {
      assert.equal(recorded.response.headers()['content-security-policy'], STRICT_CSP);
      assert.equal(await shadowText(recorded.page, '#card', '[part="title"]'), 'Glute bridge');
      await addCounterLater(recorded);
      assert.deepEqual(await recorded.violations(), []);
    }));
});

describe('what only some cards need loads only for them', () => {
  const PARSER = '/dist/cdn/chunks/plug-dosage-text-reader-';
  const JSON_LD = '/dist/cdn/chunks/exercise-json-ld-';
  const VIDEO = '/dist/cdn/chunks/exercise-video-';
  const structured = `<exercise-card id="card"><script type="application/json">
    {"id": "bridge", "name": "Glute bridge", "dosage": {"sets": 2, "reps": 10}}
  </script></exercise-card>`;

  test('a card with a structured dosage shows it without fetching the dosage text parser or the JSON-LD writer', () =>
    visit(post('structured', ['/dist/cdn/exercise-elements.js'], structured), async (recorded) => {
      assert.match(await shadowText(recorded.page, '#card', '[part="dosage"]'), /2 sets × 10 reps/);
      const fetched = paths(recorded.requests);
      assert.ok(!fetched.some((path) => path.startsWith(PARSER)), fetched.join('\n'));
      assert.ok(!fetched.some((path) => path.startsWith(JSON_LD)), fetched.join('\n'));
      assert.ok(!fetched.some((path) => path.startsWith(VIDEO)), fetched.join('\n'));
    }));

  test('a card with a video fetches the video player once and shows its play button; nothing from YouTube', () =>
    visit(
      post(
        'video',
        ['/dist/cdn/exercise-elements.js'],
        `<exercise-card id="card"><script type="application/json">
          {"id": "bridge", "name": "Glute bridge", "media": {"video": {"youtube": "abcDEF12345"}}}
        </script></exercise-card>`,
      ),
      async (recorded) => {
        assert.equal(
          await shadowText(recorded.page, '#card', '[part="play-button"]'),
          'Play video: Glute bridge',
        );
        const fetched = paths(recorded.requests);
        assert.equal(fetched.filter((path) => path.startsWith(VIDEO)).length, 1, fetched.join('\n'));
        assert.ok(!recorded.requests.some((url) => /youtube|ytimg/.test(url)), fetched.join('\n'));
      },
    ));

  test('a dosage written as text fetches the parser, and structured-data the JSON-LD writer', () =>
    visit(
      post(
        'text-dosage',
        ['/dist/cdn/exercise-elements.js'],
        CARD.replace('<exercise-card', '<exercise-card structured-data'),
      ),
      async (recorded) => {
        assert.match(await shadowText(recorded.page, '#card', '[part="dosage"]'), /2 sets of 10 reps/);
        await recorded.page.waitForFunction(() =>
          document.querySelector('#card > script[type="application/ld+json"]'),
        );
        const fetched = paths(recorded.requests);
        assert.equal(fetched.filter((path) => path.startsWith(PARSER)).length, 1, fetched.join('\n'));
        assert.equal(fetched.filter((path) => path.startsWith(JSON_LD)).length, 1, fetched.join('\n'));
      },
    ));
});

describe('what only some players need loads only for them', () => {
  const PLAYER = `<routine-player id="p"><script type="application/json">
    {"id": "hips", "title": "Hips", "sections": [{"title": "Main", "kind": "main", "items": [
      {"exercise": {"id": "bridge", "name": "Glute bridge", "dosage": {"sets": 2, "reps": 10}}}]}]}
  </script></routine-player>`;
  const WRITERS = /\/dist\/cdn\/chunks\/(routine|exercise)-json-ld-/;

  test('without structured-data no JSON-LD writer is fetched, nor the parser for structured dosage', () =>
    visit(post('player-plain', ['/dist/cdn/exercise-elements.js'], PLAYER), async (recorded) => {
      assert.equal(await shadowText(recorded.page, '#p', '[part="title"]'), 'Hips');
      const fetched = paths(recorded.requests);
      assert.ok(!fetched.some((path) => WRITERS.test(path)), fetched.join('\n'));
      assert.ok(!fetched.some((path) => path.includes('plug-dosage-text-reader')), fetched.join('\n'));
      assert.equal(await recorded.page.$('#p > script[type="application/ld+json"]'), null);
    }));

  test('with structured-data the writer is fetched and the routine’s HowTo is in the light DOM', () =>
    visit(
      post(
        'player-structured',
        ['/dist/cdn/exercise-elements.js'],
        PLAYER.replace('<routine-player', '<routine-player structured-data'),
      ),
      async (recorded) => {
        const fetched = paths(recorded.requests);
        assert.ok(
          fetched.some((path) => WRITERS.test(path)),
          fetched.join('\n'),
        );
        const json = await recorded.page.evaluate(
          () => document.querySelector('#p > script[type="application/ld+json"]')?.textContent,
        );
        assert.equal(JSON.parse(json).name, 'Hips');
      },
    ));
});

describe('a dosage line in the page starts the parser’s download early', () => {
  const PARSER = /\/dist\/cdn\/chunks\/plug-dosage-text-reader-[\w-]+\.js$/;

  /**
   * Opens `path` with every element chunk and shared chunk (the elements' code) answered only after
   * 600 ms, and tells whether the dosage text parser was requested while they were still held: by the
   * loader, not by an element that had already run.
   */
  async function parserRequestedWhileHolding(path) {
    const context = await browser.newContext();
    try {
      let holding = 0;
      let parserWhileHolding = false;
      let parserRequests = 0;
      await context.route(/\/dist\/cdn\/(elements\/|chunks\/shared-by-)/, async (route) => {
        holding++;
        await new Promise((resolve) => setTimeout(resolve, 600));
        holding--;
        await route.continue();
      });
      const page = await context.newPage();
      page.on('request', (request) => {
        if (!PARSER.test(new URL(request.url()).pathname)) return;
        parserRequests++;
        if (holding > 0) parserWhileHolding = true;
      });
      await page.goto(`${server.url}${path}`);
      await settled(page);
      return { parserRequests, parserWhileHolding, page, context };
    } catch (error) {
      await context.close();
      throw error;
    }
  }

  test('a counter’s dosage attribute: requested while the counter’s code is on its way; the line is read', async () => {
    const path = post(
      'counter-line',
      ['/dist/cdn/exercise-elements.js'],
      '<rep-counter id="c" dosage="2 sets of 3 reps per side"></rep-counter>',
    );
    const { parserRequests, parserWhileHolding, page, context } = await parserRequestedWhileHolding(path);
    try {
      assert.deepEqual(
        { parserRequests, parserWhileHolding },
        { parserRequests: 1, parserWhileHolding: true },
      );
      assert.match(await shadowText(page, '#c', '[part="status"]'), /Set 1 of 2/);
    } finally {
      await context.close();
    }
  });

  test('a card’s inline JSON with a dosage line: requested while the card’s code is on its way', async () => {
    const { parserRequests, parserWhileHolding, page, context } = await parserRequestedWhileHolding(
      post('card-line', ['/dist/cdn/exercise-elements.js']),
    );
    try {
      assert.deepEqual(
        { parserRequests, parserWhileHolding },
        { parserRequests: 1, parserWhileHolding: true },
      );
      assert.match(await shadowText(page, '#card', '[part="dosage"]'), /2 sets of 10 reps/);
    } finally {
      await context.close();
    }
  });

  test('counters set by target and a card with structured dosage never fetch it', () =>
    visit(
      post(
        'no-lines',
        ['/dist/cdn/exercise-elements.js'],
        `${CARD.replace('"2 sets of 10 reps"', '{"sets": 2, "reps": 10}')}
        <rep-counter id="c" target="3" sets="2"></rep-counter>`,
      ),
      async (recorded) => {
        assert.match(await shadowText(recorded.page, '#card', '[part="dosage"]'), /2 sets × 10 reps/);
        assert.equal(await countReps(recorded.page, '#c', 2), '2');
        const fetched = paths(recorded.requests);
        assert.ok(!fetched.some((path) => PARSER.test(path)), fetched.join('\n'));
      },
    ));
});

describe('the other entries load the same way', () => {
  test('exercise-elements-hydrate.js upgrades a card at load and a counter added later, without the player', () =>
    visit(post('hydrate', ['/dist/cdn/exercise-elements-hydrate.js']), async (recorded) => {
      assert.equal(await shadowText(recorded.page, '#card', '[part="title"]'), 'Glute bridge');
      await addCounterLater(recorded);
      assert.ok(!paths(recorded.requests).includes(CHUNK.player));
    }));

  test('autoload.js, as older pages include it, still loads the card and a later counter', () =>
    visit(post('autoload', ['/dist/cdn/autoload.js']), async (recorded) => {
      assert.equal(await shadowText(recorded.page, '#card', '[part="title"]'), 'Glute bridge');
      await addCounterLater(recorded);
    }));

  test('autoload.js beside exercise-elements.js loads each element once', () =>
    visit(
      post('autoload-and-default', ['/dist/cdn/autoload.js', '/dist/cdn/exercise-elements.js']),
      async (recorded) => {
        assert.equal(paths(recorded.requests).filter((path) => path === CHUNK.card).length, 1);
        assert.equal(await shadowText(recorded.page, '#card', '[part="title"]'), 'Glute bridge');
      },
    ));

  test('the all-in-one file registers every element at once, from one script', () =>
    visit(post('all-in-one', ['/dist/cdn/exercise-elements.all.js']), async (recorded) => {
      assert.deepEqual(
        await recorded.page.evaluate(() =>
          ['exercise-card', 'rep-counter', 'routine-player'].map((tag) => Boolean(customElements.get(tag))),
        ),
        [true, true, true],
      );
      assert.ok(!paths(recorded.requests).some((path) => path.startsWith('/dist/cdn/elements/')));
    }));
});
