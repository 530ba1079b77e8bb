import { expect, fixture, html } from '@open-wc/testing';
import { createRenderSlicer } from '../../src/internal/render-slices.js';
import '../../src/exercise-card/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';

/** A clock the test moves by hand, and "next tasks" that begin only when the test says so. */
function harness(sliceMs = 30) {
  let time = 0;
  let pending: Array<() => void> = [];
  const slicer = createRenderSlicer({
    sliceMs,
    now: () => time,
    nextTask: () => new Promise<void>((resolve) => pending.push(resolve)),
  });
  return {
    slicer,
    spend: (ms: number) => (time += ms),
    /** Ends the current task: runs what waited for the next one, then lets its microtasks settle. */
    async nextTask() {
      const run = pending;
      pending = [];
      run.forEach((resolve) => resolve());
      for (let i = 0; i < 10; i++) await Promise.resolve();
    },
  };
}

describe('render slices (first renders spread over tasks)', () => {
  it('lets first renders run at once until the slice is used up, then makes the rest wait', async () => {
    const { slicer, spend, nextTask } = harness(30);
    const rendered: number[] = [];
    const render = (n: number) =>
      slicer.run(() => {
        rendered.push(n);
        spend(12); // each render takes 12 ms
      });
    for (let n = 1; n <= 7; n++) render(n);
    // 0, 12 and 24 ms are inside the 30 ms slice; the 4th element would start at 36 ms.
    expect(rendered).to.deep.equal([1, 2, 3]);
    await nextTask();
    expect(rendered).to.deep.equal([1, 2, 3, 4, 5, 6]);
    await nextTask();
    expect(rendered).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
  });

  it('never makes a lone element, or one that comes in a later task, wait', async () => {
    const { slicer, spend, nextTask } = harness(30);
    let rendered = 0;
    expect(slicer.run(() => (rendered += 1))).to.equal(undefined);
    expect(rendered).to.equal(1);
    spend(100); // one slow render
    await nextTask(); // a later task: the reader tapped, a script added another card
    expect(slicer.run(() => (rendered += 1))).to.equal(undefined);
    expect(rendered).to.equal(2);
  });

  it('passes on an error thrown by a queued render and keeps rendering the others', async () => {
    const { slicer, spend, nextTask } = harness(30);
    slicer.run(() => spend(40));
    const failing = slicer.run(() => {
      throw new Error('bad render');
    });
    let after = false;
    void slicer.run(() => (after = true));
    const outcome = failing!.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    await nextTask();
    expect(await outcome).to.equal('bad render');
    expect(after).to.equal(true);
  });

  it('renders every card of a page that adds forty at once, each exactly once', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const cards: ExerciseCard[] = [];
    for (let i = 0; i < 40; i++) {
      const card = document.createElement('exercise-card') as ExerciseCard;
      card.exercise = { id: `e${i}`, name: `Exercise ${i}`, dosage: '2 sets of 10 reps' };
      cards.push(card);
    }
    host.append(...cards);
    await Promise.all(cards.map((card) => card.updateComplete));
    const titles = cards.map((card) => card.shadowRoot!.querySelector('[part="title"]')?.textContent?.trim());
    expect(titles).to.deep.equal(cards.map((_, i) => `Exercise ${i}`));
  });
});
