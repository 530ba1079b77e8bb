import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../src/routine-editor/routine-editor.js';
import type { RoutineEditor } from '../../src/routine-editor/routine-editor.js';
import { $, HIP_TEXT, LIBRARY, openLibrary, openTab } from './helpers.js';

function openFile(input: HTMLInputElement, name: string, content: string): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

describe('<routine-editor> with the exercise library', () => {
  afterEach(() => localStorage.clear());

  it('adds an exercise picked in the library and puts the author on its dosage', async () => {
    const el = await fixture<RoutineEditor>(
      html`<routine-editor draft-key="library" library-src=${LIBRARY}></routine-editor>`,
    );
    el.text = HIP_TEXT;
    const panel = await openLibrary(el);
    const first = panel.shadowRoot!.querySelector('[part~="result"]')!;
    const changed = oneEvent(el, 'ex-change');
    panel.shadowRoot!.querySelector<HTMLButtonElement>('[part~="add"]')!.click();
    expect((await changed).detail.source).to.equal('form');
    await el.updateComplete;
    const items = el.routine.sections[0]!.items;
    expect(items).to.have.length(3);
    const added = el.routine.exercises![items[2]!.ref!]!;
    expect(first.textContent).to.contain(String(added.name));
    expect(el.text).to.contain(`### ${String(added.name)}`);
    await waitUntil(() => el.shadowRoot!.activeElement?.id === 'f-s0.i2.dosage', 'focus on the dosage');
  });

  it('shows no library without library-src', async () => {
    const el = await fixture<RoutineEditor>(html`<routine-editor draft-key="nolibrary"></routine-editor>`);
    await openTab(el, 'form');
    expect(el.shadowRoot!.querySelector('library-panel')).to.equal(null);
  });
});

describe('<routine-editor> reading JSON files', () => {
  afterEach(() => localStorage.clear());

  it('says where a file with curly quotes stops being JSON, in plain words', async () => {
    const el = await fixture<RoutineEditor>(html`<routine-editor draft-key="curly"></routine-editor>`);
    const failed = oneEvent(el, 'ex-error');
    openFile($<HTMLInputElement>(el, '#open-file'), 'curly.json', '{\n  “id”: "x"\n}');
    const { detail } = await failed;
    expect(detail.message).to.contain('curly.json');
    expect(detail.message).to.match(/Line 2, column 3/);
    expect(detail.message).to.match(/curly/);
  });

  it('warns about a field that looks like ours, and keeps it', async () => {
    const el = await fixture<RoutineEditor>(html`<routine-editor draft-key="unknown"></routine-editor>`);
    const changed = oneEvent(el, 'ex-change');
    const exercise = { id: 'bridge', name: 'Bridge', instructions: ['Lie down.'] };
    openFile($<HTMLInputElement>(el, '#open-file'), 'bridge.json', JSON.stringify(exercise));
    await changed;
    await openTab(el, 'form');
    expect($(el, '.unknown-fields').textContent).to.match(
      /"instructions" is not a field we know; did you mean "steps"\?/,
    );
    await openTab(el, 'text');
    expect($(el, '.unknown-fields').textContent).to.contain('instructions');
  });
});
