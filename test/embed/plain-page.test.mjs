// Pages 1–3 of issue 8 and the guarantees checked on them: the drop-in script in a plain page, the
// script loaded twice, a strict CSP with Trusted Types (as a real header), privacy (requests, cookies,
// storage), the card's schema.org JSON-LD, and the printed card.
// Needs the build (`npm run build`): the pages load dist/cdn/exercise-elements.js.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../support/chromium.mjs';
import { openRecorded, settled, shadowText, countReps } from './pages/page-helpers.mjs';
import { STRICT_CSP, startEmbedServer } from './pages/server.mjs';

const PLAIN = '/test/embed/pages/plain.html';
/** The strict policy plus what an author adds to allow the YouTube player after the press (docs/embedding.md). */
const CSP_WITH_VIDEO = `${STRICT_CSP}; frame-src https://www.youtube-nocookie.com https://player.vimeo.com`;
const YOUTUBE_EMBED = 'https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1';

let browser;
let server;
before(async () => {
  server = await startEmbedServer({
    headers: (url) => {
      const policy = url.searchParams.get('csp');
      if (!url.pathname.endsWith('.html') || !policy) return {};
      return { 'content-security-policy': policy === 'video' ? CSP_WITH_VIDEO : STRICT_CSP };
    },
  });
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** A context whose requests to other origins never reach the network: they are recorded and answered locally. */
async function isolatedContext() {
  const context = await browser.newContext();
  await context.route(
    (url) => !url.href.startsWith(server.url) && !url.href.startsWith('data:'),
    (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>stub</title>' }),
  );
  return context;
}

function crossOrigin(requests) {
  return requests.filter((url) => !url.startsWith(server.url) && !url.startsWith('data:'));
}

async function expectEveryElementWorks(page) {
  assert.equal(await shadowText(page, '#by-inline', '[part="title"]'), 'Knee wags');
  assert.equal(await shadowText(page, '#by-src', '[part="title"]'), 'Lying psoas march');
  assert.equal(await shadowText(page, '#by-property', '[part="title"]'), 'Side-lying clamshell');
  assert.match(await shadowText(page, '#by-inline', '[part="dosage"]'), /2 sets × 10–15 reps per side/);
  assert.match(await shadowText(page, '#by-property', '[part="steps"]'), /Open the top knee/);
  assert.equal(await countReps(page, '#counter-by-attribute', 2), '2');
  assert.match(await shadowText(page, '#counter-by-property', '.target'), /4/);
  assert.equal(await countReps(page, '#counter-by-property', 1), '1');
}

describe('page 1: a plain page with the drop-in script', () => {
  test('renders every element from inline JSON, a src file and a property, with no error', async () => {
    const context = await isolatedContext();
    try {
      const visit = await openRecorded(context, `${server.url}${PLAIN}`);
      await settled(visit);
      await expectEveryElementWorks(visit.page);
      assert.deepEqual(visit.problems, []);
    } finally {
      await context.close();
    }
  });

  test('reserves the elements’ own space before the script runs (before-upgrade.css)', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const upgraded = await isolatedContext();
    try {
      const sizes = async (page) =>
        page.evaluate(() =>
          ['#by-inline', '#counter-by-attribute'].map((id) => {
            const style = getComputedStyle(document.querySelector(id));
            return [style.display, style.minHeight, style.maxWidth];
          }),
        );
      const before = await context.newPage();
      await before.goto(`${server.url}${PLAIN}`);
      const after = (await openRecorded(upgraded, `${server.url}${PLAIN}`)).page;
      await settled(after);
      assert.deepEqual(await sizes(before), await sizes(after));
      assert.deepEqual((await sizes(before))[0], ['block', '192px', 'none']);
    } finally {
      await context.close();
      await upgraded.close();
    }
  });
});

describe('page 2: the drop-in script loaded twice', () => {
  test('a second copy at another URL throws nothing and the elements still work', async () => {
    const context = await isolatedContext();
    try {
      const visit = await openRecorded(context, `${server.url}/test/embed/pages/twice.html`);
      await settled(visit);
      const copies = visit.requests.filter((url) => url.endsWith('/exercise-elements.js'));
      assert.deepEqual(
        copies.map((url) => new URL(url).pathname),
        ['/dist/cdn/exercise-elements.js', '/plugins/second-copy/exercise-elements.js'],
      );
      // Both copies ran: the second one evaluated (its own module URL) and found the tags taken.
      await visit.page.waitForFunction(() => performance.getEntriesByType('resource').length >= 2);
      assert.equal(await shadowText(visit.page, '#card', '[part="title"]'), 'Glute bridge');
      assert.equal(await countReps(visit.page, '#counter', 3), '3');
      assert.equal(await visit.page.evaluate(() => document.querySelector('#counter').phase), 'complete');
      assert.deepEqual(visit.problems, []);
    } finally {
      await context.close();
    }
  });
});

describe('page 3: a strict Content-Security-Policy with Trusted Types, sent as a header', () => {
  test('every element works with no CSP or Trusted Types violation', async () => {
    const context = await isolatedContext();
    try {
      const visit = await openRecorded(context, `${server.url}${PLAIN}?csp=strict`);
      assert.equal(visit.response.headers()['content-security-policy'], STRICT_CSP);
      await settled(visit);
      await expectEveryElementWorks(visit.page);
      // Lit's constructable stylesheets are not inline <style>: style-src 'self' lets them apply.
      const accent = await visit.page.evaluate(
        () =>
          getComputedStyle(
            document.querySelector('#by-inline').shadowRoot.querySelector('[part="start-button"]'),
          ).backgroundColor,
      );
      assert.equal(accent, 'rgb(15, 110, 110)');
      // The JSON-LD script text is written without a Trusted Types policy.
      assert.ok(
        await visit.page.evaluate(() =>
          document.querySelector('#by-inline script[type="application/ld+json"]'),
        ),
      );
      await visit.page.waitForTimeout(100);
      assert.deepEqual(await visit.violations(), []);
      assert.deepEqual(visit.problems, []);
    } finally {
      await context.close();
    }
  });

  test('the video facade opens the privacy-enhanced player once the author allows it in frame-src', async () => {
    const context = await isolatedContext();
    try {
      const visit = await openRecorded(context, `${server.url}${PLAIN}?csp=video`);
      await settled(visit);
      await visit.page.locator('#by-inline [part="play-button"]').click();
      await visit.page.waitForFunction(() =>
        document.querySelector('#by-inline').shadowRoot.querySelector('iframe'),
      );
      await visit.page.waitForTimeout(200);
      assert.deepEqual(crossOrigin(visit.requests), [YOUTUBE_EMBED]);
      assert.deepEqual(await visit.violations(), []);
      assert.deepEqual(visit.problems, []);
    } finally {
      await context.close();
    }
  });
});

describe('privacy, on pages 1 and 3', () => {
  for (const [label, query] of [
    ['page 1', ''],
    ['page 3', '?csp=video'],
  ]) {
    test(`${label}: nothing leaves the page before the play button, then only youtube-nocookie; no cookie; no storage`, async () => {
      const context = await isolatedContext();
      try {
        const visit = await openRecorded(context, `${server.url}${PLAIN}${query}`);
        await settled(visit);
        await countReps(visit.page, '#counter-by-attribute', 1);
        await visit.page.waitForTimeout(200);
        assert.deepEqual(crossOrigin(visit.requests), [], 'no request to another origin before the press');
        assert.deepEqual(await visit.storageWrites(), [], 'no localStorage write without a mute toggle');

        await visit.page.locator('#by-inline [part="play-button"]').click();
        await visit.page.waitForFunction(() =>
          document.querySelector('#by-inline').shadowRoot.querySelector('iframe'),
        );
        await visit.page.waitForTimeout(200);
        const outside = crossOrigin(visit.requests);
        assert.deepEqual(outside, [YOUTUBE_EMBED]);
        assert.ok(!outside.some((url) => /youtube\.com|ytimg|vimeo/.test(new URL(url).hostname)));

        await visit.page.locator('#counter-by-attribute .mute').click();
        assert.deepEqual(await visit.storageWrites(), ['exercise-elements:muted']);
        assert.deepEqual(await context.cookies(), []);
        assert.equal(await visit.page.evaluate(() => document.cookie), '');
        assert.deepEqual(visit.problems, []);
      } finally {
        await context.close();
      }
    });
  }

  test('page 1: media the data names on another origin is the only other request', async () => {
    const context = await isolatedContext();
    try {
      const visit = await openRecorded(context, `${server.url}${PLAIN}`);
      await settled(visit);
      const image = 'https://images.example.org/bridge.png';
      await visit.page.evaluate((src) => {
        document.querySelector('#by-property').exercise = {
          id: 'bridge',
          name: 'Glute bridge',
          media: { images: [{ src, alt: 'A bridge', width: 4, height: 3 }] },
        };
      }, image);
      await visit.page.locator('#by-property [part="media"] img').scrollIntoViewIfNeeded();
      await visit.page.waitForFunction(() =>
        performance.getEntriesByType('resource').some((entry) => entry.name.includes('images.example.org')),
      );
      assert.deepEqual(crossOrigin(visit.requests), [image]);
    } finally {
      await context.close();
    }
  });
});

// schema.org property lists (https://schema.org/HowTo, /HowToStep, /HowToTool, /CreativeWork, /Person):
// HowTo's own properties, plus those it inherits from CreativeWork and Thing that the card may use.
const HOW_TO = new Set([
  '@context',
  '@type',
  'name',
  'description',
  'step',
  'tool',
  'supply',
  'totalTime',
  'performTime',
  'prepTime',
  'estimatedCost',
  'yield',
  'image',
  'url',
  'inLanguage',
  'keywords',
  'educationalLevel',
  'isBasedOn',
  'author',
  'about',
  'video',
  'audience',
  'license',
  'identifier',
]);
const HOW_TO_STEP = new Set([
  '@type',
  'text',
  'name',
  'position',
  'image',
  'url',
  'itemListElement',
  'video',
]);
const HOW_TO_TOOL = new Set(['@type', 'name', 'requiredQuantity', 'image', 'url']);
const CREATIVE_WORK = new Set(['@type', 'name', 'url', 'author', 'publisher', 'license']);
const PERSON = new Set(['@type', 'name', 'url']);
const ISO_DURATION = /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

function unknownKeys(object, allowed) {
  return Object.keys(object).filter((key) => !allowed.has(key));
}

describe('structured data', () => {
  test('the card’s JSON-LD is a valid schema.org HowTo, with HowToStep, HowToTool and CreativeWork', async () => {
    const context = await isolatedContext();
    try {
      const visit = await openRecorded(context, `${server.url}${PLAIN}`);
      await settled(visit);
      const scripts = await visit.page.evaluate(() =>
        [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => [
          s.parentElement.id,
          s.textContent,
        ]),
      );
      assert.deepEqual(
        scripts.map(([id]) => id),
        ['by-inline'],
        'exactly one, in the light DOM of the card with structured-data',
      );
      const howTo = JSON.parse(scripts[0][1]);
      assert.equal(howTo['@context'], 'https://schema.org');
      assert.equal(howTo['@type'], 'HowTo');
      assert.deepEqual(unknownKeys(howTo, HOW_TO), []);
      assert.equal(howTo.name, 'Knee wags');
      assert.match(howTo.description, /2 sets × 10–15 reps per side/);
      assert.deepEqual(howTo.image, [`${server.url}/test/embed/pages/knee-wags.svg`]);
      assert.equal(howTo.inLanguage, 'en');
      assert.equal(howTo.step.length, 2);
      howTo.step.forEach((step, index) => {
        assert.deepEqual(unknownKeys(step, HOW_TO_STEP), []);
        assert.equal(step['@type'], 'HowToStep');
        assert.equal(step.position, index + 1);
        assert.equal(typeof step.text, 'string');
      });
      assert.deepEqual(howTo.tool, [{ '@type': 'HowToTool', name: 'Mat' }]);
      howTo.tool.forEach((tool) => assert.deepEqual(unknownKeys(tool, HOW_TO_TOOL), []));
      assert.deepEqual(unknownKeys(howTo.isBasedOn, CREATIVE_WORK), []);
      assert.equal(howTo.isBasedOn['@type'], 'CreativeWork');
      assert.deepEqual(unknownKeys(howTo.isBasedOn.author, PERSON), []);
      for (const key of ['totalTime', 'performTime']) {
        if (howTo[key] !== undefined) assert.match(howTo[key], ISO_DURATION);
      }
    } finally {
      await context.close();
    }
  });
});

describe('print', () => {
  test('the card prints on one page with every control hidden', async () => {
    const context = await isolatedContext();
    try {
      const visit = await openRecorded(context, `${server.url}/test/embed/pages/print.html`);
      await settled(visit);
      await visit.page.emulateMedia({ media: 'print' });
      const shown = await visit.page.evaluate(() => {
        const root = document.querySelector('exercise-card').shadowRoot;
        const visible = (el) =>
          el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        return {
          buttons: [...root.querySelectorAll('button, [part~="controls"]')].filter(visible).length,
          ticks: visible(root.querySelector('.ticks-row')),
          title: visible(root.querySelector('[part="title"]')),
        };
      });
      assert.deepEqual(shown, { buttons: 0, ticks: true, title: true });
      const pdf = await visit.page.pdf({ format: 'A4' });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
      assert.equal(pages.length, 1);
    } finally {
      await context.close();
    }
  });
});
