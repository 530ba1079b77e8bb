// Issue 17: the widgets follow the page's colour scheme, not the phone's. A light page on a phone in dark
// mode keeps light widgets; a page that declares `color-scheme: dark` gets dark ones on a phone in light
// mode; only a page declaring `color-scheme: light dark` follows the phone. `theme` still forces either.
// Checked on the card, the counter and the player, whose colours come from the same tokens.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../support/chromium.mjs';
import { openRecorded, settled } from './pages/page-helpers.mjs';
import { startEmbedServer } from './pages/server.mjs';

const LIGHT_ACCENT = 'rgb(15, 110, 110)';
const DARK_ACCENT = 'rgb(92, 200, 200)';

const page = (rootStyle, attrs = '') => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Colour scheme</title>
    <style>:root { ${rootStyle} }</style>
    <script type="module" src="/dist/cdn/exercise-elements.js"></script>
  </head>
  <body>
    <exercise-card id="card" startable ${attrs}>
      <script type="application/json">
        {"id": "knee-wags", "name": "Knee wags", "steps": ["Rock your knees."], "dosage": "10 reps",
         "safety": ["Stay in a pain-free range."]}
      </script>
    </exercise-card>
    <rep-counter id="counter" target="10" ${attrs}></rep-counter>
    <routine-player id="player" ${attrs}>
      <script type="application/json">
        {"id": "r", "title": "Hips", "sections": [{"title": "Main", "kind": "main",
          "items": [{"exercise": {"id": "a", "name": "Knee wags", "dosage": "2 sets of 10 reps"}}]}]}
      </script>
    </routine-player>
  </body>
</html>`;

/** The colours a reader sees: the Start button's fill (the accent), and the card's text and surface. */
async function colours(browser, server, path, colorScheme) {
  const context = await browser.newContext({ colorScheme, viewport: { width: 600, height: 900 } });
  try {
    const visit = await openRecorded(context, `${server.url}${path}`);
    await settled(visit);
    const result = await visit.page.evaluate(() => {
      const inside = (host, selector) => document.querySelector(host).shadowRoot.querySelector(selector);
      const style = (host, selector) => getComputedStyle(inside(host, selector));
      return {
        card: style('#card', '[part="start-button"]').backgroundColor,
        cardSurface: style('#card', '[part="base"]').backgroundColor,
        counter: style('#counter', '.ring-fill').stroke,
        counterAccent: style('#counter', '[part="base"]').accentColor,
        player: style('#player', '[part~="start"]').backgroundColor,
      };
    });
    assert.deepEqual(visit.problems, []);
    return result;
  } finally {
    await context.close();
  }
}

let browser;
let server;
before(async () => {
  server = await startEmbedServer();
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

describe('issue 17: the widgets follow the page, not the phone', () => {
  const cases = [
    ['a light page (no color-scheme) with the phone in dark mode', '', 'dark', LIGHT_ACCENT],
    [
      'a page declaring color-scheme: dark with the phone in light mode',
      'color-scheme: dark',
      'light',
      DARK_ACCENT,
    ],
    [
      'a page declaring color-scheme: light dark, phone in dark mode',
      'color-scheme: light dark',
      'dark',
      DARK_ACCENT,
    ],
    [
      'a page declaring color-scheme: light dark, phone in light mode',
      'color-scheme: light dark',
      'light',
      LIGHT_ACCENT,
    ],
  ];
  for (const [name, rootStyle, os, accent] of cases) {
    test(name, async () => {
      const path = `/test/embed/pages/scheme-${rootStyle.replace(/\W+/g, '-') || 'none'}.html`;
      server.put(path, page(rootStyle));
      const seen = await colours(browser, server, path, os);
      assert.deepEqual(
        { card: seen.card, counter: seen.counter, counterAccent: seen.counterAccent, player: seen.player },
        { card: accent, counter: accent, counterAccent: accent, player: accent },
      );
      // Blending in: no surface of its own, whatever the scheme.
      assert.equal(seen.cardSurface, 'rgba(0, 0, 0, 0)');
    });
  }

  test('theme="light" forces light on a dark page, theme="dark" forces dark on a light one', async () => {
    server.put('/test/embed/pages/scheme-forced-light.html', page('color-scheme: dark', 'theme="light"'));
    server.put('/test/embed/pages/scheme-forced-dark.html', page('', 'theme="dark"'));
    const light = await colours(browser, server, '/test/embed/pages/scheme-forced-light.html', 'dark');
    const dark = await colours(browser, server, '/test/embed/pages/scheme-forced-dark.html', 'light');
    assert.equal(light.card, LIGHT_ACCENT);
    assert.equal(light.cardSurface, 'rgb(255, 255, 255)');
    assert.equal(dark.card, DARK_ACCENT);
    assert.equal(dark.cardSurface, 'rgb(21, 32, 32)');
  });
});
