/**
 * DocumentLoader: the one way every element gets its JSON document in.
 *
 * There are three ways in, and the first one present wins:
 *   1. a value set by code on a property (an object),
 *   2. the `src` attribute: a URL, where `#fragment` picks one item out of a larger document via
 *      `select` (e.g. one exercise out of a routine),
 *   3. an inline child `<script type="application/json">`, which works in Markdown and CMS HTML blocks.
 *
 * The controller reads the host's inputs in `hostUpdate`, so a change is picked up in the same update
 * that renders it, and a value set by code is validated synchronously (no flash of a skeleton), unless
 * validating it took a long task (`SPLIT_AFTER_MS`): then it renders in the next task. The
 * inline script is read only once the host is connected, and while there is neither a value nor a `src`
 * a MutationObserver notices a script that a slow CMS adds later. A fetch is aborted when the input
 * changes and a request counter makes sure a late answer to a stale request is ignored: the last source
 * wins. A fetch that takes longer than `timeoutMs` becomes a load error.
 *
 * The loader never throws. Every failure becomes an `ExErrorDetail` with a sentence for the author, and
 * `onSettle` is called exactly once per new input that ends `ready` or `error`, so a host can fire
 * `ex-load`/`ex-error` without repeating them on re-render. A validator may accept a document with
 * parts left out (lenient validation); what it left out is in `warnings` for the host to report.
 *
 * The sentence is written each time `error` is read, not when the data arrived: a page that changes
 * its language after a card failed (or while its catalog was still loading) must not be left with a
 * message half in the old language.
 */
import { msg, str } from '@lit/localize';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DOCUMENT_LIMITS } from '../core/limits.js';
import { displayUrl, isSafeUrl } from '../core/safe-url.js';
import type { ValidationError, ValidationResult } from '../data/validate.js';
import type { ExErrorDetail } from './events.js';
import { uiLocale } from './locale-loader.js';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** Where the current document came from. */
export type LoadSource = 'property' | 'src' | 'inline';

/**
 * The sentences the loader shows. Defaults speak of "data"; an element passes its own wording
 * ("exercise data") so messages name what the reader expected to see. `where` is the URL as the author
 * wrote it (without the fragment), or a phrase such as "the inline JSON".
 */
export interface LoaderMessages {
  httpError(where: string, status: number, statusText: string): string;
  networkError(where: string): string;
  timeout(where: string, seconds: number): string;
  notJson(where: string): string;
  inlineNotJson(): string;
  notFound(id: string, where: string): string;
  invalid(count: number, where: string): string;
  inlineSource(): string;
  propertySource(): string;
}

/** What an element gives the loader: every sentence, the two source names optional. */
export type ElementLoaderMessages = Omit<LoaderMessages, 'inlineSource' | 'propertySource'> &
  Partial<Pick<LoaderMessages, 'inlineSource' | 'propertySource'>>;

export interface DocumentLoaderOptions<T> {
  /** Reads the value set by code (highest precedence); `undefined`/`null` means none. */
  value: () => unknown;
  /** Reads the `src` URL; empty or `undefined` means none. */
  src: () => string | undefined | null;
  /** Validates whatever arrived. Must not throw (the foundation validators never do). */
  validate: (input: unknown) => ValidationResult<T>;
  /**
   * Loads what validating `input` needs and the page may not have yet (the dosage text parser): a
   * promise to wait for, the element showing its loading state meanwhile, or `undefined` when nothing
   * is missing. Validation runs once it settles, also if it failed.
   */
  prepare?: (input: unknown) => Promise<unknown> | undefined;
  /** Picks the item named by a URL `#fragment` out of a fetched document; `undefined` when missing. */
  select?: (doc: unknown, fragment: string) => unknown;
  /**
   * Called once per input that settles as `ready` or `error`, after the host rendered it; never on
   * re-render. Hosts fire their `ex-load`/`ex-error` events here.
   */
  onSettle?: (loader: DocumentLoader<T>) => void;
  /** Milliseconds before a fetch counts as failed. Default 15 000. */
  timeoutMs?: number;
  /** The sentences shown to authors; the names of the inline and property sources have defaults. */
  messages: ElementLoaderMessages;
}

/** Fetches slower than this turn into a load error, so a card never spins forever. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * A validation that took this long (a document of megabytes) is followed by a new task before the
 * document renders, so validating and rendering are two tasks of the page rather than one long one.
 */
export const SPLIT_AFTER_MS = 50;

/**
 * Where an input came from, as messages name it. The other sentences have no default here: each
 * element words its own (`exercise data`, `the routine`), and data-loader-messages.ts has the
 * generic ones, so a page with a card does not download sentences the card never shows.
 */
const sourceNames: Pick<LoaderMessages, 'inlineSource' | 'propertySource'> = {
  inlineSource: () => msg('the inline JSON'),
  propertySource: () => msg('the value set by code'),
};

/** A failure keeps how to write its message, so the message follows a later change of language. */
interface Failure {
  kind: ExErrorDetail['kind'];
  message: () => string;
  errors: ValidationError[];
}

type Input =
  | { kind: 'none' }
  | { kind: 'property'; value: unknown }
  | { kind: 'src'; src: string }
  | { kind: 'inline'; text: string };

function sameInput(a: Input, b: Input): boolean {
  if (a.kind !== b.kind) return false;
  switch (a.kind) {
    case 'none':
      return true;
    case 'property':
      return a.value === (b as typeof a).value;
    case 'src':
      return a.src === (b as typeof a).src;
    case 'inline':
      return a.text === (b as typeof a).text;
  }
}

function isInlineJsonScript(node: Element): node is HTMLScriptElement {
  return (
    node.localName === 'script' &&
    (node.getAttribute('type') ?? '').trim().toLowerCase() === 'application/json'
  );
}

export class DocumentLoader<T> implements ReactiveController {
  /** idle (nothing to show yet) | loading | ready | error. */
  status: LoadStatus = 'idle';
  /** The validated document (or the selected item) once `ready`. */
  value: T | undefined = undefined;
  /** What went wrong once `error`, its message in the language active when it is read. */
  get error(): ExErrorDetail | undefined {
    const failure = this.#failure;
    return failure && { kind: failure.kind, message: failure.message(), errors: failure.errors };
  }
  /** What a lenient validator left out of the `ready` document (empty otherwise). */
  warnings: ValidationError[] = [];
  /** Where the current value or error came from. */
  source: LoadSource | undefined = undefined;
  /**
   * While what validation needs is loading (see `prepare`), or while a large document waits for its own
   * task to render in: settles once the document was validated and set, so a host's `updateComplete`
   * can wait for the content rather than report its loading state.
   */
  pending: Promise<void> | undefined = undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: DocumentLoaderOptions<T>;
  readonly #messages: LoaderMessages;
  #input: Input | undefined;
  #request = 0;
  #abort: AbortController | undefined;
  #observer: MutationObserver | undefined;
  #watching = false;
  #connected = false;
  #settled = false;
  #failure: Failure | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: DocumentLoaderOptions<T>) {
    this.#host = host;
    this.#options = options;
    this.#messages = { ...sourceNames, ...options.messages };
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    this.#host.requestUpdate();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#watchChildren(false);
    if (this.status === 'loading') {
      // Nobody is watching: stop the request, and start again if the element comes back.
      this.#cancel();
      this.#input = undefined;
    }
  }

  hostUpdate(): void {
    if (!this.#connected) return;
    const input = this.#readInput();
    // Only without a value or `src` can the document come from an inline script, so only then are the
    // children watched: a MutationObserver per element is a cost a page of cards need not pay.
    this.#watchChildren(input.kind === 'none' || input.kind === 'inline');
    if (this.#input && sameInput(this.#input, input)) return;
    this.#input = input;
    this.#start(input);
  }

  hostUpdated(): void {
    if (!this.#settled) return;
    this.#settled = false;
    try {
      this.#options.onSettle?.(this);
    } catch (error) {
      // A listener's mistake must not become the loader's: report it without breaking the element.
      queueMicrotask(() => {
        throw error;
      });
    }
  }

  /**
   * For server rendering (@lit-labs/ssr), which runs the host's `willUpdate` and `render` but no
   * controller callbacks, and gives the element no children to read: takes a value set by code,
   * synchronously, so the server's HTML shows the content. Does nothing once the host is connected.
   */
  prerender(): void {
    if (this.#connected || this.status !== 'idle') return;
    const value = this.#options.value();
    if (value === undefined || value === null) return;
    this.#accept(value, undefined, () => this.#messages.propertySource(), 'property');
  }

  /**
   * A host's `updateComplete` that also waits for what is `pending`: pass the host's own
   * `() => super.getUpdateComplete()`. Resolves once the document (or its error) is rendered.
   */
  async shown(hostUpdateComplete: () => Promise<boolean>): Promise<boolean> {
    let complete = await hostUpdateComplete();
    while (this.pending) {
      await this.pending;
      complete = await hostUpdateComplete();
    }
    return complete;
  }

  /**
   * Shows that a part the host needs to read its document (the player's reader of a routine written
   * as text) could not be downloaded: the same load error as a failed fetch, unless a document came.
   */
  failedToLoad(where: string): void {
    if (this.status !== 'ready') this.#fail('load', () => this.#messages.networkError(where));
  }

  /** Loads the current input again, e.g. after a network error. */
  reload(): void {
    this.#input = undefined;
    this.#host.requestUpdate();
  }

  /** Starts or stops noticing an inline script that a CMS adds, or fills in, after the element upgraded. */
  #watchChildren(on: boolean): void {
    if (on === this.#watching || typeof MutationObserver === 'undefined') return;
    this.#watching = on;
    if (!on) {
      this.#observer?.disconnect();
      return;
    }
    this.#observer ??= new MutationObserver(() => {
      if (this.#readInput().kind === 'inline' || this.#input?.kind === 'inline') this.#host.requestUpdate();
    });
    this.#observer.observe(this.#host, { childList: true, subtree: true, characterData: true });
  }

  #readInput(): Input {
    const value = this.#options.value();
    if (value !== undefined && value !== null) return { kind: 'property', value };
    const src = this.#options.src()?.trim();
    if (src) return { kind: 'src', src };
    const script = Array.from(this.#host.children).find(isInlineJsonScript);
    const text = script?.textContent?.trim();
    if (text) return { kind: 'inline', text };
    return { kind: 'none' };
  }

  #start(input: Input): void {
    this.#cancel();
    const request = ++this.#request;
    switch (input.kind) {
      case 'none':
        this.#set('idle', undefined, undefined, undefined);
        return;
      case 'property':
        this.#accept(input.value, undefined, () => this.#messages.propertySource(), 'property');
        return;
      case 'inline':
        this.#acceptText(input.text, undefined, () => this.#messages.inlineSource(), 'inline');
        return;
      case 'src':
        this.#set('loading', undefined, undefined, 'src');
        void this.#fetch(input.src, request);
    }
  }

  async #fetch(src: string, request: number): Promise<void> {
    const hashAt = src.indexOf('#');
    const url = hashAt >= 0 ? src.slice(0, hashAt) : src;
    // Messages print the address escaped and isolated (core/safe-url.ts), and only http(s) or relative
    // addresses are fetched: the same rule as for addresses in the data.
    const where = displayUrl(url);
    if (!isSafeUrl(url)) {
      this.#fail('load', () =>
        msg(str`Could not load data from ${where}: only https:, http: and relative addresses are read.`),
      );
      return;
    }
    let fragment: string | undefined;
    if (hashAt >= 0) {
      const raw = src.slice(hashAt + 1);
      try {
        fragment = decodeURIComponent(raw);
      } catch {
        fragment = raw;
      }
    }
    const abort = new AbortController();
    this.#abort = abort;
    const timeoutMs = this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      abort.abort();
    }, timeoutMs);
    const stale = () => request !== this.#request;
    try {
      let response: Response;
      try {
        response = await fetch(url, { signal: abort.signal, credentials: 'same-origin' });
      } catch {
        if (stale()) return;
        this.#fail('load', () =>
          timedOut
            ? this.#messages.timeout(where, Math.round(timeoutMs / 100) / 10)
            : this.#messages.networkError(where),
        );
        return;
      }
      if (stale()) return;
      if (!response.ok) {
        const { status, statusText } = response;
        this.#fail('load', () => this.#messages.httpError(where, status, statusText));
        return;
      }
      let text: string;
      try {
        text = await response.text();
      } catch {
        if (stale()) return;
        this.#fail('load', () =>
          timedOut
            ? this.#messages.timeout(where, Math.round(timeoutMs / 100) / 10)
            : this.#messages.networkError(where),
        );
        return;
      }
      if (stale()) return;
      this.#acceptText(text, fragment, () => where, 'src');
    } finally {
      clearTimeout(timer);
      if (this.#abort === abort) this.#abort = undefined;
    }
  }

  #acceptText(text: string, fragment: string | undefined, where: () => string, source: LoadSource): void {
    if (text.length > DOCUMENT_LIMITS.maxDocumentBytes) {
      // Refused before parsing: no page needs more, and parsing and validating more would freeze it.
      this.source = source;
      this.#fail('too-large', () => {
        const mb = new Intl.NumberFormat(uiLocale()).format(DOCUMENT_LIMITS.maxDocumentBytes / 1e6);
        return msg(str`The data from ${where()} is too large to show: the most it can be is ${mb} MB.`);
      });
      return;
    }
    let doc: unknown;
    try {
      doc = JSON.parse(text);
    } catch {
      this.source = source;
      this.#fail('parse', () =>
        source === 'inline' ? this.#messages.inlineNotJson() : this.#messages.notJson(where()),
      );
      return;
    }
    this.#accept(doc, fragment, where, source);
  }

  #accept(doc: unknown, fragment: string | undefined, where: () => string, source: LoadSource): void {
    this.source = source;
    let input = doc;
    if (fragment) {
      try {
        input = this.#options.select ? this.#options.select(doc, fragment) : undefined;
      } catch {
        input = undefined;
      }
      if (input === undefined || input === null) {
        const id = displayUrl(fragment);
        this.#fail('not-found', () => this.#messages.notFound(id, where()));
        return;
      }
    }
    const missing = this.#options.prepare?.(input);
    if (missing) {
      const request = this.#request;
      this.#set('loading', undefined, undefined, source);
      const validate = () => {
        if (request === this.#request) this.#validate(input, where, source);
      };
      this.#wait(missing.then(validate, validate));
      return;
    }
    this.#validate(input, where, source);
  }

  #validate(input: unknown, where: () => string, source: LoadSource): void {
    let result: ValidationResult<T>;
    const started = performance.now();
    try {
      result = this.#options.validate(input);
    } catch {
      result = { ok: false, errors: [{ path: '', message: 'could not be read as JSON data' }] };
    }
    if (this.#connected && performance.now() - started >= SPLIT_AFTER_MS) {
      // A document this large took a long task to validate; rendering it in the same task would make
      // that task longer still. Show the loading state and render in a task of its own, so the page
      // can paint and answer input in between.
      const request = this.#request;
      this.#set('loading', undefined, undefined, source);
      const shown = new Promise<void>((resolve) => setTimeout(resolve, 0)).then(() => {
        if (request === this.#request) this.#apply(result, where, source);
      });
      this.#wait(shown);
      return;
    }
    this.#apply(result, where, source);
  }

  /** `pending` is `work` until it settles (or a later wait replaces it). */
  #wait(work: Promise<void>): void {
    this.pending = work;
    void work.then(() => {
      if (this.pending === work) this.pending = undefined;
    });
  }

  #apply(result: ValidationResult<T>, where: () => string, source: LoadSource): void {
    if (result.ok) {
      this.#set('ready', result.value, undefined, source);
      this.warnings = result.warnings ?? [];
      this.#settle();
    } else {
      const { errors } = result;
      this.#fail('invalid', () => this.#messages.invalid(errors.length, where()), errors);
    }
  }

  #fail(kind: ExErrorDetail['kind'], message: () => string, errors: ValidationError[] = []): void {
    this.#set('error', undefined, { kind, message, errors }, this.source);
    this.#settle();
  }

  #set(
    status: LoadStatus,
    value: T | undefined,
    failure: Failure | undefined,
    source: LoadSource | undefined,
  ) {
    this.status = status;
    this.value = value;
    this.#failure = failure;
    this.warnings = [];
    this.source = source;
    this.#host.requestUpdate();
  }

  /**
   * Settling is announced after the host has rendered it (in `hostUpdated`): listeners see the new
   * content, and a listener that sets a property starts a fresh update instead of one Lit would drop.
   */
  #settle(): void {
    this.#settled = true;
    this.#host.requestUpdate();
  }

  #cancel(): void {
    this.#request++;
    this.#settled = false;
    this.#abort?.abort();
    this.#abort = undefined;
  }
}
