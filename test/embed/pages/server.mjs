// A tiny HTTP server for the whole-page embed tests. It serves the repository (so /dist, /examples and
// /node_modules are reachable, as on a real host) and adds what a static server cannot:
//  - response headers per page (a strict Content-Security-Policy as a real header, not a <meta>),
//  - a second URL for the drop-in bundle (/plugins/second-copy/exercise-elements.js), as a second
//    WordPress plugin would ship its own copy,
//  - pages and bundles built by the tests in memory (`server.put(path, body, type)`),
//  - a delayed answer for any URL with `?delay=<ms>`.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; " +
  "base-uri 'none'; require-trusted-types-for 'script'";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json; charset=utf-8',
};

const ALIASES = { '/plugins/second-copy/exercise-elements.js': '/dist/cdn/exercise-elements.js' };

/**
 * Starts the server on a free loopback port.
 * @param {{ headers?: (url: URL) => Record<string, string> }} [options] extra headers for a request
 */
export async function startEmbedServer({ headers = () => ({}) } = {}) {
  const memory = new Map();
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const extra = headers(url);
    // `?delay=ms` holds the answer back, e.g. so a page paints its server-rendered HTML before scripts run.
    const delay = Number(url.searchParams.get('delay') ?? 0);
    if (delay > 0) await new Promise((done) => setTimeout(done, Math.min(delay, 5000)));
    try {
      const stored = memory.get(url.pathname);
      if (stored) {
        response.writeHead(200, { 'content-type': stored.type, 'cache-control': 'no-store', ...extra });
        response.end(stored.body);
        return;
      }
      const path = ALIASES[url.pathname] ?? decodeURIComponent(url.pathname);
      const file = normalize(join(REPO_ROOT, path));
      if (!file.startsWith(REPO_ROOT)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      const body = await readFile(file);
      response.writeHead(200, {
        'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
        'cache-control': 'no-store',
        ...extra,
      });
      response.end(body);
    } catch (error) {
      response.writeHead(error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500, {
        'content-type': 'text/plain',
      });
      response.end(String(error.code ?? error));
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}`,
    /** Serves `body` at `path` (e.g. a page rendered by the test). */
    put(path, body, type = TYPES[extname(path)] ?? 'text/plain') {
      memory.set(path, { body, type });
    },
    close: () => new Promise((done) => server.close(done)),
  };
}
