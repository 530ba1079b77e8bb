// Where the time of bench figure "a" goes (render N cards vs the vanilla floor), after `npm run build`.
//
//   node bench/profile-render.mjs                  ratio only: 100 and 1000 cards, 7 runs, medians
//   node bench/profile-render.mjs --profile        also a CPU profile of one 1000-card render each
//   options: --runs=N  --counts=100,1000  --top=N  --profile-count=N (cards in the profiled render, 1000)
//
// The ratio is taken exactly as bench/run.mjs takes figure a: a fresh page per run, the drop-in bundle
// (dist/cdn/exercise-elements.all.js), from the first createElement to every card's updateComplete plus a
// forced layout, card and floor alternating. Each run also splits the time into script (until
// updateComplete) and style + layout (the forced `offsetHeight`).
//
// For --profile the drop-in bundle is swapped (page.route) for an unminified esbuild bundle of the same
// entry, so the profile shows our function names; self time per function is summed over a CDP
// `Profiler` sample, and CDP `Performance` metrics give script, style and layout totals.
import { build } from 'esbuild';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../test/support/static-server.mjs';
import { benchExercises } from './free-exercise-db.mjs';
import { renderCardsInPage } from './render-in-page.mjs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const option = (name, fallback) => {
  const found = process.argv.find((arg) => arg.startsWith(`--${name}=`));
  return found ? found.slice(name.length + 3) : fallback;
};
const RUNS = Number(option('runs', 7));
const COUNTS = option('counts', '100,1000').split(',').map(Number);
const TOP = Number(option('top', 30));
const PROFILE = process.argv.includes('--profile');
const PROFILE_COUNT = Number(option('profile-count', 1000));

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const ms = (value) => `${value.toFixed(1)} ms`;

async function unminifiedBundle() {
  const result = await build({
    entryPoints: [join(ROOT, 'src/cdn/exercise-elements.all.ts')],
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    minify: false,
    conditions: ['production', 'browser', 'default'],
    tsconfig: join(ROOT, 'tsconfig.json'),
    // Locale catalogs are lazy imports; the bench page is English and never asks for them.
    splitting: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

async function openPage(context, server, bundle) {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  if (bundle) {
    await page.route('**/dist/cdn/exercise-elements.all.js', (route) =>
      route.fulfill({ contentType: 'text/javascript', body: bundle }),
    );
  }
  await page.goto(`${server.url}/bench/pages/bench.html`);
  await page.evaluate(async () => {
    await Promise.all(['exercise-card', 'vanilla-card'].map((t) => customElements.whenDefined(t)));
    const card = customElements.get('exercise-card');
    customElements.get('vanilla-card').useStylesOf(card.elementStyles.map((s) => s.cssText).join('\n'));
  });
  return { page, errors };
}

async function renderOnce(context, server, tag, exercises, bundle) {
  const { page, errors } = await openPage(context, server, bundle);
  // The main thread's CPU time (CDP ThreadTime) is steadier than wall time on a shared machine.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const threadTime = async () =>
    (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'ThreadTime').value * 1000;
  // The exercises go in first, so their transfer is not counted as the render's CPU time.
  await page.evaluate((exercises) => (window.benchExercises = exercises), exercises);
  const before = await threadTime();
  const result = await page.evaluate(renderCardsInPage, { tag });
  result.cpu = (await threadTime()) - before;
  await page.close();
  if (!result.ok || errors.length) throw new Error(`${tag} did not render cleanly: ${errors.join('; ')}`);
  return result;
}

async function ratio(browser, server, count) {
  const exercises = benchExercises(count);
  const runs = { 'exercise-card': [], 'vanilla-card': [] };
  const context = await browser.newContext();
  await renderOnce(context, server, 'exercise-card', exercises.slice(0, 20)); // warm the HTTP cache
  for (let run = 0; run < RUNS; run++) {
    const order = run % 2 ? ['vanilla-card', 'exercise-card'] : ['exercise-card', 'vanilla-card'];
    for (const tag of order) runs[tag].push(await renderOnce(context, server, tag, exercises));
  }
  await context.close();
  const summary = (tag) => ({
    rendered: median(runs[tag].map((r) => r.rendered)),
    script: median(runs[tag].map((r) => r.script)),
    layout: median(runs[tag].map((r) => r.layout)),
    cpu: median(runs[tag].map((r) => r.cpu)),
    all: runs[tag].map((r) => r.rendered),
  });
  const card = summary('exercise-card');
  const floor = summary('vanilla-card');
  return { count, card, floor, ratio: card.rendered / floor.rendered, cpuRatio: card.cpu / floor.cpu };
}

const frameKey = ({ functionName, url, lineNumber }) => {
  const file = url ? url.split('/').pop() : '';
  return `${functionName || '(anonymous)'}  ${file}${file ? `:${lineNumber + 1}` : ''}`;
};

/**
 * Self time per function (name and source position) from a CDP profile, largest first; and total
 * time (self plus callees, each sample counted once per function) for the functions of our bundle.
 */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const self = new Map();
  const inclusive = new Map();
  const { samples, timeDeltas } = profile;
  for (let i = 0; i < samples.length; i++) {
    const time = (timeDeltas[i] ?? 0) / 1000;
    const key = frameKey(byId.get(samples[i]).callFrame);
    self.set(key, (self.get(key) ?? 0) + time);
    const seen = new Set();
    for (let id = samples[i]; id !== undefined; id = parent.get(id)) {
      const { callFrame } = byId.get(id);
      if (!callFrame.url.includes('exercise-elements')) continue;
      const name = frameKey(callFrame);
      if (seen.has(name)) continue;
      seen.add(name);
      inclusive.set(name, (inclusive.get(name) ?? 0) + time);
    }
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const sorted = (map) => [...map].sort((a, b) => b[1] - a[1]);
  return { total, rows: sorted(self), inclusive: sorted(inclusive) };
}

async function profileOnce(browser, server, tag, exercises, bundle) {
  const context = await browser.newContext();
  const { page, errors } = await openPage(context, server, bundle);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  const metrics = async () =>
    Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const before = await metrics();
  await cdp.send('Profiler.start');
  const result = await page.evaluate(renderCardsInPage, { tag, exercises });
  const { profile } = await cdp.send('Profiler.stop');
  const after = await metrics();
  await context.close();
  if (!result.ok || errors.length) throw new Error(`${tag} did not render cleanly: ${errors.join('; ')}`);
  const delta = (key) => (after[key] - before[key]) * 1000;
  return {
    result,
    self: selfTimes(profile),
    metrics: {
      script: delta('ScriptDuration'),
      style: delta('RecalcStyleDuration'),
      layout: delta('LayoutDuration'),
      task: delta('TaskDuration'),
    },
  };
}

async function main() {
  if (!existsSync(join(ROOT, 'dist/cdn/exercise-elements.all.js')))
    throw new Error('run `npm run build` first');
  const server = await serveStatic(ROOT);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-sync'],
  });
  try {
    for (const count of COUNTS) {
      const r = await ratio(browser, server, count);
      console.log(
        `render ${count}: card ${ms(r.card.rendered)} (script ${ms(r.card.script)}, style+layout ${ms(r.card.layout)})` +
          ` vs floor ${ms(r.floor.rendered)} (script ${ms(r.floor.script)}, style+layout ${ms(r.floor.layout)})` +
          ` = ${r.ratio.toFixed(2)}×; main-thread CPU ${ms(r.card.cpu)} vs ${ms(r.floor.cpu)} = ${r.cpuRatio.toFixed(2)}×` +
          `  [card runs ${r.card.all.map((t) => t.toFixed(0)).join(' ')};` +
          ` floor runs ${r.floor.all.map((t) => t.toFixed(0)).join(' ')}]`,
      );
    }
    if (PROFILE) {
      const bundle = await unminifiedBundle();
      const exercises = benchExercises(PROFILE_COUNT);
      for (const tag of ['exercise-card', 'vanilla-card']) {
        await profileOnce(browser, server, tag, exercises.slice(0, 20), bundle); // warm up the cache
        const { result, self, metrics } = await profileOnce(browser, server, tag, exercises, bundle);
        console.log(
          `\n<${tag}> ${PROFILE_COUNT} cards, unminified: ${ms(result.rendered)}; CDP script ${ms(metrics.script)},` +
            ` style ${ms(metrics.style)}, layout ${ms(metrics.layout)}; sampled ${ms(self.total)}`,
        );
        const print = (rows) => {
          for (const [name, time] of rows.slice(0, TOP)) {
            const share = ((time / self.total) * 100).toFixed(1);
            console.log(`  ${time.toFixed(1).padStart(7)} ms  ${share.padStart(5)} %  ${name}`);
          }
        };
        console.log('self time:');
        print(self.rows);
        if (self.inclusive.length) console.log('total time (self + callees), our bundle:');
        print(self.inclusive);
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
