// A static file server on loopback for whole-page tests; resolves to { url, close }.
import { startDevServer } from '@web/dev-server';

export async function serveStatic(rootDir, { nodeResolve = false } = {}) {
  const port = 9000 + Math.floor(Math.random() * 900);
  const server = await startDevServer({
    config: { rootDir, port, hostname: '127.0.0.1', nodeResolve },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { url: `http://127.0.0.1:${port}`, close: () => server.stop() };
}
