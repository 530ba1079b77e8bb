// Pages 1–3 of issue 8 and the guarantees checked on them: the drop-in script in a plain page, the
// script loaded twice, a strict CSP with Trusted Types (as a real header), privacy (requests, cookies,
// storage), the card's and the routine player's schema.org JSON-LD, and the printed card and routine.
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
const HIP_ROUTINE = 'hip-routine-radiating-pain';
const HIP_TITLE = 'Hip exercises for back pain that spreads down the leg';
/** The one key the player writes while a session of the hip routine runs (src/internal/session-store.ts). */
const HIP_SESSION_KEY = `exercise-elements:session:${HIP_ROUTINE}`;

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
  assert.match(await shadowText(page, '#by-inline', '[part="dosage"]'), /2 sets of 10–15 reps per side/);
  assert.match(await shadowText(page, '#by-property', '[part="steps"]'), /Open the top knee/);
  assert.equal(await countReps(page, '#counter-by-attribute', 2), '2');
  assert.match(await shadowText(page, '#counter-by-property', '.target'), /4/);
  assert.equal(await countReps(page, '#counter-by-property', 1), '1');
  assert.equal(await shadowText(page, '#player', '[part="title"]'), HIP_TITLE);
  assert.match(await shadowText(page, '#player', '.frequency'), /once or twice a day/);
}

/** Presses the player's Start and waits for its first step (the section intro, a 5 s countdown). */
async function startPlayer(page) {
  await page.locator('#player [part="start"]').click();
  await page.waitForFunction(() => document.querySelector('#player').getAttribute('phase') === 'intro');
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
          ['#by-inline', '#counter-by-attribute', '#player'].map((id) => {
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
      assert.deepEqual((await sizes(before))[2], ['block', '320px', '640px']);
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
      // The JSON-LD script text is written through our Trusted Types policy, by the card and the player.
      assert.deepEqual(
        await visit.page.evaluate(() =>
          ['#by-inline', '#player'].map(
            (id) =>
              document.querySelector(`${id} > script[type="application/ld+json"]`)?.textContent.length > 0,
          ),
        ),
        [true, true],
      );
      // The player starts, and its countdown ring gets its length through CSSOM (a `style` attribute
      // would be refused by style-src 'self', and the ring would not move).
      await startPlayer(visit.page);
      const ring = await visit.page.evaluate(() => {
        const arc = document.querySelector('#player').shadowRoot.querySelector('.ring.countdown .ring-arc');
        const style = getComputedStyle(arc);
        return {
          duration: style.animationDuration,
          name: style.animationName,
          state: style.animationPlayState,
        };
      });
      // A 5 s step: each half of the ring turns in 2.5 s.
      assert.deepEqual(ring, { duration: '2.5s', name: 'ring-turn', state: 'running' });
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

        // A running session persists its progress under its routine's key, and nothing else.
        await startPlayer(visit.page);
        await visit.page.locator('#player .controls .play').click();
        await visit.page.waitForFunction(() => document.querySelector('#player').hasAttribute('paused'));
        const writes = await visit.storageWrites();
        assert.deepEqual([...new Set(writes)], ['exercise-elements:muted', HIP_SESSION_KEY]);
        assert.deepEqual(await visit.page.evaluate(() => Object.keys(localStorage).sort()), [
          'exercise-elements:muted',
          'exercise-elements:session:hip-routine-radiating-pain',
        ]);
        assert.deepEqual(crossOrigin(visit.requests), [YOUTUBE_EMBED], 'the player asked for nothing');
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

// schema.org property lists (https://schema.org/HowTo, /HowToSection, /HowToStep, /HowToDirection,
// /HowToTip, /HowToTool, /CreativeWork, /Person): each type's own properties, plus those it inherits
// (from CreativeWork, ItemList, ListItem and Thing) that the card or the player may use.
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
// HowToSection: from ItemList (itemListElement, itemListOrder, numberOfItems), ListItem (position),
// CreativeWork and Thing. Its items are HowToSteps, whose own items are HowToDirections and HowToTips.
const HOW_TO_SECTION = new Set([
  '@type',
  'name',
  'description',
  'position',
  'itemListElement',
  'itemListOrder',
  'numberOfItems',
  'image',
  'url',
]);
// HowToDirection: its own properties (the media and times around one direction), plus ListItem's
// position and CreativeWork's text. HowToTip: CreativeWork's text and ListItem's position.
const HOW_TO_DIRECTION = new Set([
  '@type',
  'text',
  'position',
  'beforeMedia',
  'duringMedia',
  'afterMedia',
  'performTime',
  'prepTime',
  'totalTime',
  'supply',
  'tool',
]);
const HOW_TO_TIP = new Set(['@type', 'text', 'position']);
const HOW_TO_TOOL = new Set(['@type', 'name', 'requiredQuantity', 'image', 'url']);
const CREATIVE_WORK = new Set(['@type', 'name', 'url', 'author', 'publisher', 'license']);
const PERSON = new Set(['@type', 'name', 'url']);
const ISO_DURATION = /^P(?!$)(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+S)?)?$/;

function unknownKeys(object, allowed) {
  return Object.keys(object).filter((key) => !allowed.has(key));
}

/** Seconds in an ISO 8601 duration such as PT4M35S. */
function isoSeconds(duration) {
  const [, d = 0, h = 0, m = 0, sec = 0] = duration.match(ISO_DURATION_PARTS).map((x) => Number(x ?? 0));
  return ((d * 24 + h) * 60 + m) * 60 + sec;
}
const ISO_DURATION_PARTS = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+)S)?)?$/;

/** The JSON-LD scripts in the page: [parent id, parsed JSON]. */
async function jsonLdScripts(page) {
  const scripts = await page.evaluate(() =>
    [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => [
      s.parentElement.id,
      s.textContent,
    ]),
  );
  return scripts.map(([id, text]) => [id, JSON.parse(text)]);
}

describe('structured data', () => {
  test('the card’s JSON-LD is a valid schema.org HowTo, with HowToStep, HowToTool and CreativeWork', async () => {
    const context = await isolatedContext();
    try {
      const visit = await openRecorded(context, `${server.url}${PLAIN}`);
      await settled(visit);
      const scripts = await jsonLdScripts(visit.page);
      assert.deepEqual(
        scripts.map(([id]) => id),
        ['by-inline', 'player'],
        'exactly one per element with structured-data, in its light DOM',
      );
      const howTo = scripts[0][1];
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

describe('structured data for a routine', () => {
  test('the player’s JSON-LD is a schema.org HowTo with HowToSections of HowToSteps', async () => {
    const context = await isolatedContext();
    try {
      const visit = await openRecorded(context, `${server.url}${PLAIN}`);
      await settled(visit);
      const [, howTo] = (await jsonLdScripts(visit.page)).find(([id]) => id === 'player');
      assert.equal(howTo['@context'], 'https://schema.org');
      assert.equal(howTo['@type'], 'HowTo');
      assert.deepEqual(unknownKeys(howTo, HOW_TO), []);
      assert.equal(howTo.name, HIP_TITLE);
      assert.match(howTo.description, /^Three light hip exercises .* once or twice a day$/);
      assert.equal(howTo.inLanguage, 'en');
      // totalTime is the player's own estimate: the "About N minutes" of its overview.
      assert.match(howTo.totalTime, ISO_DURATION);
      const minutes = Number((await shadowText(visit.page, '#player', '.facts li')).match(/\d+/)[0]);
      assert.equal(Math.max(1, Math.round(isoSeconds(howTo.totalTime) / 60)), minutes);
      assert.deepEqual(howTo.tool, [
        { '@type': 'HowToTool', name: 'rolled towel or pillow' },
        { '@type': 'HowToTool', name: 'resistance band' },
      ]);
      howTo.tool.forEach((tool) => assert.deepEqual(unknownKeys(tool, HOW_TO_TOOL), []));
      assert.deepEqual(unknownKeys(howTo.isBasedOn, CREATIVE_WORK), []);
      assert.deepEqual(unknownKeys(howTo.isBasedOn.author, PERSON), []);

      assert.deepEqual(
        howTo.step.map((section) => [section['@type'], section.position, section.name]),
        [
          ['HowToSection', 1, 'Hip exercises'],
          ['HowToSection', 2, 'Bonus: spinal flexion'],
        ],
      );
      const names = [];
      for (const section of howTo.step) {
        assert.deepEqual(unknownKeys(section, HOW_TO_SECTION), []);
        section.itemListElement.forEach((step, index) => {
          assert.equal(step['@type'], 'HowToStep');
          assert.deepEqual(unknownKeys(step, HOW_TO_STEP), []);
          assert.equal(step.position, index + 1);
          assert.ok(step.text.startsWith(`${step.name}: `), 'the text gives the dosage');
          names.push(step.name);
          for (const item of step.itemListElement ?? []) {
            assert.ok(['HowToDirection', 'HowToTip'].includes(item['@type']));
            const allowed = item['@type'] === 'HowToDirection' ? HOW_TO_DIRECTION : HOW_TO_TIP;
            assert.deepEqual(unknownKeys(item, allowed), []);
            assert.equal(typeof item.text, 'string');
          }
        });
      }
      assert.deepEqual(names, [
        'Knee wags',
        'Lying adductor squeeze',
        'Lying psoas march',
        'Spinal flexion drill',
      ]);
      const knees = howTo.step[0].itemListElement[0];
      assert.equal(knees.text, 'Knee wags: 10–15 reps per side');
      assert.equal(knees.itemListElement.length, 4);
      const bonus = howTo.step[1].itemListElement[0].itemListElement.at(-1);
      assert.deepEqual(bonus, {
        '@type': 'HowToTip',
        text: 'Optional. Leave it out until bending forward feels manageable.',
      });
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

describe('print: a routine', () => {
  /** In print media: what of the player's overview shows, and which controls are still laid out. */
  async function printed(page, host) {
    await page.emulateMedia({ media: 'print' });
    return page.evaluate((host) => {
      const root = document.querySelector(host).shadowRoot;
      const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
      const shown = (selector) => [...root.querySelectorAll(selector)].filter(visible);
      return {
        controls: shown('button, details, input, [part~="start"], [part~="resume"], [part~="controls"]').map(
          (el) => `${el.localName}.${el.className} ${el.getAttribute('part') ?? ''}`.trim(),
        ),
        title: shown('[part="title"]').map((el) => el.textContent.trim()),
        frequency: shown('.frequency').map((el) => el.textContent.trim()),
        exercises: shown('.exercises li .exercise-name').length,
        dosage: shown('.exercises li .dosage-line').length,
        ticks: shown('.ticks').map((el) => el.textContent.trim()),
        images: shown('img.thumb').map((el) => [el.getBoundingClientRect().width < 100, el.complete]),
        safety: shown('.safety li').length,
        source: shown('.source').map((el) => el.textContent.replace(/\s+/g, ' ').trim()),
        footer: shown('.print-footer').map((el) => el.textContent),
      };
    }, host);
  }

  const pageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? []).length;

  test('the hip routine prints as a one-page handout with no control', async () => {
    const context = await isolatedContext();
    try {
      const path = '/test/embed/pages/print-routine.html';
      const visit = await openRecorded(context, `${server.url}${path}`);
      await settled(visit);
      // On screen the handout's extras are hidden and the Start button is there.
      assert.equal(
        await visit.page.evaluate(() =>
          [...document.querySelector('#hips').shadowRoot.querySelectorAll('.print-only')].some(
            (el) => el.getClientRects().length > 0,
          ),
        ),
        false,
      );
      assert.ok(await visit.page.locator('#hips [part="start"]').isVisible());

      const shown = await printed(visit.page, '#hips');
      assert.deepEqual(shown, {
        controls: [],
        title: [HIP_TITLE],
        frequency: ['once or twice a day'],
        exercises: 4,
        dosage: 4,
        ticks: ['☐', '☐', '☐', '☐'],
        images: [],
        safety: 4,
        source: ['Adapted from “The Surprising Hip Exercises That Alleviated My Back Pain” by David Liira'],
        footer: [`Printed from ${server.url}${path}`],
      });
      assert.equal(pageCount(await visit.page.pdf({ format: 'A4' })), 1);
      assert.deepEqual(visit.problems, []);
    } finally {
      await context.close();
    }
  });

  test('an exercise’s image prints small beside it, with a tick box per set and the source’s address', async () => {
    const context = await isolatedContext();
    try {
      const visit = await openRecorded(context, `${server.url}/test/embed/pages/print-routine-images.html`);
      await settled(visit);
      const shown = await printed(visit.page, '#with-images');
      await visit.page.waitForFunction(() =>
        [...document.querySelector('#with-images').shadowRoot.querySelectorAll('img.thumb')].every(
          (img) => img.complete && img.naturalWidth > 0,
        ),
      );
      assert.deepEqual(shown.controls, []);
      assert.deepEqual(shown.ticks, ['☐ ☐', '☐ ☐ ☐']);
      assert.equal(shown.images.length, 1);
      assert.equal(shown.images[0][0], true, 'a thumbnail, not a full-width picture');
      assert.deepEqual(shown.source, ['Adapted from “Clinic handout” https://example.org/knees']);
      assert.equal(pageCount(await visit.page.pdf({ format: 'A4' })), 1);
      assert.deepEqual(visit.problems, []);
    } finally {
      await context.close();
    }
  });
});
