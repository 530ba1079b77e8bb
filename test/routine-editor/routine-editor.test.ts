import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { formatRoutineText } from '../../src/core/routine-text/index.js';
import { $, editor, HIP_TEXT, openTab, previewShows, typeInto } from './helpers.js';

describe('<routine-editor> text pane', () => {
  it('reads typed text into the document, fires ex-change and shows the routine in the preview', async () => {
    const el = await editor();
    await openTab(el, 'text');
    const changed = oneEvent(el, 'ex-change');
    typeInto($<HTMLTextAreaElement>(el, '#text'), HIP_TEXT);
    const { detail } = await changed;
    expect(detail.source).to.equal('text');
    expect(detail.routine.title).to.equal('Hip routine');
    expect(el.routine.sections[0]!.items).to.have.length(2);
    const [player] = await previewShows(el, 'routine-player');
    await waitUntil(() => player!.shadowRoot?.textContent?.includes('Hip routine'), 'player shows the title');
  });

  it('says which line is wrong, in plain words, and the line button selects that line', async () => {
    const el = await editor();
    await openTab(el, 'text');
    typeInto($<HTMLTextAreaElement>(el, '#text'), '# Hips\n### Knee wags\n10-15 reps per sde\n');
    await oneEvent(el, 'ex-change');
    await el.updateComplete;
    const problem = [...el.shadowRoot!.querySelectorAll('#text-problems li')].find((li) =>
      li.textContent!.includes('Line 3'),
    )!;
    expect(problem.textContent).to.match(/per side/);
    problem.querySelector('button')!.click();
    const box = $<HTMLTextAreaElement>(el, '#text');
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).to.equal('10-15 reps per sde');
  });

  it('keeps the text setter and getter on the same document', async () => {
    const el = await editor();
    el.text = HIP_TEXT;
    expect(el.routine.title).to.equal('Hip routine');
    el.routine = { id: 'x', title: 'Other', sections: [] };
    expect(el.text).to.equal(formatRoutineText({ id: 'x', title: 'Other', sections: [] }));
  });

  it('answers a routine that is not an object with ex-error and keeps the work', async () => {
    const el = await editor();
    el.text = HIP_TEXT;
    const failed = oneEvent(el, 'ex-error');
    (el as unknown as { routine: unknown }).routine = 'not a routine';
    expect((await failed).detail.message).to.match(/not a routine/);
    expect(el.routine.title).to.equal('Hip routine');
  });
});

describe('<routine-editor> form', () => {
  it('builds a routine from scratch and the text follows', async () => {
    const el = await editor();
    await openTab(el, 'form');
    typeInto($<HTMLInputElement>(el, '#f-title'), 'My back routine', true);
    await el.updateComplete;
    $(el, '#add-first').click();
    await el.updateComplete;
    // Focus lands on the new exercise's name, ready to type.
    expect(el.shadowRoot!.activeElement?.id).to.equal('f-s0.i0.name');
    typeInto($<HTMLInputElement>(el, '#f-s0\\.i0\\.name'), 'Glute bridge', true);
    await el.updateComplete;
    typeInto($<HTMLInputElement>(el, '#f-s0\\.i0\\.dosage'), '2 sets of 10 reps', true);
    await el.updateComplete;
    typeInto($<HTMLTextAreaElement>(el, '#f-s0\\.i0\\.steps'), 'Lie on your back.\n\nLift your hips.', true);
    await el.updateComplete;
    typeInto($<HTMLTextAreaElement>(el, '#f-s0\\.i0\\.safety'), 'Stop if it hurts.', true);
    await el.updateComplete;
    expect(el.text).to.contain('# My back routine');
    expect(el.text).to.contain('### Glute bridge');
    expect(el.text).to.contain('2 sets of 10 reps');
    expect(el.text).to.contain('1. Lie on your back.');
    expect(el.text).to.contain('2. Lift your hips.');
    await previewShows(el, 'routine-player');
  });

  it('shows text typed in the pane in the form, field by field', async () => {
    const el = await editor();
    el.text = HIP_TEXT;
    await openTab(el, 'form');
    expect($<HTMLInputElement>(el, '#f-s0\\.i1\\.name').value).to.equal('Clams');
    expect($<HTMLInputElement>(el, '#f-s0\\.i1\\.dosage').value).to.equal('2 sets of 10 reps per side');
    expect($<HTMLTextAreaElement>(el, '#f-s0\\.i0\\.safety').value).to.equal(
      'stop if pain travels down your leg.',
    );
  });

  it('reorders exercises and keeps focus on the moved one', async () => {
    const el = await editor();
    el.text = HIP_TEXT;
    await openTab(el, 'form');
    $(el, '#s0\\.i1-up').click();
    await el.updateComplete;
    await el.updateComplete;
    expect($<HTMLInputElement>(el, '#f-s0\\.i0\\.name').value).to.equal('Clams');
    expect(el.text.indexOf('### Clams')).to.be.lessThan(el.text.indexOf('### Knee wags'));
    expect(el.shadowRoot!.activeElement?.id).to.equal('s0.i0-down');
  });

  it('puts a problem next to its field', async () => {
    const el = await editor();
    el.text = HIP_TEXT;
    await openTab(el, 'form');
    typeInto($<HTMLInputElement>(el, '#f-s0\\.i0\\.dosage'), '500 sets of 10 reps', true);
    await el.updateComplete;
    const field = $<HTMLInputElement>(el, '#f-s0\\.i0\\.dosage');
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const problem = $(
      el,
      `#${field.getAttribute('aria-describedby')!.split(' ').pop()!.replaceAll('.', '\\.')}`,
    );
    expect(problem.textContent).to.match(/sets/);
  });

  it('adds and removes sections', async () => {
    const el = await editor();
    el.text = HIP_TEXT;
    await openTab(el, 'form');
    $(el, '#add-section').click();
    await el.updateComplete;
    expect(el.routine.sections).to.have.length(2);
    $(el, '#s1-add').click();
    await el.updateComplete;
    expect(el.routine.sections[1]!.items).to.have.length(1);
    const remove = [...el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.section .danger')].at(-1)!;
    remove.click();
    await el.updateComplete;
    expect(el.routine.sections).to.have.length(1);
    expect(Object.keys(el.routine.exercises!)).to.deep.equal(['knee-wags', 'clams']);
  });
});

describe('<routine-editor> tabs and accessibility', () => {
  it('moves between the three ways in with the arrow keys', async () => {
    const el = await editor();
    $(el, '#tab-article').focus();
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('tab-text');
    expect($(el, '#panel-text').hidden).to.equal(false);
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement?.id).to.equal('tab-form');
  });

  for (const tab of ['article', 'text', 'form'] as const) {
    it(`passes axe on the ${tab} tab with a routine loaded`, async () => {
      const el = await editor();
      el.text = HIP_TEXT;
      await openTab(el, tab);
      await previewShows(el, 'routine-player');
      await expect(el).to.be.accessible();
    });
  }
});
