/**
 * Answers chosen URLs without the network, so stories can show a slow or failing server
 * deterministically: a real 404 would be a failed request in the browser (and in the story test).
 *
 * Use it from a story's `beforeEach`, which returns the cleanup:
 *   beforeEach: () => stubFetch(STUB_URLS.missing, () => new Response('', { status: 404 })),
 * Only the registered URLs are answered; every other request goes to the real `fetch`. The original
 * `fetch` comes back when the last route is released.
 */

type Handler = (request: Request) => Response | Promise<Response>;

/** Addresses that only exist inside Storybook; nothing is ever served there. */
export const STUB_URLS = {
  /** Never answers (until the caller gives up and aborts). */
  pending: '/__stories__/pending.json',
  /** Answers 404 Not Found. */
  missing: '/__stories__/missing.json',
} as const;

const routes = new Map<string, Handler>();
let original: typeof fetch | undefined;

function keyOf(url: string): string {
  const parsed = new URL(url, document.baseURI);
  return parsed.pathname;
}

const stubbed: typeof fetch = (input, init) => {
  const request = new Request(input, init);
  const handler = routes.get(keyOf(request.url));
  if (!handler) return original!(input, init);
  if (request.signal.aborted) return Promise.reject(request.signal.reason);
  return new Promise<Response>((resolve, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
    Promise.resolve(handler(request)).then(resolve, reject);
  });
};

/** Answers requests for `url` (its path, any query or fragment) with `handler`; returns the cleanup. */
export function stubFetch(url: string, handler: Handler): () => void {
  const key = keyOf(url);
  if (routes.size === 0) {
    original = globalThis.fetch;
    globalThis.fetch = stubbed;
  }
  routes.set(key, handler);
  return () => {
    if (routes.get(key) !== handler) return;
    routes.delete(key);
    if (routes.size === 0 && original) {
      globalThis.fetch = original;
      original = undefined;
    }
  };
}

/** A handler that never answers: the request stays pending until it is aborted. */
export const neverAnswer: Handler = () => new Promise<Response>(() => {});

/** A handler that answers with an HTTP status and an empty body. */
export function answerStatus(status: number, statusText: string): Handler {
  return () => new Response('', { status, statusText });
}
