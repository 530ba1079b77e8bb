import { expect, fixture, html } from '@open-wc/testing';
import sinon from 'sinon';
import type { ExWarningDetail } from '../../src/internal/events.js';
import { MUTE_STORAGE_KEY } from '../../src/internal/feedback-controller.js';
import type { RepCounter } from '../../src/rep-counter/rep-counter.js';
import '../../src/rep-counter/rep-counter.js';
import { countText, statusText, tap, targetText } from './helpers.js';

const warningsPart = (el: RepCounter): HTMLElement | null =>
  el.shadowRoot!.querySelector<HTMLElement>('[part="warnings"]');

/** The counter's first render with a listener already on it, as an author's page would have. */
async function counterWarning(
  template: ReturnType<typeof html>,
): Promise<{ el: RepCounter; warnings: ExWarningDetail['warnings'][] }> {
  const warnings: ExWarningDetail['warnings'][] = [];
  const listener = (e: Event) => warnings.push((e as CustomEvent<ExWarningDetail>).detail.warnings);
  document.addEventListener('ex-warning', listener);
  try {
    const el = await fixture<RepCounter>(template);
    return { el, warnings };
  } finally {
    document.removeEventListener('ex-warning', listener);
  }
}

describe('<rep-counter> settings it cannot use', () => {
  beforeEach(() => {
    localStorage.setItem(MUTE_STORAGE_KEY, '1');
    sinon.stub(console, 'warn');
  });
  afterEach(() => {
    sinon.restore();
    localStorage.removeItem(MUTE_STORAGE_KEY);
  });

  it('tells the author about an unreadable dosage line, and still counts openly', async () => {
    const { el, warnings } = await counterWarning(
      html`<rep-counter dosage="as many as feels right"></rep-counter>`,
    );
    expect(warnings.map((list) => list.map((w) => w.path))).to.deep.equal([['dosage']]);
    expect(warnings[0]![0]!.message).to.contain('No reps, sets, hold or rest');
    await tap(el, 2);
    expect(countText(el)).to.equal('2');
    expect((console.warn as sinon.SinonStub).calledOnce).to.equal(true);
  });

  it('shows readers a working counter and no warning text without debug', async () => {
    const { el } = await counterWarning(html`<rep-counter target="lots"></rep-counter>`);
    expect(warningsPart(el)).to.equal(null);
    expect(el.shadowRoot!.textContent).not.to.contain('Not understood');
  });

  it('shows the author each attribute and what to write while debug is set', async () => {
    const { el } = await counterWarning(html`<rep-counter debug target="lots" hold="1000"></rep-counter>`);
    const note = warningsPart(el)!;
    const items = [...note.querySelectorAll('li')].map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
    expect(items).to.deep.equal([
      'target: Not understood: write a number, or a range such as 10-15.',
      'hold: Must be 300 sec or less.',
    ]);
    el.debug = false;
    await el.updateComplete;
    expect(warningsPart(el)).to.equal(null);
  });

  it('refuses sets with min above max from the dosage property instead of counting a billion sets', async () => {
    const { el, warnings } = await counterWarning(
      html`<rep-counter .dosage=${{ sets: { min: 1e9, max: 1 }, reps: 5 }}></rep-counter>`,
    );
    expect(warnings[0]).to.deep.equal([
      { path: 'dosage.sets', message: 'The first number of a range must not be larger than the second.' },
    ]);
    expect([statusText(el), targetText(el)]).to.deep.equal(['', '/ 5']);
  });

  it('refuses attributes of a billion and keeps what it can', async () => {
    const { el, warnings } = await counterWarning(
      html`<rep-counter target="10" sets="1000000000" hold="1000000000"></rep-counter>`,
    );
    expect(warnings[0]!.map((w) => w.path)).to.deep.equal(['sets', 'hold']);
    expect(el.shadowRoot!.textContent).not.to.contain('1,000,000,000');
    await tap(el);
    expect([el.phase, countText(el), targetText(el)]).to.deep.equal(['counting', '1', '/ 10']);
  });

  it('warns once per list of problems, not on every render, and again when it changes', async () => {
    const { el, warnings } = await counterWarning(html`<rep-counter target="0"></rep-counter>`);
    const later: ExWarningDetail['warnings'][] = [];
    el.addEventListener('ex-warning', (e) => later.push(e.detail.warnings));
    await tap(el, 3);
    el.rest = 'soon';
    await el.updateComplete;
    expect([warnings.length, later.map((list) => list.map((w) => w.path))]).to.deep.equal([
      1,
      [['target', 'rest']],
    ]);
  });

  it('says nothing for settings it can use', async () => {
    const { warnings } = await counterWarning(
      html`<rep-counter target="10-15" sets="3" side="each" hold="3" rest="60"></rep-counter>`,
    );
    expect(warnings).to.deep.equal([]);
  });
});
