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

const link = (href) => `<link rel="stylesheet" href="${href}" />`;

/**
 * Issue 17: a blog theme's text styles reach inside through inheritance. Font and colour may; these
 * layout properties must not (the column holds the elements as a theme's `article` would).
 */
const THEME_TEXT_RULE = `<style>
  article, #column {
    text-align: justify; letter-spacing: .04em; word-spacing: .3em; line-height: 2.2;
    text-indent: 2em; text-transform: uppercase; white-space: pre-wrap;
  }
  li + li { margin-top: .5em; }
</style>`;

const SHEETS = {
  'Bootstrap 5': link('/node_modules/bootstrap/dist/css/bootstrap.min.css'),
  'Tailwind preflight': link('/node_modules/tailwindcss/preflight.css'),
  'classic WordPress theme reset (Meyer reset)': link('/node_modules/reset-css/reset.css'),
  'Bulma 1': link('/node_modules/bulma/css/bulma.min.css'),
  // Pico grows the root font size with the viewport (112.5% at this width); the elements follow the
  // page's font size on purpose, so that one is put back to compare the rest.
  'Pico 2': `${link('/node_modules/@picocss/pico/css/pico.min.css')}<style>:root { font-size: 100% }</style>`,
  'a theme rule: article { text-align: justify; letter-spacing: .04em; line-height: 2.2 }': THEME_TEXT_RULE,
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

  for (const [index, [name, markup]] of Object.entries(SHEETS).entries()) {
    test(`under ${name}, inner parts look as on the plain page`, async () => {
      const path = `/test/embed/pages/hostile-${index}.html`;
      server.put(path, template.replace('<!-- host stylesheet -->', markup));
      const hostile = await measure(path);
      assert.deepEqual(hostile.problems, []);
      assert.deepEqual(differences(baseline.styles, hostile.styles), []);
    });
  }
});
