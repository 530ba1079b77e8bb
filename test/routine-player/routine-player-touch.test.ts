/**
 * Small things a patient noticed (issue 16): every control touched during or after a session is at
 * least 44×44 px, and the 0–10 pain scale fits one row at 320 px with its legend inside the border.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { RoutinePlayer } from '../../src/routine-player/routine-player.js';
import { clearLibraryStorage, press, shadow, stateAt, TIMED_ROUTINE } from './helpers.js';

/** What a finger hits: a control, or the label around a check box or radio button. */
function targets(root: ParentNode): HTMLElement[] {
  const found = [...root.querySelectorAll<HTMLElement>('button, summary, a[href], input, textarea')]
    .map((node) =>
      node instanceof HTMLInputElement && (node.type === 'checkbox' || node.type === 'radio')
        ? (node.closest('label') ?? node)
        : node,
    )
    .filter((node) => node.getClientRects().length > 0 && !node.closest('.visually-hidden'));
  return [...new Set(found)];
}

function expectBigEnough(root: ParentNode, where: string): void {
  const small = targets(root)
    .map((node) => ({ node, box: node.getBoundingClientRect() }))
    .filter(({ box }) => box.width < 44 - 0.5 || box.height < 44 - 0.5)
    .map(
      ({ node, box }) =>
        `${node.localName}.${node.className} "${node.textContent!.trim().slice(0, 20)}" ${Math.round(box.width)}×${Math.round(box.height)}`,
    );
  expect(small, where).to.deep.equal([]);
}

describe('<routine-player> touch targets', () => {
  beforeEach(async () => {
    clearLibraryStorage();
    await setViewport({ width: 390, height: 844 });
  });
  afterEach(async () => {
    clearLibraryStorage();
    await setViewport({ width: 800, height: 600 });
  });

  async function player(): Promise<RoutinePlayer> {
    return fixture<RoutinePlayer>(html`<routine-player .routine=${TIMED_ROUTINE}></routine-player>`);
  }

  const openAll = async (el: RoutinePlayer) => {
    shadow(el)
      .querySelectorAll('details')
      .forEach((d) => d.setAttribute('open', ''));
    await el.updateComplete;
  };

  it('are at least 44×44 px while running, with "Sound and cues", the shortcuts and "How to do it" open', async () => {
    const el = await player();
    el.state = stateAt(TIMED_ROUTINE, 's0-i0-set1-work');
    await el.updateComplete;
    await openAll(el);
    expectBigEnough(shadow(el), 'running');
  });

  it('are at least 44×44 px in the "This hurts" dialog', async () => {
    const el = await player();
    el.state = stateAt(TIMED_ROUTINE, 's0-i0-set1-work');
    await el.updateComplete;
    await press(el, 'This hurts');
    expectBigEnough(shadow(el).querySelector('dialog')!, 'dialog');
  });

  it('are at least 44×44 px in the summary: check-in, history and its confirmation', async () => {
    const el = await player();
    el.state = stateAt(TIMED_ROUTINE, 's0-i2-set1-work');
    await el.updateComplete;
    await press(el, 'Done');
    expectBigEnough(shadow(el), 'summary');
    await press(el, 'Clear history');
    expectBigEnough(shadow(el), 'confirming "Clear history"');
  });

  it('fits the pain scale in one row at 320 px, its legend inside the border', async () => {
    await setViewport({ width: 320, height: 700 });
    const el = await player();
    el.state = stateAt(TIMED_ROUTINE, 'complete');
    await el.updateComplete;
    const fieldset = shadow(el).querySelector<HTMLElement>('fieldset.pain')!;
    const ticks = [...fieldset.querySelectorAll<HTMLElement>('.scale-ticks span')];
    expect(ticks.map((t) => t.textContent)).to.deep.equal([
      '0',
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(new Set(ticks.map((t) => Math.round(t.getBoundingClientRect().top))).size, 'one row').to.equal(1);
    const slider = fieldset.querySelector<HTMLInputElement>('input[type="range"]')!;
    expect(slider.getBoundingClientRect().height).to.be.at.least(44);
    const border = fieldset.getBoundingClientRect();
    const legend = fieldset.querySelector('legend')!.getBoundingClientRect();
    expect(legend.top).to.be.at.least(border.top);
    expect(legend.left).to.be.at.least(border.left);
    expect(legend.right).to.be.at.most(border.right);
    const ends = fieldset.querySelector<HTMLElement>('.scale-ends')!;
    expect(ends.getBoundingClientRect().right).to.be.at.most(border.right);
  });

  it('answers the pain scale only once it was moved', async () => {
    const el = await player();
    el.state = stateAt(TIMED_ROUTINE, 'complete');
    await el.updateComplete;
    const details: Array<number | null> = [];
    el.addEventListener('ex-checkin', (e) => details.push(e.detail.pain));
    const form = shadow(el).querySelector<HTMLFormElement>('form')!;
    form.requestSubmit();
    await el.updateComplete;
    expect(details).to.deep.equal([null]);
  });
});
