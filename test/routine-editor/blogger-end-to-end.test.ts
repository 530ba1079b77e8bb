/**
 * The "done when": a blogger who has never seen JSON pastes a seed article, imports it, copies
 * the embed code and puts it in a blank page, by keyboard only and by mouse only. The page renders the
 * routine with the drop-in script, and still reads as the exercises with every script stripped.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { readFile, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/routine-editor/routine-editor.js';
import type { RoutineEditor } from '../../src/routine-editor/routine-editor.js';
import { resolveRoutineItems } from '../../src/data/resolve-routine.js';
import { validateRoutineLenient } from '../../src/data/validate.js';
import { pickText } from '../../src/core/localized-text.js';

const SEEDS = [
  '000_79a4614c8b07095a.txt',
  '001_f6d73b3fa8cb8fd6.txt',
  '002_fa2c5c535244a865.txt',
  '003_dcedbfaaee583fa4.txt',
  '004_c2bc7ccfe6b2c918.txt',
];

/** The drop-in entry, served from source by the test server (the page's "script tag"). */
const DROP_IN = '/src/cdn/exercise-elements.ts';

const inside = (el: RoutineEditor, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;

/** Presses Tab until `selector` has focus, as a keyboard user would. */
async function tabTo(el: RoutineEditor, selector: string): Promise<void> {
  for (let n = 0; n < 400; n++) {
    if (el.shadowRoot!.activeElement === inside(el, selector)) return;
    await sendKeys({ press: 'Tab' });
  }
  throw new Error(`Tab never reached ${selector}`);
}

async function click(el: RoutineEditor, selector: string): Promise<void> {
  const target = inside(el, selector);
  target.scrollIntoView({ block: 'center' });
  const box = target.getBoundingClientRect();
  await sendMouse({
    type: 'click',
    position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
  });
}

/** Catches what the Copy button puts on the clipboard. */
function watchClipboard(): { text: () => string; restore: () => void } {
  let copied = '';
  const write = navigator.clipboard.writeText;
  navigator.clipboard.writeText = async (text: string) => {
    copied = text;
  };
  return { text: () => copied, restore: () => (navigator.clipboard.writeText = write) };
}

/** A blank page in a frame, holding only `body`. */
async function blankPage(body: string): Promise<Document> {
  const frame = document.createElement('iframe');
  frame.style.width = '800px';
  frame.style.height = '600px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Blog post</title></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentDocument!;
}

const stripScripts = (code: string): string => {
  const doc = new DOMParser().parseFromString(code, 'text/html');
  for (const script of doc.querySelectorAll('script')) script.remove();
  return new XMLSerializer().serializeToString(doc.body).replace(/^<body[^>]*>|<\/body>$/g, '');
};

async function checkEmbed(el: RoutineEditor, code: string): Promise<void> {
  const result = validateRoutineLenient(el.routine);
  if (!result.ok) throw new Error('the imported routine does not validate');
  const routine = result.value;
  const names = resolveRoutineItems(routine).map((item) => pickText(item.exercise.name, 'en'));
  expect(names.length).to.be.greaterThan(0);

  // With the script: the player upgrades and shows the routine; the fallback is hidden.
  const page = await blankPage(code);
  const player = page.querySelector('routine-player')!;
  await waitUntil(
    () => player.shadowRoot?.textContent?.includes(pickText(routine.title, 'en')),
    'the player renders the routine',
    { timeout: 15000 },
  );
  expect(player.querySelector('h2')!.checkVisibility()).to.equal(false);

  // Without scripts: the same snippet still reads as the exercises.
  const stripped = await blankPage(stripScripts(code));
  expect(stripped.querySelector('script')).to.equal(null);
  const text = stripped.body.innerText;
  for (const name of names) expect(text).to.contain(name);
  const first = resolveRoutineItems(routine)[0]!;
  for (const step of first.exercise.steps ?? []) expect(text).to.contain(pickText(step, 'en'));
}

describe('a blogger goes from a seed article to a working embed', function () {
  this.timeout(60000);
  afterEach(() => {
    for (const frame of document.querySelectorAll('iframe')) frame.remove();
    localStorage.clear();
  });

  for (const seed of SEEDS) {
    const article = async () => (await readFile({ path: `../../../shared/seeds/${seed}` }))!;

    it(`by keyboard only: ${seed}`, async () => {
      const text = await article();
      const el = await fixture<RoutineEditor>(
        html`<routine-editor draft-key="kb" script-src=${DROP_IN}></routine-editor>`,
      );
      const clipboard = watchClipboard();
      try {
        inside(el, '#tab-article').focus();
        await tabTo(el, '#article');
        // A paste inserts the text at the caret, as Ctrl+V would.
        document.execCommand('insertText', false, text);
        await tabTo(el, '#import');
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => el.routine.sections.length > 0, 'imported');
        await el.updateComplete;
        await tabTo(el, '#copy');
        await sendKeys({ press: 'Enter' });
        await waitUntil(() => clipboard.text() !== '', 'copied');
      } finally {
        clipboard.restore();
      }
      expect(clipboard.text()).to.contain(`src="${DROP_IN}"`);
      await checkEmbed(el, clipboard.text());
    });

    it(`by mouse only: ${seed}`, async () => {
      const text = await article();
      const el = await fixture<RoutineEditor>(
        html`<routine-editor draft-key="mouse" script-src=${DROP_IN}></routine-editor>`,
      );
      const clipboard = watchClipboard();
      try {
        await click(el, '#article');
        document.execCommand('insertText', false, text);
        await click(el, '#import');
        await waitUntil(() => el.routine.sections.length > 0, 'imported');
        await el.updateComplete;
        await click(el, '#copy');
        await waitUntil(() => clipboard.text() !== '', 'copied');
      } finally {
        clipboard.restore();
      }
      await checkEmbed(el, clipboard.text());
    });
  }

  it('the card and counter embeds render too, and hide their fallback once upgraded', async () => {
    const el = await fixture<RoutineEditor>(
      html`<routine-editor draft-key="kinds" script-src=${DROP_IN}></routine-editor>`,
    );
    await el.importArticle(await (await readFile({ path: `../../../shared/seeds/${SEEDS[4]}` }))!);
    const cards = await blankPage(el.embedCode({ element: 'card' }));
    const card = cards.querySelector('exercise-card')!;
    await waitUntil(() => card.shadowRoot?.querySelector('[part~="title"]'), 'the card renders', {
      timeout: 15000,
    });
    expect(card.shadowRoot!.querySelector('[part~="title"]')!.textContent).to.equal(
      card.querySelector('h3')!.textContent,
    );
    expect(card.querySelector('h3')!.checkVisibility()).to.equal(false);
    const counters = await blankPage(el.embedCode({ element: 'counter' }));
    const counter = counters.querySelector('rep-counter')!;
    await waitUntil(() => counter.shadowRoot?.querySelector('button'), 'the counter renders', {
      timeout: 15000,
    });
    expect(counter.querySelector('p')!.checkVisibility()).to.equal(false);
  });
});
