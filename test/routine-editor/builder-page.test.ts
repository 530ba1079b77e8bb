/**
 * demo/builder.html as an author opens it: the editor from the npm build (`npm run build` first, as for
 * the other demo page tests), with the embed code pointing at the drop-in file.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { RoutineEditor } from '../../src/routine-editor/routine-editor.js';

describe('the builder page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the editor, linked from the demo index, and its embed code loads the drop-in file', async () => {
    const index = await (await fetch('/demo/index.html')).text();
    expect(index).to.contain('href="./builder.html"');
    const frame = document.createElement('iframe');
    frame.style.width = '1000px';
    frame.style.height = '800px';
    frame.src = '/demo/builder.html';
    document.body.append(frame);
    await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    const el = frame.contentDocument!.querySelector('routine-editor') as RoutineEditor;
    await waitUntil(() => el.shadowRoot?.querySelector('[role="tablist"]'), 'the editor renders', {
      timeout: 15000,
    });
    el.text = '# Hips\n### Knee wags\n10 reps per side\n1. Lie on your back.\n';
    expect(el.embedCode()).to.contain('<script type="module" src="/dist/cdn/exercise-elements.js"></script>');
    await waitUntil(() => el.shadowRoot!.querySelector('.preview routine-player')?.shadowRoot, 'preview');
  });
});
