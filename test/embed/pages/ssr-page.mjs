// Builds the static-rendering page of issue 8 (page 7) as a static site generator would: in Node, with
// the npm build's `exercise-elements/ssr` (dist/ssr/render-to-html.js: its templates are the same
// minified text the browser bundles hydrate): a card, a counter and a routine player's overview. The
// test bundles this file with esbuild and runs it in its own Node process (the SSR DOM shim stays out
// of the test process); it prints the page's HTML.
// Usage: node ssr-page.bundle.mjs <client script URL> <page URL>
import {
  renderExerciseCard,
  renderRepCounter,
  renderRoutinePlayer,
  styleHashes,
} from '../../../dist/ssr/render-to-html.js';
import hipRoutine from '../../../examples/hip-routine-radiating-pain.json' with { type: 'json' };

const [clientScript, pageUrl] = process.argv.slice(2);

const exercise = {
  id: 'knee-wags',
  name: 'Knee wags',
  summary: 'Lying on your back, rock your bent knees gently from side to side.',
  steps: ['Lie on your back with your knees bent.', 'Let both knees sway to one side, then the other.'],
  cues: ['Small range first.'],
  dosage: '2 sets of 10–15 reps per side',
  equipment: ['Mat'],
  media: {
    images: [{ src: '/test/embed/pages/knee-wags.svg', alt: 'Knees bent, rocking', width: 160, height: 90 }],
  },
  safety: ['Stay in a pain-free range.'],
  source: { title: 'The Surprising Hip Exercises That Alleviated My Back Pain', author: 'David Liira' },
};

const body = [
  renderExerciseCard(exercise, {
    lang: 'en',
    headingLevel: 2,
    structuredData: true,
    baseUrl: pageUrl,
    startable: true,
  }),
  renderRepCounter({ dosage: '2 sets of 10-15 reps per side', lang: 'en', id: 'counter' }),
  renderRoutinePlayer(hipRoutine, {
    lang: 'en',
    headingLevel: 2,
    structuredData: true,
    baseUrl: pageUrl,
    attributes: { id: 'player' },
  }),
].join('\n');

process.stdout.write(`<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>Knee wags, rendered on the server</title>
    <meta name="x-style-hashes" content="${(await styleHashes(body)).join(' ')}" />
    ${clientScript ? `<script type="module" src="${clientScript}"></script>` : ''}
  </head>
  <body>
    <h1>Knee wags</h1>
    ${body}
    <p id="after">The text after the elements, which must not move.</p>
  </body>
</html>
`);
