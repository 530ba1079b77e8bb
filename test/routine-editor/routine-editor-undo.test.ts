import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/routine-editor/routine-editor.js';
import type { RoutineEditor } from '../../src/routine-editor/routine-editor.js';
import { $, editor, HIP_TEXT, LIBRARY, openLibrary, openTab, previewShows, typeInto } from './helpers.js';

const button = (el: RoutineEditor, id: 'undo' | 'redo') => $<HTMLButtonElement>(el, `#${id}`);
const status = (el: RoutineEditor) => $(el, '[role="status"]').textContent!.trim();

/** A key pressed with Control held, as a keyboard does it. */
async function withControl(key: string, shift = false): Promise<void> {
  await sendKeys({ down: 'Control' });
  if (shift) await sendKeys({ down: 'Shift' });
  await sendKeys({ press: key });
  if (shift) await sendKeys({ up: 'Shift' });
  await sendKeys({ up: 'Control' });
}

/** An editor holding the hip routine whose title was changed to `title` in the form: one edit to undo. */
async function titleEdited(title: string): Promise<RoutineEditor> {
  const el = await editor();
  el.text = HIP_TEXT;
  await openTab(el, 'form');
  typeInto($<HTMLInputElement>(el, '#f-title'), title, true);
  await el.updateComplete;
  return el;
}

async function click(el: RoutineEditor, id: 'undo' | 'redo'): Promise<void> {
  button(el, id).click();
  await el.updateComplete;
}

describe('<routine-editor> undo and redo', () => {
  afterEach(() => localStorage.clear());

  it('has nothing to undo or redo before the first edit', async () => {
    const el = await editor();
    expect(button(el, 'undo').disabled).to.equal(true);
    expect(button(el, 'redo').disabled).to.equal(true);
  });

  it('undoes and redoes a form edit, and says so to screen readers', async () => {
    const el = await editor();
    el.text = HIP_TEXT;
    await openTab(el, 'form');
    typeInto($<HTMLInputElement>(el, '#f-title'), 'My back routine', true);
    await el.updateComplete;
    expect(el.routine.title).to.equal('My back routine');
    const changed = oneEvent(el, 'ex-change');
    await click(el, 'undo');
    expect((await changed).detail.source).to.equal('undo');
    expect(el.routine.title).to.equal('Hip routine');
    expect($<HTMLInputElement>(el, '#f-title').value).to.equal('Hip routine');
    await waitUntil(() => status(el).startsWith('Undone'), 'Undo announced');
    expect(button(el, 'undo').disabled).to.equal(true);
    await click(el, 'redo');
    expect(el.routine.title).to.equal('My back routine');
    await waitUntil(() => status(el).startsWith('Redone'), 'Redo announced');
    expect(button(el, 'redo').disabled).to.equal(true);
  });

  it('takes back a burst of typing in the text pane in one step, and keeps the author’s layout', async () => {
    const el = await editor();
    el.text = HIP_TEXT;
    await openTab(el, 'text');
    const box = $<HTMLTextAreaElement>(el, '#text');
    typeInto(box, HIP_TEXT.replace('# Hip routine', '# Hip routine for mornings'));
    typeInto(box, HIP_TEXT.replace('# Hip routine', '# Hip routine for mornings\n\n\n'));
    await waitUntil(() => el.routine.title === 'Hip routine for mornings', 'text read');
    await click(el, 'undo');
    expect(el.routine.title).to.equal('Hip routine');
    expect($<HTMLTextAreaElement>(el, '#text').value).to.equal(HIP_TEXT);
    await click(el, 'redo');
    expect($<HTMLTextAreaElement>(el, '#text').value).to.equal(
      HIP_TEXT.replace('# Hip routine', '# Hip routine for mornings\n\n\n'),
    );
  });

  it('undoes typing that was not read yet', async () => {
    const el = await editor();
    el.text = HIP_TEXT;
    await openTab(el, 'text');
    typeInto($<HTMLTextAreaElement>(el, '#text'), `${HIP_TEXT}\n### Squat\n1. Sit down.\n`);
    await el.updateComplete;
    // Undo at once, before the pause after which the text is read.
    expect(button(el, 'undo').disabled).to.equal(false);
    await click(el, 'undo');
    expect(el.routine.sections.flatMap((s) => s.items)).to.have.length(2);
    expect($<HTMLTextAreaElement>(el, '#text').value).to.equal(HIP_TEXT);
  });

  it('undoes an import, back to the work before it', async () => {
    const el = await editor();
    el.text = HIP_TEXT;
    await el.importArticle('Shoulder care\n\n1. Wall slide: Stand with your back to a wall. Do 10 reps.');
    await el.updateComplete;
    expect(el.routine.title).to.equal('Shoulder care');
    await click(el, 'undo');
    expect(el.routine.title).to.equal('Hip routine');
    expect(el.shadowRoot!.querySelector('#import-problems')).to.equal(null);
    await click(el, 'redo');
    expect(el.routine.title).to.equal('Shoulder care');
  });

  it('undoes adding an exercise from the library', async () => {
    const el = await fixture<RoutineEditor>(
      html`<routine-editor draft-key="undo-library" library-src=${LIBRARY}></routine-editor>`,
    );
    el.text = HIP_TEXT;
    const panel = await openLibrary(el);
    panel.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add"]')!.click();
    await el.updateComplete;
    expect(el.routine.sections[0]!.items).to.have.length(3);
    await click(el, 'undo');
    expect(el.routine.sections[0]!.items).to.have.length(2);
  });

  it('undoes with Ctrl+Z and redoes with Ctrl+Shift+Z and Ctrl+Y, in the text pane too', async () => {
    const el = await titleEdited('First');
    typeInto($<HTMLInputElement>(el, '#f-title'), 'Second', true);
    await el.updateComplete;
    button(el, 'undo').focus();
    await withControl('z');
    await el.updateComplete;
    expect(el.routine.title).to.equal('First');
    await withControl('Z', true);
    await el.updateComplete;
    expect(el.routine.title).to.equal('Second');
    await withControl('z');
    await withControl('z');
    await el.updateComplete;
    expect(el.routine.title).to.equal('Hip routine');
    await openTab(el, 'text');
    $<HTMLTextAreaElement>(el, '#text').focus();
    await withControl('y');
    await el.updateComplete;
    expect(el.routine.title).to.equal('First');
  });

  it('leaves a one-line field its own undo while the author types in it', async () => {
    const el = await titleEdited('First');
    const name = $<HTMLInputElement>(el, '#f-s0\\.i0\\.name');
    name.focus();
    await withControl('z');
    await el.updateComplete;
    expect(el.routine.title).to.equal('First');
  });

  it('keeps the focus on a history button when the one pressed runs out', async () => {
    const el = await titleEdited('First');
    button(el, 'undo').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'redo', 'focus on Redo');
  });

  it('passes axe with something to undo and something to redo', async () => {
    const el = await titleEdited('First');
    typeInto($<HTMLInputElement>(el, '#f-title'), 'Second', true);
    await el.updateComplete;
    await click(el, 'undo');
    await previewShows(el, 'routine-player');
    expect(button(el, 'undo').disabled).to.equal(false);
    expect(button(el, 'redo').disabled).to.equal(false);
    await expect(el).to.be.accessible();
  });
});
