/**
 * demo/builder.html as an author opens it: the editor from the npm build (`npm run build` first, as for
 * the other demo page tests), with the embed code pointing at the drop-in file.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import type { RoutineEditor } from '../../src/routine-editor/routine-editor.js';

/** Opens the builder page in an iframe `width` px wide and waits for its editor to render. */
async function openBuilder(width: number): Promise<{ frame: HTMLIFrameElement; editor: RoutineEditor }> {
  const frame = document.createElement('iframe');
  frame.style.width = `${width}px`;
  frame.style.height = '800px';
  frame.src = '/demo/builder.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const editor = frame.contentDocument!.querySelector('routine-editor') as RoutineEditor;
  await waitUntil(() => editor.shadowRoot?.querySelector('[role="tablist"]'), 'the editor renders', {
    timeout: 15000,
  });
  return { frame, editor };
}

describe('the builder page', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('shows the editor, linked from the demo index, and its embed code loads the drop-in file', async () => {
    const index = await (await fetch('/demo/index.html')).text();
    expect(index).to.contain('href="./builder.html"');
    const { editor: el } = await openBuilder(1000);
    el.text = '# Hips\n### Knee wags\n10 reps per side\n1. Lie on your back.\n';
    expect(el.embedCode()).to.contain('<script type="module" src="/dist/cdn/exercise-elements.js"></script>');
    await waitUntil(() => el.shadowRoot!.querySelector('.preview routine-player')?.shadowRoot, 'preview');
  });
});

/** Relative luminance (WCAG) of an `rgb(…)` colour. */
function luminance(rgb: string): number {
  const [r, g, b] = rgb
    .match(/\d+(\.\d+)?/g)!
    .slice(0, 3)
    .map((n) => {
      const c = Number(n) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

/**
 * The page declares `color-scheme: light dark`, so it follows the author's light or dark mode, and the
 * editor, which follows its page's scheme, follows with it.
 */
describe('the builder page in light and dark mode', () => {
  afterEach(async () => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    await emulateMedia({ colorScheme: 'light' });
  });

  async function colours() {
    const { frame, editor } = await openBuilder(390);
    const doc = frame.contentDocument!;
    const style = (el: Element) => frame.contentWindow!.getComputedStyle(el);
    return {
      page: style(doc.documentElement).backgroundColor,
      text: style(doc.documentElement).color,
      box: style(editor.shadowRoot!.querySelector('textarea')!).color,
      button: style(editor.shadowRoot!.querySelector('#import')!).backgroundColor,
    };
  }

  it('in dark mode: a dark page, light readable text, buttons in the dark accent', async () => {
    await emulateMedia({ colorScheme: 'dark' });
    const seen = await colours();
    expect(luminance(seen.page), `page ${seen.page}`).to.be.below(0.05);
    expect(contrast(seen.text, seen.page), `text ${seen.text} on ${seen.page}`).to.be.at.least(7);
    expect(contrast(seen.box, seen.page), `article box ${seen.box} on ${seen.page}`).to.be.at.least(7);
    expect(seen.button).to.equal('rgb(92, 200, 200)');
  });

  it('in light mode: a light page with dark text and the light accent', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const seen = await colours();
    expect(luminance(seen.page), `page ${seen.page}`).to.be.above(0.8);
    expect(contrast(seen.text, seen.page), `text ${seen.text} on ${seen.page}`).to.be.at.least(7);
    expect(seen.button).to.equal('rgb(15, 110, 110)');
  });
});
