// Page 4 of issue 8: real, unmodified global stylesheets from npm (Bootstrap 5, Tailwind's preflight,
// the Meyer reset of classic WordPress themes) must not change how the elements' insides look. The
// computed styles of key inner parts are compared with the same page without the stylesheet. Font
// family and colour are inherited from the page on purpose, so they are left out.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { launchChromium } from '../support/chromium.mjs';
import { openRecorded, settled } from './pages/page-helpers.mjs';
import { REPO_ROOT, startEmbedServer } from './pages/server.mjs';

const SHEETS = {
  'Bootstrap 5': '/node_modules/bootstrap/dist/css/bootstrap.min.css',
  'Tailwind preflight': '/node_modules/tailwindcss/preflight.css',
  'classic WordPress theme reset (Meyer reset)': '/node_modules/reset-css/reset.css',
};

/**
 * Inner parts to compare: [host, selector inside its shadow root, properties beyond PROPERTIES]. Sizes
 * are compared only where text metrics (the inherited font) cannot change them.
 */
const PARTS = [
  ['#card', '[part="base"]', ['width']],
  ['#card', '[part="title"]'],
  ['#card', '[part="dosage"]'],
  ['#card', '.summary'],
  ['#card', '[part="steps"]'],
  ['#card', '[part="steps"] li'],
  ['#card', '.cues ul'],
  ['#card', 'h4.sub'],
  ['#card', '[part="safety"]'],
  ['#card', '[part="media"]'],
  ['#card', '[part="play-button"]'],
  ['#card', '[part="start-button"]', ['background-color', 'height']],
  ['#card', '.meta li'],
  ['#card', 'details summary'],
  ['#card', '.source a'],
  ['#compact', '[part="expand-button"]'],
  ['#counter', '[part="base"]'],
  ['#counter', '[part="button"]', ['width', 'height']],
  ['#counter', '[part="count"]'],
  ['#counter', '[part="status"]'],
  ['#counter', '[part="controls"] button'],
];

/**
 * Layout and typography, minus what is meant to be inherited: font-family, color, and colours mixed
 * from currentColor (borders' and backgrounds' colours).
 */
const PROPERTIES = [
  'display',
  'box-sizing',
  'min-height',
  'margin-top',
  'margin-right',
  'margin-bottom',
  'margin-left',
  'padding-top',
  'padding-right',
  'padding-bottom',
  'padding-left',
  'border-top-width',
  'border-right-width',
  'border-bottom-width',
  'border-left-width',
  'border-top-style',
  'border-top-left-radius',
  'border-bottom-right-radius',
  'font-size',
  'font-weight',
  'font-style',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-align',
  'text-transform',
  'text-decoration-line',
  'text-indent',
  'white-space',
  'vertical-align',
  'list-style-type',
  'list-style-position',
  'cursor',
  'appearance',
  'gap',
];

let browser;
let server;
let template;
before(async () => {
  server = await startEmbedServer();
  browser = await launchChromium();
  template = await readFile(`${REPO_ROOT}/test/embed/pages/hostile.html`, 'utf8');
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function measure(path) {
  const context = await browser.newContext({ viewport: { width: 900, height: 900 } });
  try {
    const visit = await openRecorded(context, `${server.url}${path}`);
    await settled(visit);
    const styles = await visit.page.evaluate(
      ([parts, properties]) =>
        Object.fromEntries(
          parts.map(([host, selector, extra = []]) => {
            const el = document.querySelector(host).shadowRoot.querySelector(selector);
            if (!el) return [`${host} ${selector}`, null];
            const style = getComputedStyle(el);
            const names = [...properties, ...extra];
            return [
              `${host} ${selector}`,
              Object.fromEntries(names.map((p) => [p, style.getPropertyValue(p)])),
            ];
          }),
        ),
      [PARTS, PROPERTIES],
    );
    return { styles, problems: visit.problems };
  } finally {
    await context.close();
  }
}

/** Lists every property that differs, as "part: property baseline → hostile". */
function differences(baseline, hostile) {
  const out = [];
  for (const [part, expected] of Object.entries(baseline)) {
    const actual = hostile[part];
    if (!expected || !actual) {
      out.push(`${part}: ${expected ? 'missing' : 'missing on the plain page'}`);
      continue;
    }
    for (const [property, value] of Object.entries(expected)) {
      if (actual[property] !== value) out.push(`${part}: ${property} ${value} → ${actual[property]}`);
    }
  }
  return out;
}

describe('page 4: hostile global CSS', () => {
  let baseline;
  before(async () => {
    server.put('/test/embed/pages/hostile-none.html', template);
    baseline = await measure('/test/embed/pages/hostile-none.html');
  });

  test('the plain page measures every part', () => {
    assert.deepEqual(baseline.problems, []);
    assert.deepEqual(
      Object.entries(baseline.styles)
        .filter(([, style]) => !style)
        .map(([part]) => part),
      [],
    );
  });

  for (const [name, href] of Object.entries(SHEETS)) {
    test(`under ${name}, inner parts look as on the plain page`, async () => {
      const path = `/test/embed/pages/hostile-${href.split('/')[2]}.html`;
      server.put(
        path,
        template.replace('<!-- host stylesheet -->', `<link rel="stylesheet" href="${href}" />`),
      );
      const hostile = await measure(path);
      assert.deepEqual(hostile.problems, []);
      assert.deepEqual(differences(baseline.styles, hostile.styles), []);
    });
  }
});
