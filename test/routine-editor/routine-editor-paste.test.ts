/**
 * A blogger copies their article from their own web page and pastes it into the article box. The box
 * shows plain text, which has lost the page's headings, lists and tables; Import reads the page's HTML
 * from the paste instead, as long as the box still holds just what was pasted.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { RoutineEditor } from '../../src/routine-editor/routine-editor.js';
import { $, editor, openTab, typeInto } from './helpers.js';

/** A clinic's handout as the browser puts it on the clipboard: the page's HTML, and its text. */
const PAGE_HTML = `<meta charset="utf-8"><h1>Home program</h1>
<table><tr><th>Exercise</th><th>Instructions</th><th>Reps</th><th>Sets</th></tr>
<tr><td>Pelvic Tilt</td><td>Lie on your back and flatten your low back.</td><td>10</td><td>2</td></tr>
<tr><td>Bridging</td><td>Lie on your back and lift your hips.</td><td>12</td><td>2</td></tr></table>`;
const PAGE_TEXT = [
  'Home program',
  'Exercise\tInstructions\tReps\tSets',
  'Pelvic Tilt\tLie on your back and flatten your low back.\t10\t2',
  'Bridging\tLie on your back and lift your hips.\t12\t2',
].join('\n');

/** What a browser does on Ctrl+V: a paste event with the clipboard, then the text lands in the box. */
function paste(box: HTMLTextAreaElement, html: string, text: string): void {
  const data = new DataTransfer();
  data.setData('text/html', html);
  data.setData('text/plain', text);
  box.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  const start = box.selectionStart;
  const value = box.value.slice(0, start) + text + box.value.slice(box.selectionEnd);
  typeInto(box, value);
}

async function imported(el: RoutineEditor): Promise<string[]> {
  $(el, '#import').click();
  await waitUntil(() => el.shadowRoot!.querySelector('#import-problems'), 'imported');
  return el.routine.sections.flatMap((s) =>
    s.items.map((i) => String(el.routine.exercises?.[i.ref ?? '']?.name ?? '')),
  );
}

describe('<routine-editor> article box, pasted from a web page', () => {
  it('imports the page as its HTML: the table reads as its exercises, with their counts', async () => {
    const el = await editor();
    await openTab(el, 'article');
    const box = $<HTMLTextAreaElement>(el, '#article');
    paste(box, PAGE_HTML, PAGE_TEXT);
    expect(box.value).to.equal(PAGE_TEXT);
    expect(await imported(el)).to.deep.equal(['Pelvic Tilt', 'Bridging']);
    // The remarks count the page's blocks, not the box's lines: no line numbers that point elsewhere.
    expect(el.shadowRoot!.querySelectorAll('#import-problems li').length).to.be.greaterThan(0);
    expect(el.shadowRoot!.querySelectorAll('#import-problems .where').length).to.equal(0);
    const dosage = el.routine.exercises?.['pelvic-tilt']?.dosage;
    expect(typeof dosage === 'object' && dosage !== null && dosage.text).to.equal('10 reps, 2 sets');
  });

  it('imports the box\u2019s text once the author has edited it after pasting', async () => {
    const el = await editor();
    await openTab(el, 'article');
    const box = $<HTMLTextAreaElement>(el, '#article');
    paste(box, PAGE_HTML, PAGE_TEXT);
    typeInto(box, 'Home program\n\n## Chin tuck\nDraw your chin back. Repeat 10 times.');
    expect(await imported(el)).to.deep.equal(['Chin tuck']);
    // The box's own lines: each remark says which.
    expect(el.shadowRoot!.querySelector('#import-problems .where')?.textContent?.trim()).to.match(
      /^Line \d+$/,
    );
  });

  it('imports the box\u2019s text when the page was pasted into the middle of other text', async () => {
    const el = await editor();
    await openTab(el, 'article');
    const box = $<HTMLTextAreaElement>(el, '#article');
    typeInto(box, 'Home program\n\n## Chin tuck\nDraw your chin back. Repeat 10 times.\n\n');
    box.setSelectionRange(box.value.length, box.value.length);
    paste(box, '<p>## Neck rolls</p>', '## Neck rolls\nRoll your head slowly. Repeat 5 times.');
    expect(await imported(el)).to.deep.equal(['Chin tuck', 'Neck rolls']);
  });
});
