// Windows High Contrast (forced-colors mode) replaces every author colour with a few system colours, so
// whatever tells a control apart by colour alone disappears. This page runs the three elements with
// forced colours emulated (Chromium's media emulation) and checks what a reader in that mode needs:
// every control keeps a visible edge, the video play button and the progress ring are drawn in system
// colours, the drawn figure is in system colours, and keyboard focus stays visible.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launchChromium } from '../support/chromium.mjs';
import { openRecorded, settled } from './pages/page-helpers.mjs';
import { startEmbedServer } from './pages/server.mjs';

let browser;
let server;
let context;
let visit;

before(async () => {
  server = await startEmbedServer();
  browser = await launchChromium();
  context = await browser.newContext({ forcedColors: 'active', viewport: { width: 900, height: 900 } });
  visit = await openRecorded(context, `${server.url}/test/embed/pages/plain.html`);
  await settled(visit);
});
after(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** The colour a system colour keyword resolves to on this page, e.g. `systemColor('Highlight')`. */
const systemColor = (keyword) =>
  visit.page.evaluate((name) => {
    const probe = document.createElement('span');
    probe.style.color = name;
    document.body.append(probe);
    const color = getComputedStyle(probe).color;
    probe.remove();
    return color;
  }, keyword);

test('the emulation is on: the page matches (forced-colors: active)', async () => {
  assert.equal(await visit.page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
});

test('every visible button in the elements keeps a border, so its edge does not vanish', async () => {
  const buttons = await visit.page.evaluate(() => {
    const found = [];
    const walk = (root, host) => {
      for (const el of root.querySelectorAll('*')) {
        if (el.shadowRoot) walk(el.shadowRoot, el.id || el.localName);
        // The video facade's button is the whole poster; its drawn circle is checked below.
        if (el.localName !== 'button' || el.classList.contains('play')) continue;
        if (el.getBoundingClientRect().width === 0) continue;
        const style = getComputedStyle(el);
        found.push({
          where: `${host} ${el.getAttribute('part') ?? el.className}`,
          style: style.borderTopStyle,
          width: parseFloat(style.borderTopWidth),
        });
      }
    };
    for (const host of document.querySelectorAll('exercise-card, rep-counter, routine-player')) {
      walk(host.shadowRoot, host.id || host.localName);
    }
    return found;
  });
  assert.ok(buttons.length >= 6, `found ${buttons.length} buttons`);
  const edgeless = buttons.filter((b) => b.style === 'none' || b.width < 1).map((b) => b.where);
  assert.deepEqual(edgeless, []);
});

test('the video play button is drawn in button system colours', async () => {
  const stroke = await visit.page.evaluate(
    () => getComputedStyle(document.querySelector('#by-inline').shadowRoot.querySelector('.play-bg')).stroke,
  );
  assert.equal(stroke, await systemColor('ButtonText'));
});

test('the rep counter ring shows its progress in Highlight over a GrayText track', async () => {
  const ring = await visit.page.evaluate(() => {
    const root = document.querySelector('#counter-by-attribute').shadowRoot;
    return {
      track: getComputedStyle(root.querySelector('.ring-track')).stroke,
      fill: getComputedStyle(root.querySelector('.ring-fill')).stroke,
    };
  });
  assert.deepEqual(ring, { track: await systemColor('GrayText'), fill: await systemColor('Highlight') });
});

test('keyboard focus is visible on every control reached with Tab', async () => {
  const { page } = visit;
  await page.evaluate(() => document.activeElement?.blur());
  const seen = [];
  for (let i = 0; i < 14; i++) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      let el = document.activeElement;
      while (el?.shadowRoot?.activeElement) el = el.shadowRoot.activeElement;
      if (!el || el === document.body) return null;
      const host = el.getRootNode().host;
      if (!host) return null; // the page's own links are not ours to judge
      const style = getComputedStyle(el);
      return {
        where: `${host.id || host.localName} ${el.getAttribute('part') ?? el.localName}`,
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
      };
    });
    if (focused) seen.push(focused);
  }
  assert.ok(seen.length >= 5, `Tab reached ${seen.length} controls inside the elements`);
  const invisible = seen.filter((f) => f.outline === 'none' || f.width < 1).map((f) => f.where);
  assert.deepEqual(invisible, []);
});

test('a drawn figure is in system colours: the body CanvasText, the moving limbs Highlight, the floor GrayText', async () => {
  const strokes = await visit.page.evaluate(async () => {
    const figure = document.createElement('exercise-figure');
    figure.figure = { position: 'standing', side: 'left', end: { 'hip-left': -40 } };
    figure.setAttribute('state', 'still');
    figure.style.setProperty('--ex-accent', 'rgb(200, 0, 100)');
    document.body.append(figure);
    await customElements.whenDefined('exercise-figure');
    await figure.updateComplete;
    const root = figure.shadowRoot;
    const stroke = (selector) => getComputedStyle(root.querySelector(selector)).stroke;
    const found = {
      body: stroke('.moving-view [data-segment="torso"] > line'),
      moving: stroke('.moving-view [data-segment="thigh-left"] > line'),
      floor: stroke('.moving-view .floor'),
    };
    figure.remove();
    return found;
  });
  assert.deepEqual(strokes, {
    body: await systemColor('CanvasText'),
    moving: await systemColor('Highlight'),
    floor: await systemColor('GrayText'),
  });
});

test('nothing on the page failed or logged an error', () => {
  assert.deepEqual(visit.problems, []);
});
