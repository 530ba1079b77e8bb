// `npm start` serves the demo: the pages, the drop-in bundle and the examples answer on the dev server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';

test('the demo server serves the blog, clinic and playground pages, the bundle and the examples', async () => {
  const port = 8700 + Math.floor(Math.random() * 200);
  const server = spawn(process.execPath, ['scripts/serve-demo.mjs'], {
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('demo server did not start')), 20_000);
      server.stdout.on('data', (chunk) => {
        if (String(chunk).includes(`localhost:${port}`)) {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    const base = `http://localhost:${port}`;
    const root = await fetch(`${base}/`, { redirect: 'manual' });
    assert.equal(root.headers.get('location'), '/demo/');
    for (const [path, needle] of [
      ['/demo/blog.html', '/dist/cdn/exercise-elements.js'],
      ['/demo/clinic.html', 'clinic.js'],
      ['/demo/playground.html', 'playground.js'],
      ['/dist/cdn/exercise-elements.js', 'exercise-card'],
      ['/examples/hip-routine-radiating-pain.json', 'knee-wags'],
      ['/schema/routine.schema.json', '2020-12'],
    ]) {
      const response = await fetch(base + path);
      assert.equal(response.status, 200, path);
      assert.ok((await response.text()).includes(needle), `${path} lacks ${needle}`);
    }
  } finally {
    server.kill();
  }
});
