import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import sinon from 'sinon';
import type { ValidationResult } from '../../src/data/validate.js';
import {
  DocumentLoader,
  type DocumentLoaderOptions,
  type LoadStatus,
  SPLIT_AFTER_MS,
} from '../../src/internal/document-loader.js';
import { dataMessages } from '../../src/internal/data-loader-messages.js';

interface Item {
  id: string;
  name: string;
}

function validateItem(input: unknown): ValidationResult<Item> {
  const record = input as Partial<Item> | null;
  if (typeof record !== 'object' || record === null)
    return { ok: false, errors: [{ path: '', message: 'must be an object' }] };
  const errors = [];
  if (typeof record.id !== 'string') errors.push({ path: 'id', message: 'must be text' });
  if (typeof record.name !== 'string') errors.push({ path: 'name', message: 'must be text' });
  return errors.length ? { ok: false, errors } : { ok: true, value: { id: record.id!, name: record.name! } };
}

function selectItem(doc: unknown, id: string): unknown {
  const items = (doc as { items?: Item[] } | null)?.items;
  return Array.isArray(items) ? items.find((item) => item.id === id) : undefined;
}

let hostCount = 0;

/** Defines a fresh host element whose loader uses `extra` options; returns its tag name. */
function defineHost(extra: Partial<DocumentLoaderOptions<Item>> = {}): string {
  const tag = `loader-host-${++hostCount}`;
  class Host extends LitElement {
    static override properties = { value: { attribute: false }, src: {} };
    declare value: unknown;
    declare src: string | undefined;
    settled: LoadStatus[] = [];
    readonly loader = new DocumentLoader<Item>(this, {
      value: () => this.value,
      src: () => this.src,
      validate: validateItem,
      select: selectItem,
      messages: dataMessages,
      onSettle: (loader) => this.settled.push(loader.status),
      ...extra,
    });
    override render() {
      return html`<p>
        ${this.loader.status}: ${this.loader.value?.name ?? this.loader.error?.message ?? ''}
      </p>`;
    }
  }
  customElements.define(tag, Host);
  return tag;
}

type HostElement = HTMLElement & {
  value: unknown;
  src: string | undefined;
  settled: LoadStatus[];
  loader: DocumentLoader<Item>;
  updateComplete: Promise<boolean>;
  requestUpdate(): void;
};

function make(tag: string): HostElement {
  return document.createElement(tag) as HostElement;
}

function jsonResponse(body: unknown, init: ResponseInit = {}): Response {
  return new Response(typeof body === 'string' ? body : JSON.stringify(body), {
    status: 200,
    headers: { 'Content-Type': 'application/json' },
    ...init,
  });
}

async function settle(el: HostElement): Promise<void> {
  await waitUntil(
    () => el.loader.status === 'ready' || el.loader.status === 'error',
    'loader did not settle',
  );
  await el.updateComplete;
}

describe('DocumentLoader', () => {
  let fetchStub: sinon.SinonStub<Parameters<typeof fetch>, ReturnType<typeof fetch>>;
  const mounted: HTMLElement[] = [];

  beforeEach(() => {
    fetchStub = sinon.stub(window, 'fetch');
  });
  afterEach(() => {
    sinon.restore();
    mounted.splice(0).forEach((el) => el.remove());
  });

  function mount(el: HostElement): HostElement {
    document.body.append(el);
    mounted.push(el);
    return el;
  }

  it('validates a value set by code synchronously, without fetching, and prefers it over src and inline JSON', async () => {
    const el = make(defineHost());
    el.value = { id: 'a', name: 'From code' };
    el.src = '/never.json';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"id":"b","name":"Inline"}';
    el.append(script);
    mount(el);
    await el.updateComplete;
    expect(el.loader.status).to.equal('ready');
    expect(el.loader.value).to.deep.equal({ id: 'a', name: 'From code' });
    expect(el.loader.source).to.equal('property');
    expect(fetchStub.called).to.equal(false);
    expect(el.settled).to.deep.equal(['ready']);
  });

  it('fetches src with an abort signal and prefers it over inline JSON', async () => {
    fetchStub.resolves(jsonResponse({ id: 'r', name: 'Remote' }));
    const el = make(defineHost());
    el.src = '/item.json';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"id":"b","name":"Inline"}';
    el.append(script);
    mount(el);
    await el.updateComplete;
    expect(el.loader.status).to.equal('loading');
    await settle(el);
    expect(el.loader.value?.name).to.equal('Remote');
    expect(fetchStub.firstCall.args[0]).to.equal('/item.json');
    expect(fetchStub.firstCall.args[1]?.signal).to.be.instanceOf(AbortSignal);
  });

  it('picks the item named by the #fragment and does not send the fragment to the server', async () => {
    fetchStub.resolves(
      jsonResponse({
        items: [
          { id: 'x', name: 'X' },
          { id: 'y', name: 'Y' },
        ],
      }),
    );
    const el = mount(Object.assign(make(defineHost()), { src: '/list.json#y' }));
    await settle(el);
    expect(el.loader.value).to.deep.equal({ id: 'y', name: 'Y' });
    expect(fetchStub.firstCall.args[0]).to.equal('/list.json');
  });

  it('does not read the inline script at construction, only once connected', async () => {
    const el = make(defineHost());
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"id":"i","name":"Inline"}';
    el.append(script);
    expect(el.loader.status).to.equal('idle');
    mount(el);
    await el.updateComplete;
    expect(el.loader.status).to.equal('ready');
    expect(el.loader.source).to.equal('inline');
  });

  it('picks up an inline script that a slow CMS adds after the element connected, and later edits to it', async () => {
    const el = mount(make(defineHost()));
    await el.updateComplete;
    expect(el.loader.status).to.equal('idle');
    const script = document.createElement('script');
    script.type = 'application/json';
    el.append(script);
    script.textContent = '{"id":"late","name":"Late"}';
    await waitUntil(() => el.loader.status === 'ready');
    expect(el.loader.value?.name).to.equal('Late');
    script.textContent = '{"id":"late","name":"Edited"}';
    await waitUntil(() => el.loader.value?.name === 'Edited');
    expect(el.settled).to.deep.equal(['ready', 'ready']);
  });

  it('ignores scripts of other types such as JSON-LD', async () => {
    const el = make(defineHost());
    const ld = document.createElement('script');
    ld.type = 'application/ld+json';
    ld.textContent = '{"id":"ld","name":"LD"}';
    el.append(ld);
    mount(el);
    await el.updateComplete;
    expect(el.loader.status).to.equal('idle');
  });

  it('aborts the old request when src changes and lets the last source win even if the first answers late', async () => {
    let releaseFirst!: () => void;
    const firstAnswered = new Promise<void>((resolve) => (releaseFirst = resolve));
    fetchStub.onFirstCall().callsFake(async () => {
      await firstAnswered; // answers late and ignores the abort, like a slow cache would
      return jsonResponse({ id: 'first', name: 'First' });
    });
    fetchStub.onSecondCall().resolves(jsonResponse({ id: 'second', name: 'Second' }));
    const el = mount(Object.assign(make(defineHost()), { src: '/first.json' }));
    await el.updateComplete;
    el.src = '/second.json';
    await settle(el);
    releaseFirst();
    await aTimeout(20);
    await el.updateComplete;
    expect(fetchStub.firstCall.args[1]?.signal?.aborted).to.equal(true);
    expect(fetchStub.secondCall.args[1]?.signal?.aborted).to.equal(false);
    expect(el.loader.value?.name).to.equal('Second');
    expect(el.settled).to.deep.equal(['ready']);
  });

  it('turns a fetch that takes longer than the timeout into a load error and aborts it', async () => {
    fetchStub.callsFake(
      (_url, init) =>
        new Promise<Response>((_resolve, reject) =>
          init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
        ),
    );
    const el = mount(Object.assign(make(defineHost({ timeoutMs: 50 })), { src: '/slow.json' }));
    await settle(el);
    expect(el.loader.error?.kind).to.equal('load');
    expect(el.loader.error?.message).to.equal(
      'Could not load data from /slow.json: no answer after 0.1 seconds.',
    );
    expect(fetchStub.firstCall.args[1]?.signal?.aborted).to.equal(true);
  });

  it('reports an HTTP error with its status', async () => {
    fetchStub.resolves(new Response('nope', { status: 404, statusText: 'Not Found' }));
    const el = mount(Object.assign(make(defineHost()), { src: '/missing.json' }));
    await settle(el);
    expect(el.loader.error).to.deep.equal({
      kind: 'load',
      message: 'Could not load data from /missing.json: the server answered 404 Not Found.',
      errors: [],
    });
  });

  it('reports a network failure as a load error instead of throwing', async () => {
    fetchStub.rejects(new TypeError('Failed to fetch'));
    const el = mount(Object.assign(make(defineHost()), { src: '/offline.json' }));
    await settle(el);
    expect(el.loader.error?.kind).to.equal('load');
    expect(el.loader.error?.message).to.contain('the network request failed');
  });

  it('reports text that is not JSON as a parse error, for a URL and for inline JSON', async () => {
    fetchStub.resolves(jsonResponse('{ "id": '));
    const remote = mount(Object.assign(make(defineHost()), { src: '/broken.json' }));
    await settle(remote);
    expect(remote.loader.error?.kind).to.equal('parse');
    expect(remote.loader.error?.message).to.equal('The data at /broken.json is not valid JSON.');

    const inline = make(defineHost());
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{ nope }';
    inline.append(script);
    mount(inline);
    await settle(inline);
    expect(inline.loader.error).to.deep.equal({
      kind: 'parse',
      message: 'The inline JSON is not valid JSON.',
      errors: [],
    });
  });

  it('reports a fragment that names nothing as not-found', async () => {
    fetchStub.resolves(jsonResponse({ items: [{ id: 'x', name: 'X' }] }));
    const el = mount(Object.assign(make(defineHost()), { src: '/list.json#nope' }));
    await settle(el);
    expect(el.loader.error?.kind).to.equal('not-found');
    expect(el.loader.error?.message).to.equal('No item with id "nope" was found in /list.json.');
  });

  it('reports invalid data with every validation error and its path', async () => {
    const el = make(defineHost());
    el.value = { id: 7 };
    mount(el);
    await settle(el);
    expect(el.loader.error?.kind).to.equal('invalid');
    expect(el.loader.error?.message).to.equal('This data has 2 problems:');
    expect(el.loader.error?.errors).to.deep.equal([
      { path: 'id', message: 'must be text' },
      { path: 'name', message: 'must be text' },
    ]);
  });

  it('survives a validator that throws', async () => {
    const el = make(
      defineHost({
        validate: () => {
          throw new Error('boom');
        },
      }),
    );
    el.value = { id: 'a' };
    mount(el);
    await settle(el);
    expect(el.loader.error?.kind).to.equal('invalid');
  });

  it('announces each settled input once, not on every re-render', async () => {
    const el = make(defineHost());
    el.value = { id: 'a', name: 'A' };
    mount(el);
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    el.requestUpdate();
    await el.updateComplete;
    expect(el.settled).to.deep.equal(['ready']);
    el.value = { id: 'b' };
    await el.updateComplete;
    await el.updateComplete;
    expect(el.settled).to.deep.equal(['ready', 'error']);
  });

  it('aborts an in-flight fetch when the host is disconnected and fetches again when it comes back', async () => {
    fetchStub.onFirstCall().callsFake(() => new Promise<Response>(() => {}));
    fetchStub.onSecondCall().resolves(jsonResponse({ id: 'a', name: 'Again' }));
    const el = mount(Object.assign(make(defineHost()), { src: '/a.json' }));
    await el.updateComplete;
    el.remove();
    expect(fetchStub.firstCall.args[1]?.signal?.aborted).to.equal(true);
    mount(el);
    await settle(el);
    expect(el.loader.value?.name).to.equal('Again');
    expect(fetchStub.callCount).to.equal(2);
  });

  it('stops watching the children once disconnected', async () => {
    const el = mount(make(defineHost()));
    await el.updateComplete;
    el.remove();
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"id":"a","name":"A"}';
    el.append(script);
    await aTimeout(20);
    expect(el.loader.status).to.equal('idle');
  });

  it('loads the same source again on reload()', async () => {
    fetchStub.onFirstCall().resolves(new Response('', { status: 503, statusText: 'Service Unavailable' }));
    fetchStub.onSecondCall().resolves(jsonResponse({ id: 'a', name: 'Back' }));
    const el = mount(Object.assign(make(defineHost()), { src: '/flaky.json' }));
    await settle(el);
    expect(el.loader.status).to.equal('error');
    el.loader.reload();
    await waitUntil(() => el.loader.status === 'ready');
    expect(el.loader.value?.name).to.equal('Back');
    expect(el.settled).to.deep.equal(['error', 'ready']);
  });

  it('goes back to idle when every input is removed', async () => {
    const el = make(defineHost());
    el.value = { id: 'a', name: 'A' };
    mount(el);
    await el.updateComplete;
    el.value = undefined;
    await el.updateComplete;
    expect(el.loader.status).to.equal('idle');
    expect(el.loader.value).to.equal(undefined);
  });

  describe('a document that takes a long task to validate', () => {
    /** A validator as slow as one reading a document of megabytes. */
    const slowly =
      (ms: number) =>
      (input: unknown): ValidationResult<Item> => {
        const until = performance.now() + ms;
        while (performance.now() < until) {
          // busy, as validation is
        }
        return validateItem(input);
      };

    it('shows the loading state first and renders the document in a later task, announced once', async () => {
      const el = mount(make(defineHost({ validate: slowly(SPLIT_AFTER_MS + 10) })));
      el.value = { id: 'big', name: 'Big routine' };
      await el.updateComplete;
      // The task that validated ended with the loading state on screen, not the document.
      expect(el.loader.status).to.equal('loading');
      expect(el.shadowRoot!.textContent).to.contain('loading');
      expect(el.loader.pending).to.be.instanceOf(Promise);
      await el.loader.pending;
      await el.updateComplete;
      expect(el.loader.status).to.equal('ready');
      expect(el.shadowRoot!.textContent).to.contain('Big routine');
      expect(el.settled).to.deep.equal(['ready']);
      expect(el.loader.pending).to.equal(undefined);
    });

    it('lets a value set while the first waits for its task win', async () => {
      const el = mount(make(defineHost({ validate: slowly(SPLIT_AFTER_MS + 10) })));
      el.value = { id: 'first', name: 'First' };
      await el.updateComplete;
      const first = el.loader.pending;
      el.value = { id: 'second', name: 'Second' };
      await el.updateComplete;
      await first;
      while (el.loader.pending) await el.loader.pending;
      await el.updateComplete;
      expect(el.loader.value?.name).to.equal('Second');
      expect(el.settled).to.deep.equal(['ready']);
    });

    it('renders a quickly validated value in the same update, with no loading state', async () => {
      const el = mount(make(defineHost({ validate: slowly(1) })));
      el.value = { id: 'small', name: 'Small' };
      await el.updateComplete;
      expect(el.loader.status).to.equal('ready');
      expect(el.loader.pending).to.equal(undefined);
    });

    it('fails in a later task too when the slow document is invalid, with its errors', async () => {
      const el = mount(make(defineHost({ validate: slowly(SPLIT_AFTER_MS + 10) })));
      el.value = { id: 7 };
      await el.updateComplete;
      expect(el.loader.status).to.equal('loading');
      await el.loader.pending;
      await el.updateComplete;
      expect(el.loader.status).to.equal('error');
      expect(el.loader.error?.errors.map((e) => e.path)).to.deep.equal(['id', 'name']);
      expect(el.settled).to.deep.equal(['error']);
    });
  });
});
