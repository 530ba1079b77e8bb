import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { formatRoutineText } from '../../src/core/routine-text/index.js';
import { $, editor, HIP_TEXT, previewShows } from './helpers.js';

/** Catches the files the editor hands to the browser for download. */
function catchDownloads(): { blobs: Blob[]; names: string[]; restore: () => void } {
  const blobs: Blob[] = [];
  const names: string[] = [];
  const create = URL.createObjectURL;
  const click = HTMLAnchorElement.prototype.click;
  URL.createObjectURL = (blob: Blob | MediaSource) => {
    blobs.push(blob as Blob);
    return create.call(URL, blob);
  };
  // The browser would save the file; the test only needs its name.
  HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
    names.push(this.download);
  };
  return {
    blobs,
    names,
    restore: () => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    },
  };
}

function openFile(input: HTMLInputElement, name: string, content: string): void {
  const transfer = new DataTransfer();
  transfer.items.add(new File([content], name));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change'));
}

describe('<routine-editor> outputs', () => {
  it('shows the embed code for the chosen element and rebuilds it when the choice changes', async () => {
    const el = await editor();
    el.text = HIP_TEXT;
    await el.updateComplete;
    const box = $<HTMLTextAreaElement>(el, '#embed');
    expect(box.value).to.contain('<routine-player>');
    $<HTMLInputElement>(el, 'input[value="card"]').click();
    await el.updateComplete;
    expect(box.value.match(/<exercise-card>/g)).to.have.length(2);
    await previewShows(el, 'exercise-card', 2);
    $<HTMLInputElement>(el, 'input[value="counter"]').click();
    await el.updateComplete;
    expect(box.value).to.contain('<rep-counter dosage="10 reps per side">');
    await previewShows(el, 'rep-counter');
    expect(el.embedCode({ element: 'player' })).to.contain('<routine-player>');
  });

  it("shows the preview and writes the embed in the readers' language", async () => {
    const el = await editor();
    el.text = HIP_TEXT;
    await el.updateComplete;
    const select = $<HTMLSelectElement>(el, '#reader-lang');
    expect([...select.options].map((o) => o.value)).to.include.members(['es', 'ar', 'zh-Hans']);
    select.value = 'es';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const [player] = await previewShows(el, 'routine-player');
    expect(player!.getAttribute('lang')).to.equal('es');
    expect(el.embedCode()).to.contain('<routine-player lang="es">');
    select.value = 'ar';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    // An Arabic widget mirrors itself, even on an English page.
    await waitUntil(
      () => player!.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('dir') === 'rtl',
      'rtl',
    );
  });

  it('gives no embed code, and a disabled Copy button, before there is an exercise', async () => {
    const el = await editor();
    expect(el.embedCode()).to.equal('');
    expect($<HTMLButtonElement>(el, '#copy').disabled).to.equal(true);
  });

  it('copies the embed code and says so', async () => {
    const el = await editor();
    el.text = HIP_TEXT;
    await el.updateComplete;
    let copied = '';
    const write = navigator.clipboard.writeText;
    navigator.clipboard.writeText = async (text: string) => {
      copied = text;
    };
    try {
      $(el, '#copy').click();
      await waitUntil(() => $(el, '[role="status"]').textContent!.includes('copied'), 'announced');
    } finally {
      navigator.clipboard.writeText = write;
    }
    expect(copied).to.equal(el.embedCode());
  });

  it('selects the code for the author to copy when the browser refuses', async () => {
    const el = await editor();
    el.text = HIP_TEXT;
    await el.updateComplete;
    const write = navigator.clipboard.writeText;
    navigator.clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
    try {
      $(el, '#copy').click();
      await waitUntil(() => $(el, '[role="status"]').textContent!.includes('Ctrl+C'), 'announced');
    } finally {
      navigator.clipboard.writeText = write;
    }
    const box = $<HTMLTextAreaElement>(el, '#embed');
    expect(el.shadowRoot!.activeElement).to.equal(box);
    expect(box.selectionEnd - box.selectionStart).to.equal(box.value.length);
  });

  it('downloads the document as JSON and as text, and opens both back', async () => {
    const el = await editor();
    el.text = HIP_TEXT;
    await el.updateComplete;
    const downloads = catchDownloads();
    try {
      $(el, '#download-json').click();
      $(el, '#download-text').click();
    } finally {
      downloads.restore();
    }
    expect(downloads.names).to.deep.equal(['hip-routine.json', 'hip-routine.txt']);
    const json = await downloads.blobs[0]!.text();
    const text = await downloads.blobs[1]!.text();
    expect(JSON.parse(json)).to.deep.equal(el.routine);
    expect(text).to.equal(formatRoutineText(el.routine));

    const other = await editor();
    let changed = oneEvent(other, 'ex-change');
    openFile($<HTMLInputElement>(other, '#open-file'), 'hip-routine.json', json);
    expect((await changed).detail.source).to.equal('open');
    expect(other.routine).to.deep.equal(el.routine);

    const third = await editor();
    changed = oneEvent(third, 'ex-change');
    openFile($<HTMLInputElement>(third, '#open-file'), 'hip-routine.txt', text);
    await changed;
    expect(third.routine.title).to.equal('Hip routine');
    expect(third.routine.sections[0]!.items).to.have.length(2);
  });

  it('opens a single exercise as a routine of one', async () => {
    const el = await editor();
    const changed = oneEvent(el, 'ex-change');
    openFile(
      $<HTMLInputElement>(el, '#open-file'),
      'bridge.json',
      JSON.stringify({ id: 'bridge', name: 'Bridge', dosage: '10 reps' }),
    );
    await changed;
    await previewShows(el, 'routine-player');
    expect(el.embedCode({ element: 'card' })).to.contain('<h3>Bridge</h3>');
  });

  it('says so in plain words when an opened file is broken JSON', async () => {
    const el = await editor();
    const failed = oneEvent(el, 'ex-error');
    openFile($<HTMLInputElement>(el, '#open-file'), 'broken.json', '{"id": "x", "title": }');
    const { detail } = await failed;
    expect(detail.kind).to.equal('parse');
    expect(detail.message).to.contain('broken.json');
  });
});

describe('<routine-editor> drafts', () => {
  afterEach(() => localStorage.clear());

  it('saves as the author types and offers the draft back after a reload', async () => {
    const key = 'reload';
    const el = await editor(key);
    el.text = '';
    const box = $<HTMLTextAreaElement>(el, '#tab-text');
    box.click();
    await el.updateComplete;
    const text = $<HTMLTextAreaElement>(el, '#text');
    text.value = HIP_TEXT;
    text.dispatchEvent(new Event('input'));
    await oneEvent(el, 'ex-change');
    await waitUntil(() => localStorage.getItem(`exercise-elements:routine-editor:${key}`) !== null, 'saved');
    el.remove();

    const again = await editor(key);
    expect(again.routine.sections).to.have.length(0);
    expect($(again, '.notice').textContent).to.contain('saved in this browser');
    const restored = oneEvent(again, 'ex-change');
    $(again, '#restore').click();
    expect((await restored).detail.source).to.equal('draft');
    expect(again.routine.title).to.equal('Hip routine');
  });

  it('forgets a draft the author discards', async () => {
    localStorage.setItem(
      'exercise-elements:routine-editor:discard',
      JSON.stringify({ savedAt: 1, routine: { id: 'a', title: 'Old', sections: [] } }),
    );
    const el = await editor('discard');
    $(el, '#discard').click();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('.notice')).to.equal(null);
    expect(localStorage.getItem('exercise-elements:routine-editor:discard')).to.equal(null);
  });

  it('says once that a corrupt draft was set aside, and keeps working', async () => {
    localStorage.setItem('exercise-elements:routine-editor:corrupt', '{not json');
    const el = await editor('corrupt');
    expect($(el, '[role="alert"]').textContent).to.contain('could not be read');
    el.text = HIP_TEXT;
    await el.updateComplete;
    expect(el.embedCode()).to.contain('Knee wags');
  });

  it('says once that storage is full, and keeps editing', async () => {
    const setItem = Storage.prototype.setItem;
    let tries = 0;
    Storage.prototype.setItem = function () {
      tries++;
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      const el = await editor('full');
      $(el, '#tab-form').click();
      await el.updateComplete;
      $(el, '#add-first').click();
      await waitUntil(() => tries === 1, 'tried to save');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[role="alert"]')).to.have.length(1);
      expect($(el, '[role="alert"]').textContent).to.contain('full');
      $(el, '#s0-add').click();
      await waitUntil(() => tries === 2, 'tried again');
      await el.updateComplete;
      expect(el.shadowRoot!.querySelectorAll('[role="alert"]')).to.have.length(1);
      expect(el.routine.sections[0]!.items).to.have.length(2);
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });
});
