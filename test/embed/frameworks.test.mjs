// Page 5 of issue 8, and custom tag names: a React 19 app and a Vue 3 app, built here with esbuild
// from the npm build (dist/), set objects as properties, hear our events and re-render without the
// counter losing its count; a clinic registers the classes under its own tags, form internals included.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { build } from 'esbuild';
import { launchChromium } from '../support/chromium.mjs';
import { countReps, openRecorded, settled, shadowText } from './pages/page-helpers.mjs';
import { REPO_ROOT, startEmbedServer } from './pages/server.mjs';

const PAGES = `${REPO_ROOT}/test/embed/pages`;

/** Bundles one app for the browser and serves it at /embed-bundles/<name>.js. */
async function bundle(server, name, entry, options = {}) {
  const result = await build({
    entryPoints: [`${PAGES}/${entry}`],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
    jsx: 'automatic',
    define: {
      'process.env.NODE_ENV': '"production"',
      __VUE_OPTIONS_API__: 'true',
      __VUE_PROD_DEVTOOLS__: 'false',
      __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    },
    ...options,
  });
  server.put(`/embed-bundles/${name}.js`, result.outputFiles[0].contents);
}

let browser;
let server;
before(async () => {
  server = await startEmbedServer();
  const shell = await readFile(`${PAGES}/app.html`, 'utf8');
  await Promise.all([
    bundle(server, 'react-app', 'react-app.jsx'),
    // Vue's full build compiles the template in the browser, as with an in-DOM template.
    bundle(server, 'vue-app', 'vue-app.js', { alias: { vue: 'vue/dist/vue.esm-bundler.js' } }),
    bundle(server, 'custom-tags', 'custom-tags.js'),
  ]);
  for (const app of ['react-app', 'vue-app']) {
    server.put(
      `/embed-pages/${app}.html`,
      shell.replace('src="APP_BUNDLE"', `src="/embed-bundles/${app}.js"`),
    );
  }
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

for (const [framework, app] of [
  ['React 19', 'react-app'],
  ['Vue 3', 'vue-app'],
]) {
  describe(`page 5: a ${framework} app`, () => {
    test('sets the exercise object as a property, hears ex-start and ex-rep, keeps the count across re-renders', async () => {
      const context = await browser.newContext();
      try {
        const visit = await openRecorded(context, `${server.url}/embed-pages/${app}.html`);
        const { page } = visit;
        await settled(visit);
        assert.equal(await shadowText(page, '#card', '[part="title"]'), 'Knee wags');
        // heading-level={2} / heading-level="2" reached the element as an attribute.
        assert.equal(
          await page.evaluate(
            () => document.querySelector('#card').shadowRoot.querySelector('h2[part="title"]') !== null,
          ),
          true,
        );
        // A property, not an attribute holding "[object Object]".
        assert.equal(
          await page.evaluate(() => document.querySelector('#card').getAttribute('exercise')),
          null,
        );
        assert.equal(await page.evaluate(() => document.querySelector('#counter').dosage?.reps), 10);

        await page.locator('#card [part="start-button"]').click();
        assert.equal(await countReps(page, '#counter', 3), '3');
        await page.waitForFunction(() => document.querySelector('#log').textContent === 'knee-wags|3|0');

        const counter = await page.evaluateHandle(() => document.querySelector('#counter'));
        await page.locator('#rerender').click();
        await page.locator('#rerender').click();
        await page.waitForFunction(() => document.querySelector('#log').textContent.endsWith('|2'));
        assert.equal(await page.evaluate((el) => el === document.querySelector('#counter'), counter), true);
        assert.equal(await shadowText(page, '#counter', '[part="count"]'), '3');
        assert.equal(await countReps(page, '#counter', 1), '4');
        await page.waitForFunction(() => document.querySelector('#log').textContent === 'knee-wags|4|2');
        assert.deepEqual(visit.problems, []);
      } finally {
        await context.close();
      }
    });
  });
}

describe('custom tag names', () => {
  test('clinic-card and clinic-counter work under their own tags, JSON-LD and form internals included', async () => {
    const context = await browser.newContext();
    try {
      const visit = await openRecorded(context, `${server.url}/test/embed/pages/custom-tags.html`);
      const { page } = visit;
      await settled(visit);
      assert.equal(await page.evaluate(() => customElements.get('exercise-card')), undefined);
      assert.equal(await shadowText(page, '#card', '[part="title"]'), 'Glute bridge');
      const jsonLd = await page.evaluate(
        () => document.querySelector('#card > script[type="application/ld+json"]')?.textContent,
      );
      assert.equal(JSON.parse(jsonLd).name, 'Glute bridge');

      const form = () =>
        page.evaluate(() => {
          const form = document.querySelector('#checkin');
          return { valid: form.checkValidity(), value: new FormData(form).get('bridges') };
        });
      assert.deepEqual(await form(), { valid: false, value: '' });
      assert.equal(await countReps(page, '#counter', 2), '2');
      assert.deepEqual(await form(), { valid: true, value: 'reps=2;sets=1' });
      assert.deepEqual(visit.problems, []);
    } finally {
      await context.close();
    }
  });
});
