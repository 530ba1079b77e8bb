// Plain Node: <exercise-figure> renders on a server (@lit-labs/ssr) into a finished drawing of its
// start position, with no script and no style attribute, so a page without JavaScript (or a strict
// CSP) shows the figure; the browser then takes it over and animates it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';

await import('exercise-elements/exercise-figure.js');

const bridge = {
  position: 'lying-back-knees-bent',
  plant: ['feet', 'shoulders'],
  props: ['mat'],
  end: { y: -16 },
  movement: 'The hips lift and lower.',
};

test('a server-rendered figure is a described image holding its drawn start position', () => {
  const out = collectResultSync(
    render(html`<exercise-figure .figure=${bridge} side="left" state="still"></exercise-figure>`),
  );
  assert.match(out, /<template shadowroot(mode)?="open"/);
  assert.match(out, /role="img"/);
  assert.match(out, /aria-label="Lying on your back with your knees bent\. The hips lift and lower\./);
  // Every joint of the drawing is placed by an SVG transform attribute.
  assert.ok((out.match(/data-segment="/g) ?? []).length >= 3 * 12, 'the moving view and both stills');
  assert.match(out, /class="root" transform="translate\([-\d.]+ [-\d.]+\) rotate\(-90\)"/);
  assert.match(out, /class="prop mat"/);
  assert.doesNotMatch(out, /\sstyle="/);
});

test('a server-rendered figure with data it cannot draw renders an empty box instead of throwing', () => {
  const out = collectResultSync(
    render(html`<exercise-figure .figure=${{ position: 'handstand' }}></exercise-figure>`),
  );
  assert.match(out, /class="base empty"/);
});
