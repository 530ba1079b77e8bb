/**
 * Network faults on `src`, one test each. `window.fetch` is stubbed at the browser API boundary, so each
 * fault is exact and instant (a dev-server route cannot hang forever or refuse CORS on demand).
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import sinon from 'sinon';
import '../../src/exercise-card/exercise-card.js';
import type { ExerciseCard } from '../../src/exercise-card/exercise-card.js';
import { DEFAULT_TIMEOUT_MS } from '../../src/internal/document-loader.js';
import type { ExErrorDetail } from '../../src/internal/events.js';

const GOOD = { id: 'plank', name: 'Plank', steps: ['Hold a straight line.'] };

const json = (value: unknown, init: ResponseInit = {}) =>
  new Response(JSON.stringify(value), { headers: { 'content-type': 'application/json' }, ...init });

const settled = (el: ExerciseCard) =>
  waitUntil(() => el.status === 'ready' || el.status === 'error', 'card did not settle', { timeout: 5000 });

const alertText = (el: ExerciseCard) =>
  el.shadowRoot!.querySelector('[role="alert"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const title = (el: ExerciseCard) =>
  el.shadowRoot!.querySelector('[part~="title"]')?.textContent?.trim() ?? '';
const retryButton = (el: ExerciseCard) =>
  [...el.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Try again') ?? null;

/** A fetch that never answers, and rejects with AbortError when its signal aborts (as fetch does). */
function hangingFetch(_input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  return new Promise((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  });
}

async function cardFor(src: string): Promise<{ el: ExerciseCard; errors: ExErrorDetail[] }> {
  const errors: ExErrorDetail[] = [];
  const el = await fixture<ExerciseCard>(
    html`<exercise-card
      src=${src}
      @ex-error=${(e: CustomEvent<ExErrorDetail>) => errors.push(e.detail)}
    ></exercise-card>`,
  );
  return { el, errors };
}

describe('network faults on src', () => {
  let fetchStub: sinon.SinonStub<Parameters<typeof fetch>, ReturnType<typeof fetch>>;
  beforeEach(() => {
    fetchStub = sinon.stub(window, 'fetch');
  });
  afterEach(() => sinon.restore());

  it('shows a 404 with the status, and Try again loads the document once it exists', async () => {
    fetchStub.onFirstCall().resolves(new Response('Not found', { status: 404, statusText: 'Not Found' }));
    fetchStub.onSecondCall().resolves(json(GOOD));
    const { el, errors } = await cardFor('/data/plank.json');
    await settled(el);
    expect(el.status).to.equal('error');
    expect(alertText(el)).to.contain('/data/plank.json').and.contain('404 Not Found');
    expect(errors.map((e) => e.kind)).to.deep.equal(['load']);
    retryButton(el)!.click();
    await waitUntil(() => el.status === 'ready', 'retry did not load');
    expect(title(el)).to.equal('Plank');
    expect(fetchStub.callCount).to.equal(2);
  });

  it('shows a 500 with the status and offers Try again', async () => {
    fetchStub.resolves(new Response('oops', { status: 500, statusText: 'Internal Server Error' }));
    const { el } = await cardFor('/data/plank.json');
    await settled(el);
    expect(alertText(el)).to.contain('500 Internal Server Error');
    expect(retryButton(el)).to.not.equal(null);
  });

  it(`times out a request that never answers after ${DEFAULT_TIMEOUT_MS / 1000} s, says so, and retries`, async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fetchStub.callsFake(hangingFetch);
    const { el, errors } = await cardFor('/slow.json');
    expect(el.status).to.equal('loading');
    await clock.tickAsync(DEFAULT_TIMEOUT_MS - 1);
    expect(el.status, 'still waiting just before the limit').to.equal('loading');
    await clock.tickAsync(1);
    await el.updateComplete;
    expect(el.status).to.equal('error');
    expect(alertText(el)).to.contain('no answer after 15 seconds');
    expect(errors).to.have.length(1);
    expect((fetchStub.firstCall.args[1]?.signal as AbortSignal).aborted).to.equal(true);
    clock.restore();

    fetchStub.resetBehavior();
    fetchStub.resolves(json(GOOD));
    retryButton(el)!.click();
    await waitUntil(() => el.status === 'ready', 'retry did not load');
    expect(title(el)).to.equal('Plank');
  });

  it('times out a response whose body never ends', async () => {
    const clock = sinon.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    fetchStub.callsFake(async (_input, init) => {
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode('{"id": "plank", "name": "Pl'));
          init?.signal?.addEventListener('abort', () =>
            controller.error(new DOMException('aborted', 'AbortError')),
          );
        },
      });
      return new Response(body, { headers: { 'content-type': 'application/json' } });
    });
    const { el } = await cardFor('/trickle.json');
    await clock.tickAsync(DEFAULT_TIMEOUT_MS);
    clock.restore();
    await settled(el);
    expect(alertText(el)).to.contain('no answer after 15 seconds');
    expect(retryButton(el)).to.not.equal(null);
  });

  it('shows malformed JSON as not valid JSON, without a retry that could not help', async () => {
    fetchStub.resolves(
      new Response('{"id": "plank", "name": ', { headers: { 'content-type': 'application/json' } }),
    );
    const { el, errors } = await cardFor('/broken.json');
    await settled(el);
    expect(alertText(el)).to.contain('The data at /broken.json is not valid JSON.');
    expect(errors.map((e) => e.kind)).to.deep.equal(['parse']);
    expect(retryButton(el)).to.equal(null);
  });

  it('renders a 4.9 MB document, just under the size limit', async () => {
    const big = {
      ...GOOD,
      steps: Array.from({ length: 50 }, (_, i) => `Step ${i + 1}. ${'slowly '.repeat(6)}`),
    };
    const text = JSON.stringify({ ...big, notes: 'x'.repeat(4_900_000) });
    expect(text.length).to.be.within(4_900_000, 5_000_000);
    fetchStub.resolves(new Response(text, { headers: { 'content-type': 'application/json' } }));
    const { el } = await cardFor('/big.json');
    await waitUntil(() => el.status !== 'loading', 'card did not settle', { timeout: 9000 });
    expect(el.status).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('[part="steps"] li')).to.have.length(50);
  });

  it('refuses a 10 MB document before parsing it, with a message and ex-error', async () => {
    const text = JSON.stringify({ ...GOOD, notes: 'x'.repeat(10 * 1024 * 1024) });
    fetchStub.resolves(new Response(text, { headers: { 'content-type': 'application/json' } }));
    const parse = sinon.spy(JSON, 'parse');
    const { el, errors } = await cardFor('/big.json');
    await waitUntil(() => el.status !== 'loading', 'card did not settle', { timeout: 9000 });
    expect(el.status).to.equal('error');
    expect(parse.calledWith(text)).to.equal(false);
    expect(errors.map((e) => [e.kind, e.message])).to.deep.equal([
      ['too-large', 'The data from /big.json is too large to show: the most it can be is 5 MB.'],
    ]);
  });

  it('reads a document served with a wrong content type as data, never as markup', async () => {
    const withMarkup = { ...GOOD, name: '<img src=x onerror="window.__xss = 1">Plank' };
    fetchStub.resolves(
      new Response(JSON.stringify(withMarkup), { headers: { 'content-type': 'text/html' } }),
    );
    const { el } = await cardFor('/plank.html');
    await settled(el);
    expect(el.status).to.equal('ready');
    expect(title(el)).to.equal(withMarkup.name);
    expect(el.shadowRoot!.querySelector('[part~="title"] img')).to.equal(null);
  });

  it('shows an HTML page answered in place of JSON (a CMS 200 fallback) as not valid JSON', async () => {
    fetchStub.resolves(
      new Response('<!doctype html><title>Home</title>', { headers: { 'content-type': 'text/html' } }),
    );
    const { el } = await cardFor('/missing.json');
    await settled(el);
    expect(alertText(el)).to.contain('is not valid JSON');
  });

  it('shows a CORS refusal (fetch rejects with TypeError) as a network error with Try again', async () => {
    fetchStub.rejects(new TypeError('Failed to fetch'));
    const { el, errors } = await cardFor('https://other.example/plank.json');
    await settled(el);
    expect(alertText(el)).to.contain('the network request failed');
    expect(errors.map((e) => e.kind)).to.deep.equal(['load']);
    expect(retryButton(el)).to.not.equal(null);
  });

  it('shows the last of 20 rapid src changes, even when earlier answers arrive later, and never a stale one', async () => {
    const answers: Array<() => void> = [];
    fetchStub.callsFake((input, init) => {
      const n = Number(/(\d+)\.json/.exec(String(input))![1]);
      return new Promise((resolve, reject) => {
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
        answers[n] = () => resolve(json({ id: `ex-${n}`, name: `Exercise ${n}` }));
      });
    });
    const loads: string[] = [];
    const el = await fixture<ExerciseCard>(html`<exercise-card></exercise-card>`);
    el.addEventListener('ex-load', (e) => loads.push(e.detail.id));
    const titles = new Set<string>();
    const observer = new MutationObserver(() => titles.add(title(el)));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    for (let n = 0; n < 20; n++) {
      el.src = `/ex/${n}.json`;
      // Half of the changes land in the same update, half in their own.
      if (n % 2) await el.updateComplete;
    }
    await el.updateComplete;
    // The answers arrive newest first, so every stale one comes after the one that counts.
    for (let n = 19; n >= 0; n--) answers[n]?.();
    await waitUntil(() => el.status === 'ready');
    await new Promise((resolve) => setTimeout(resolve, 20));
    observer.disconnect();
    expect(title(el)).to.equal('Exercise 19');
    expect(loads).to.deep.equal(['ex-19']);
    expect([...titles].filter((t) => t && t !== 'Exercise 19')).to.deep.equal([]);
    const aborted = fetchStub.getCalls().filter((call) => (call.args[1]?.signal as AbortSignal).aborted);
    expect(aborted).to.have.length(fetchStub.callCount - 1);
  });
});

describe('addresses in src follow the same rule as addresses in the data', () => {
  let fetchStub: sinon.SinonStub<Parameters<typeof fetch>, ReturnType<typeof fetch>>;
  beforeEach(() => {
    fetchStub = sinon.stub(window, 'fetch');
  });
  afterEach(() => sinon.restore());

  const refused: Array<[string, string, string]> = [
    [
      'a bidi override that disguises the address',
      'https://example.org/\u202Egpj.exe',
      'https://example.org/%E2%80%AEgpj.exe',
    ],
    [
      'a data: address',
      'data:application/json,{"id":"a","name":"A"}',
      'data:application/json,{"id":"a","name":"A"}',
    ],
    ['a javascript: address', 'javascript:alert(1)', 'javascript:alert(1)'],
    ['a blob: address', 'blob:https://example.org/0f3c', 'blob:https://example.org/0f3c'],
    ['a tab inside the scheme', 'java\tscript:alert(1)', 'java%09script:alert(1)'],
  ];
  for (const [name, src, shown] of refused) {
    it(`refuses ${name} without fetching it, and prints it escaped`, async () => {
      const { el, errors } = await cardFor(src);
      await settled(el);
      expect(fetchStub.called).to.equal(false);
      expect(el.status).to.equal('error');
      const message = `Could not load data from ${shown}: only https:, http: and relative addresses are read.`;
      expect(errors.map((e) => [e.kind, e.message])).to.deep.equal([['load', message]]);
      expect(alertText(el)).to.contain(message);
      expect(alertText(el)).not.to.match(/[\u202A-\u202E\u2066-\u2069\t]/);
    });
  }

  it('isolates an address with right-to-left letters, so it cannot reorder the sentence', async () => {
    fetchStub.resolves(new Response('Not found', { status: 404, statusText: 'Not Found' }));
    const { el, errors } = await cardFor('/تمارين.json');
    await settled(el);
    expect(errors[0]?.message).to.contain('from \u2068/تمارين.json\u2069:');
  });

  it('shows a missing #id escaped too', async () => {
    fetchStub.resolves(json(GOOD));
    const { el, errors } = await cardFor('/data/plank.json#x%E2%80%AEy');
    await settled(el);
    expect(errors.map((e) => e.kind)).to.deep.equal(['not-found']);
    expect(errors[0]?.message).to.contain('"x%E2%80%AEy"').and.not.contain('\u202E');
  });
});
