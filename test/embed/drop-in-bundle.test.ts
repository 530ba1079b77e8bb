import { expect, waitUntil } from '@open-wc/testing';

// The embeds as a blogger loads them, twice, from two URLs (two WordPress plugins each shipping a copy):
// the all-in-one file registers every element at once; the default file (the light loader) registers
// each element when its tag appears.
const BUNDLE = '/dist/cdn/exercise-elements.all.js';
const LOADER = '/dist/cdn/exercise-elements.js';

describe('the drop-in files', () => {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  before(() => {
    window.addEventListener('error', onError);
    window.addEventListener('unhandledrejection', onRejection);
  });
  after(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });

  it('the default file renders a card added later from inline JSON, with no other setup, loaded twice', async () => {
    await import(/* @vite-ignore */ LOADER);
    await import(/* @vite-ignore */ `${LOADER}?second-plugin-copy`);
    const host = document.createElement('div');
    const card = document.createElement('exercise-card');
    const data = document.createElement('script');
    data.type = 'application/json';
    data.textContent = JSON.stringify({ id: 'wag', name: 'Knee wags', dosage: '10–15 reps per side' });
    card.append(data);
    host.append(card);
    document.body.append(host);
    await waitUntil(() => card.shadowRoot?.textContent?.includes('Knee wags'), 'card did not render');
    expect(card.shadowRoot!.textContent).to.include('10–15');
    // Nothing else on the page asked for the counter, so its code was never loaded.
    expect(customElements.get('rep-counter')).to.equal(undefined);
    host.remove();
  });

  it('the all-in-one file registers every element, and a second copy at another URL throws nothing and keeps the first', async () => {
    await import(/* @vite-ignore */ BUNDLE);
    const first = ['exercise-card', 'rep-counter'].map((tag) => customElements.get(tag));
    expect(first.every(Boolean)).to.equal(true);
    await import(/* @vite-ignore */ `${BUNDLE}?second-plugin-copy`);
    const second = ['exercise-card', 'rep-counter'].map((tag) => customElements.get(tag));
    expect(second).to.deep.equal(first);
    expect(errors).to.deep.equal([]);
  });
});
