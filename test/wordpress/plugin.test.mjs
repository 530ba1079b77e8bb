// The plugin in a real WordPress 6.5 (issue 20), offline: installed and activated from the built zip,
// posts created through the REST API as an administrator, an editor, an author and a contributor (whose
// post an administrator publishes), then the published pages opened in Chromium. Needs `npm run build`;
// installs WordPress Playground into test/wordpress/node_modules on first run.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from '../support/chromium.mjs';
import { STRICT_CSP } from '../embed/pages/server.mjs';
import { startWordPress } from './playground.mjs';
import {
  base64,
  blockComment,
  blockPost,
  CARD,
  COUNTER_DOSAGE,
  customHtmlPost,
  ROUTINE,
  ROUTINE_TEXT,
  shortcodePost,
  textRoutinePost,
} from './content.mjs';

const ROLES = ['administrator', 'editor', 'author', 'contributor'];
/** Roles WordPress gives "unfiltered HTML" on a single site: their Custom HTML keeps scripts. */
const UNFILTERED = ['administrator', 'editor'];
const TAGS = 'exercise-card, routine-player, rep-counter';
const MODULE_ID = 'id="exercise-elements-js-module"';

let wp;
let browser;
let payloads;
/** role → { shortcodes, blocks, textRoutine, hostileBlocks, hostileShortcodes, customHtml } → published URL. */
const posts = {};

/** The reliability suite's hostile strings, compiled from its TypeScript module. */
async function loadPayloads() {
  const dir = mkdtempSync(join(tmpdir(), 'exercise-elements-xss-'));
  try {
    const result = await build({
      entryPoints: [new URL('../reliability/xss-payloads.ts', import.meta.url).pathname],
      bundle: true,
      format: 'esm',
      write: false,
    });
    const file = join(dir, 'xss-payloads.mjs');
    writeFileSync(file, result.outputFiles[0].text);
    return await import(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function rest(role, path, body) {
  const { login, password } = wp.users[role];
  const response = await fetch(`${wp.url}/wp-json/wp/v2/${path}`, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${login}:${password}`).toString('base64')}`,
      'content-type': 'application/json',
    },
    body: JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${role} POST ${path}: ${response.status} ${JSON.stringify(json)}`);
  return json;
}

/** Creates the post as `role`; a contributor submits it for review and an administrator publishes it. */
async function publish(role, title, content) {
  const status = role === 'contributor' ? 'pending' : 'publish';
  let post = await rest(role, 'posts', { title, content, status });
  if (status === 'pending') post = await rest('administrator', `posts/${post.id}`, { status: 'publish' });
  return post.link;
}

/** Undoes what wptexturize does to readable text (a block theme runs it over the whole page). */
const untexturize = (text) =>
  text.replace(/[“”″]/g, '"').replace(/[‘’′]/g, "'").replace(/…/g, '...').replace(/ — /g, ' -- ');

const TYPES = { '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2' };

/**
 * Opens `url`, recording errors, calls of `__xss` and (with `csp`) the strict policy as a header.
 * WordPress core's static files that Playground's build leaves out are answered empty at once (they
 * would hang offline), images and videos are answered empty, and errors from core's own scripts under /wp-includes/ (which then miss their
 * code) are not counted: none of them is ours.
 */
async function open(url, { javaScript = true, csp = false } = {}) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript });
  await context.route('**/*', async (route) => {
    const request = route.request();
    const path = new URL(request.url()).pathname.slice(1);
    if (wp.remoteAssets.has(path)) {
      const type = TYPES[path.slice(path.lastIndexOf('.'))] ?? 'application/octet-stream';
      return route.fulfill({ status: 200, contentType: type, body: '' });
    }
    // The hostile data's images and videos: answered here so that a hundred 404 pages do not queue up
    // in Playground's two PHP workers.
    if (['image', 'media'].includes(request.resourceType())) return route.fulfill({ status: 204, body: '' });
    if (!csp || !request.isNavigationRequest()) return route.continue();
    const response = await route.fetch();
    await route.fulfill({
      response,
      headers: { ...response.headers(), 'content-security-policy': STRICT_CSP },
    });
  });
  const page = await context.newPage();
  const problems = [];
  const fromCore = (text) => /\/wp-includes\//.test(text);
  page.on('pageerror', (error) => {
    if (!fromCore(error.stack ?? '')) problems.push(`uncaught: ${error.message}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && !fromCore(message.location().url))
      problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.addInitScript(() => {
    window.__ran = [];
    window.__xss = (n) => window.__ran.push(n);
  });
  await page.goto(url);
  return { page, problems, close: () => context.close() };
}

/** Waits until every element of ours is defined and rendered, and no card is loading. */
async function rendered(page) {
  await page.waitForFunction(
    (tags) =>
      [...document.querySelectorAll(tags)].every(
        (el) =>
          customElements.get(el.localName) &&
          el.shadowRoot?.childElementCount > 0 &&
          !el.shadowRoot.querySelector('[aria-busy="true"]'),
      ),
    TAGS,
    { timeout: 20_000 },
  );
}

/** What a reader sees of each element: tag, title text, dosage text, whether the fallback shows. */
function readElements(page) {
  return page.evaluate((tags) => {
    const text = (el, selector) => el.shadowRoot?.querySelector(selector)?.textContent?.trim() ?? null;
    return [...document.querySelectorAll(tags)].map((el) => ({
      tag: el.localName,
      title: text(el, '[part="title"]'),
      dosage: text(el, '[part="dosage"]'),
      hasButton: Boolean(el.shadowRoot?.querySelector('[part="button"]')),
      inlineJson: Boolean(el.querySelector(':scope > script[type="application/json"]')),
      fallbackVisible: [...el.querySelectorAll('.exercise-elements-fallback')].some((f) =>
        f.checkVisibility(),
      ),
    }));
  }, TAGS);
}

before(async () => {
  payloads = await loadPayloads();
  wp = await startWordPress();
  browser = await launchChromium();
  for (const role of ROLES) {
    const hostileCards = payloads.XSS_TEXT_PAYLOADS.map((text) => ({
      element: 'exercise-card',
      data: base64(payloads.exerciseWith(text)),
    }));
    const hostileBlocks = [
      ...hostileCards.map((attributes) => blockComment('exercise-elements/element', attributes)),
      blockComment('exercise-elements/element', {
        element: 'routine-player',
        data: base64(payloads.routineWith('</script><script>__xss(20)</script>')),
      }),
      ...payloads.XSS_URL_PAYLOADS.slice(0, 10).map((src) =>
        blockComment('exercise-elements/element', { element: 'exercise-card', src }),
      ),
    ].join('\n\n');
    const hostileShortcodes = [
      ...payloads.XSS_TEXT_PAYLOADS.map(
        (text) => `[exercise-card]${JSON.stringify(payloads.exerciseWith(text))}[/exercise-card]`,
      ),
      ...payloads.XSS_TEXT_PAYLOADS.filter((text) => !/["[\]]/.test(text)).map(
        (text) => `[rep-counter dosage="${text}"]`,
      ),
      ...payloads.XSS_URL_PAYLOADS.slice(0, 10).map((src) => `[exercise-card src="${src}"]`),
    ].join('\n\n');
    posts[role] = {
      shortcodes: await publish(role, `Shortcodes by the ${role}`, shortcodePost(wp.routine)),
      blocks: await publish(role, `Blocks by the ${role}`, blockPost(wp.routine)),
      textRoutine: await publish(role, `A text routine by the ${role}`, textRoutinePost()),
      hostileBlocks: await publish(role, `Hostile blocks by the ${role}`, hostileBlocks),
      hostileShortcodes: await publish(role, `Hostile shortcodes by the ${role}`, hostileShortcodes),
      customHtml: await publish(
        role,
        `Custom HTML by the ${role}`,
        customHtmlPost(`${wp.url}/wp-content/plugins/exercise-elements/assets/cdn/exercise-elements.js`),
      ),
    };
  }
});

after(async () => {
  await browser?.close();
  await wp?.close();
});

for (const role of ROLES) {
  describe(`a post by the ${role}`, () => {
    for (const kind of ['shortcodes', 'blocks']) {
      test(`with ${kind}: every element renders its data, the fallback is hidden, no error`, async () => {
        const visit = await open(posts[role][kind]);
        try {
          await rendered(visit.page);
          const elements = await readElements(visit.page);
          assert.deepEqual(
            elements.map(({ tag, title }) => [tag, title]),
            [
              ['exercise-card', CARD.name],
              ['routine-player', ROUTINE.title],
              ['rep-counter', null],
              ['exercise-card', 'Lying psoas march'],
            ],
          );
          assert.match(elements[0].dosage, /2 sets of 10–15 reps per side/);
          // `<`, `&`, quotes and `...` in the data arrive as written, whatever the role.
          assert.ok(
            await visit.page.evaluate(
              (step) => document.querySelector('exercise-card').shadowRoot.textContent.includes(step),
              CARD.steps[1],
            ),
            `the card shows "${CARD.steps[1]}"`,
          );
          assert.ok(elements[2].hasButton, 'the rep counter has its button');
          assert.ok(elements[0].inlineJson && elements[1].inlineJson, 'the data is the first child script');
          assert.deepEqual(
            elements.map((el) => el.fallbackVisible),
            [false, false, false, false],
          );
          await visit.page.locator('rep-counter >> [part="button"]').click();
          assert.equal(
            await visit.page.evaluate(() =>
              document
                .querySelector('rep-counter')
                .shadowRoot.querySelector('[part="count"]')
                .textContent.trim(),
            ),
            '1',
          );
          assert.deepEqual(visit.problems, []);
        } finally {
          await visit.close();
        }
      });

      test(`with ${kind}, JavaScript off: the fallback shows name, dosage, steps and safety`, async () => {
        const visit = await open(posts[role][kind], { javaScript: false });
        try {
          const card = await visit.page
            .locator('exercise-card .exercise-elements-fallback')
            .first()
            .innerText();
          for (const text of [
            CARD.name.replace('--', '—'),
            CARD.dosage,
            CARD.steps[0].slice(0, 20),
            'Safety',
            CARD.safety[0],
          ]) {
            assert.ok(
              card.includes(text) || card.includes(text.replace('—', '--')),
              `card fallback has "${text}"`,
            );
          }
          const player = await visit.page.locator('routine-player .exercise-elements-fallback').innerText();
          assert.match(player, /Morning knees/);
          assert.match(player, /Heel slides/);
          assert.match(player, /Stop if your knee swells/);
          assert.match(await visit.page.locator('rep-counter').innerText(), new RegExp(COUNTER_DOSAGE));
          assert.doesNotMatch(await visit.page.locator('body').innerText(), /"id"|\{"/);
        } finally {
          await visit.close();
        }
      });
    }

    test('a routine in the text format, JavaScript off: the text shows, its script does not', async () => {
      const visit = await open(posts[role].textRoutine, { javaScript: false });
      try {
        const text = untexturize(await visit.page.locator('routine-player').innerText());
        assert.match(text, /Evening hips & knees -- "easy" <3 times a week/);
        assert.match(text, /Lift your hips <\/script><script>__xss\(30\)<\/script> slowly\./);
        assert.match(text, /Caution: stop if it hurts\./);
        assert.equal(await visit.page.locator('routine-player > script').count(), 1);
      } finally {
        await visit.close();
      }
    });

    test('the script module is printed once on a page with elements, never on one without', async () => {
      const withElements = await (await fetch(posts[role].shortcodes)).text();
      assert.equal(withElements.split(MODULE_ID).length - 1, 1);
      const without = await (await fetch(`${wp.url}/?p=1`)).text();
      assert.match(without, /Hello world/);
      assert.equal(without.split(MODULE_ID).length - 1, 0);
    });

    for (const csp of [false, true]) {
      test(`a routine in the text format renders as written${csp ? ' under a strict CSP' : ''}, and runs nothing`, async () => {
        const visit = await open(posts[role].textRoutine, { csp });
        try {
          await rendered(visit.page);
          const [player] = await readElements(visit.page);
          assert.equal(player.title, ROUTINE_TEXT.split('\n')[0].slice(2));
          assert.equal(player.fallbackVisible, false);
          const shadowText = await visit.page.evaluate(
            () => document.querySelector('routine-player').shadowRoot.textContent,
          );
          assert.match(shadowText, /Bridge/);
          assert.deepEqual(await visit.page.evaluate(() => window.__ran), []);
          // Under the strict CSP the theme's own inline styles are refused; that is WordPress's, not ours.
          if (!csp) assert.deepEqual(visit.problems, []);
        } finally {
          await visit.close();
        }
      });

      test(`hostile data in block attributes runs nothing${csp ? ' under a strict CSP' : ''} and arrives intact`, async () => {
        const visit = await open(posts[role].hostileBlocks, { csp });
        try {
          await rendered(visit.page);
          const titles = (await readElements(visit.page))
            .filter((el) => el.tag === 'exercise-card')
            .map((el) => el.title);
          assert.deepEqual(
            titles.slice(0, payloads.XSS_TEXT_PAYLOADS.length),
            payloads.XSS_TEXT_PAYLOADS.map((t) => t.trim()),
          );
          assert.deepEqual(await visit.page.evaluate(() => window.__ran), []);
          // The ten hostile links: each is refused on the server with a notice, or (where WordPress's
          // filters already changed it for an author) reaches the element only as an http(s) URL.
          const links = await visit.page.evaluate((tags) => {
            const srcs = [...document.querySelectorAll(tags)]
              .map((el) => el.getAttribute('src'))
              .filter(Boolean);
            return {
              schemes: [...new Set(srcs.map((src) => new URL(src, document.baseURI).protocol))],
              refused: document.querySelectorAll('p.exercise-elements-error').length,
              kept: srcs.length,
            };
          }, TAGS);
          assert.ok(
            links.schemes.every((scheme) => scheme === 'http:' || scheme === 'https:'),
            links.schemes.join(),
          );
          assert.equal(links.refused + links.kept, 10);
          assert.ok(links.refused >= 8, `${links.refused} refused`);
        } finally {
          await visit.close();
        }
      });

      test(`hostile data in shortcodes runs nothing${csp ? ' under a strict CSP' : ''} and arrives intact`, async () => {
        const visit = await open(posts[role].hostileShortcodes, { csp });
        try {
          await rendered(visit.page);
          const titles = (await readElements(visit.page))
            .filter((el) => el.tag === 'exercise-card')
            .map((el) => el.title);
          // Shortcode JSON is read with the five entities the visual editor writes decoded, so the one
          // payload written as `&lt;img …&gt;` arrives as `<img …>` (as text); every other entity stays.
          const visualEditor = (text) =>
            text
              .replace(/&lt;/g, '<')
              .replace(/&gt;/g, '>')
              .replace(/&quot;/g, '"')
              .replace(/&#0?39;/g, "'")
              .replace(/&amp;/g, '&');
          assert.deepEqual(
            titles.slice(0, payloads.XSS_TEXT_PAYLOADS.length),
            payloads.XSS_TEXT_PAYLOADS.map((t) => visualEditor(t).trim()),
          );
          assert.deepEqual(await visit.page.evaluate(() => window.__ran), []);
        } finally {
          await visit.close();
        }
      });
    }
  });
}

describe('without the plugin: the README snippet in a Custom HTML block', () => {
  test('renders for the administrator and editor, and is stripped from the author’s and contributor’s posts', async () => {
    const results = {};
    for (const role of ROLES) {
      const html = await (await fetch(posts[role].customHtml)).text();
      results[role] = html.includes('<exercise-card') && html.includes('type="application/json"');
    }
    assert.deepEqual(results, { administrator: true, editor: true, author: false, contributor: false });
  });
});

describe('the accent colour setting', () => {
  test('themes every element, and a value that is no colour is never printed', async () => {
    await wp.setAccent('#0b7285');
    const visit = await open(posts.author.blocks);
    try {
      await rendered(visit.page);
      const accents = await visit.page.evaluate(
        (tags) =>
          [...document.querySelectorAll(tags)].map((el) =>
            getComputedStyle(el).getPropertyValue('--ex-accent').trim(),
          ),
        TAGS,
      );
      assert.deepEqual(accents, ['#0b7285', '#0b7285', '#0b7285', '#0b7285']);
    } finally {
      await visit.close();
    }
    await wp.setAccent('red;}body{display:none');
    const html = await (await fetch(posts.author.blocks)).text();
    assert.doesNotMatch(html, /exercise-elements-theme-inline-css|--ex-accent:|body\{display:none/);
  });
});

describe('a site in German', () => {
  test('the elements get the site’s language, lang="de-DE", and speak German', async () => {
    assert.equal((await wp.setLocale('de_DE')).locale, 'de_DE');
    try {
      const html = await (await fetch(posts.author.blocks)).text();
      assert.match(html, /<html lang="de-DE"/);
      for (const tag of ['exercise-card', 'routine-player', 'rep-counter'])
        assert.match(html, new RegExp(`<${tag} lang="de-DE"`), tag);
      const visit = await open(posts.author.blocks);
      try {
        await rendered(visit.page);
        await visit.page.waitForFunction(
          () => document.querySelector('rep-counter').shadowRoot.textContent.includes('Tippen zum Zählen'),
          null,
          { timeout: 10_000 },
        );
      } finally {
        await visit.close();
      }
    } finally {
      await wp.setLocale('');
    }
  });
});

/**
 * What a reader with JavaScript sees of a post: `renders` (our elements with their data), `fallback`
 * (the readable text, no data), `raw data` (JSON or base64 as text) or `nothing` of the exercise.
 */
async function survival(url) {
  const visit = await open(url);
  try {
    await visit.page.waitForLoadState('networkidle');
    if ((await visit.page.locator(TAGS).count()) > 0) await rendered(visit.page);
    const titles = (await readElements(visit.page)).filter((el) => el.title).length;
    const text = await visit.page.locator('.entry-content, main, body').first().innerText();
    if (titles > 0) return 'renders';
    if (/knee-wags|morning-knees|"id"|\{"|eyJ|exercise-elements-data/.test(text)) return 'raw data';
    if (/Knee wags|Morning knees|Evening hips/.test(text)) return 'fallback';
    return 'nothing';
  } finally {
    await visit.close();
  }
}

describe('the plugin deactivated', () => {
  test('shortcode, text and block posts show the fallback text, never raw data', async () => {
    assert.equal((await wp.deactivate()).active, false);
    try {
      for (const role of ROLES) {
        for (const kind of ['shortcodes', 'blocks', 'textRoutine']) {
          const visit = await open(posts[role][kind], { javaScript: false });
          try {
            const text = untexturize(await visit.page.locator('body').innerText());
            assert.doesNotMatch(
              text,
              /"id"|\{"|eyJ|exercise-elements-data|x-exercise-routine/,
              `${role} ${kind}`,
            );
            if (kind === 'textRoutine') {
              assert.match(text, /Evening hips & knees -- "easy" <3 times a week/);
              continue;
            }
            assert.match(text, /A few exercises from my physio/);
            for (const part of [CARD.dosage, CARD.steps[1], CARD.safety[0], 'Morning knees', 'Heel slides'])
              assert.ok(text.includes(part), `${role} ${kind}: "${part}"`);
            assert.ok(text.includes(CARD.name), `${role} ${kind}: "${CARD.name}"`);
          } finally {
            await visit.close();
          }
        }
      }
    } finally {
      await wp.activate();
    }
  });

  test('the survival table: role × way of posting, plugin active and deactivated', async () => {
    const kinds = { 'Custom HTML': 'customHtml', shortcodes: 'shortcodes', block: 'blocks' };
    const table = {};
    for (const state of ['active', 'deactivated']) {
      if (state === 'deactivated') await wp.deactivate();
      try {
        for (const role of ROLES)
          for (const [label, kind] of Object.entries(kinds))
            (table[`${role}, ${label}`] ??= {})[state] = await survival(posts[role][kind]);
      } finally {
        if (state === 'deactivated') await wp.activate();
      }
    }
    console.log(
      ['| role, way | plugin active | plugin deactivated |', '| --- | --- | --- |']
        .concat(
          Object.entries(table).map(
            ([row, { active, deactivated }]) => `| ${row} | ${active} | ${deactivated} |`,
          ),
        )
        .join('\n'),
    );
    const expected = {};
    for (const role of ROLES) {
      const html = UNFILTERED.includes(role) ? 'renders' : 'raw data';
      expected[`${role}, Custom HTML`] = { active: html, deactivated: html };
      expected[`${role}, shortcodes`] = { active: 'renders', deactivated: 'fallback' };
      expected[`${role}, block`] = { active: 'renders', deactivated: 'fallback' };
    }
    assert.deepEqual(table, expected);
  });

  test('uninstalled, it leaves no option behind', async () => {
    await wp.setAccent('#0b7285');
    assert.equal((await wp.uninstall()).accent, 'none');
  });
});
