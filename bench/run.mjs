// `npm run bench` (after `npm run build`): the performance figures of issue 9, measured in Debian's
// Chromium through playwright-core. Every comparison runs side by side in this one run, several times,
// and reports the median. Prints a table and writes bench/results.md with the date and the machine.
// Set BENCH_QUICK=1 for a short smoke run (fewer runs, shorter windows; figures are then rough).
import { execSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { serveStatic } from '../test/support/static-server.mjs';
import { brotliSize } from '../scripts/size.mjs';
import { benchExercises } from './free-exercise-db.mjs';
import { renderCardsInPage } from './render-in-page.mjs';
import { benchLargestDocuments, largestDocumentRows } from './largest-documents.mjs';
import { BLOG_PAGE, benchLighthouse, meetsGoal } from './lighthouse.mjs';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const QUICK = process.env.BENCH_QUICK === '1';
const RENDER_RUNS = QUICK ? 3 : 7;
const CPU_WINDOW_MS = QUICK ? 10_000 : 45_000;
const CYCLES = 1000;
const LIGHTHOUSE_RUNS = QUICK ? 1 : 3;
const HIDDEN_FROM_MS = 200_000;
const HIDDEN_FOR_MS = 150_000;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fixed = (value, digits = 1) => Number(value).toFixed(digits);

/** A routine of timed holds only (no rep gates), so the player runs 11 minutes on its own. */
const TIMED_ROUTINE = {
  id: 'bench-timed',
  title: 'Ten timed minutes',
  sections: [
    {
      id: 'main',
      title: 'Holds',
      kind: 'main',
      items: Array.from({ length: 5 }, (_, i) => ({ ref: i % 2 ? 'side-plank' : 'plank' })),
    },
  ],
  exercises: {
    plank: { id: 'plank', name: 'Plank', dosage: '3 sets, hold 30 s, rest 15 s' },
    'side-plank': { id: 'side-plank', name: 'Side plank', dosage: '2 sets, hold 20 s each side, rest 15 s' },
  },
};

function launch() {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--js-flags=--expose-gc', '--no-first-run', '--disable-sync'],
  });
}

async function openBenchPage(context, path = '/bench/pages/bench.html') {
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
  await page.goto(`${server.url}${path}`);
  await page.evaluate(async () => {
    const defined = Promise.all(
      ['exercise-card', 'rep-counter', 'routine-player'].map((t) => customElements.whenDefined(t)),
    );
    // Fail rather than hang when dist/ is missing or being rebuilt under us.
    const late = new Promise((_, fail) =>
      setTimeout(() => fail(new Error('elements not defined in 15 s')), 15_000),
    );
    await Promise.race([defined, late]);
    const card = customElements.get('exercise-card');
    const cssText = card.elementStyles.map((s) => s.cssText).join('\n');
    for (const copy of ['vanilla-card', 'lit-card']) {
      if (customElements.get(copy)) customElements.get(copy).useStylesOf(cssText);
    }
  });
  return { page, errors };
}

// ---- a. render N cards vs the vanilla floor ---------------------------------------------------------

async function renderOnce(context, tag, exercises) {
  const { page, errors } = await openBenchPage(context);
  const result = await page.evaluate(renderCardsInPage, { tag, exercises });
  await page.close();
  if (!result.ok || errors.length) throw new Error(`${tag} did not render cleanly: ${errors.join('; ')}`);
  return result;
}

async function benchRender(browser, count) {
  const exercises = benchExercises(count);
  const times = { 'exercise-card': [], 'lit-card': [], 'vanilla-card': [] };
  const nodes = {};
  const context = await browser.newContext();
  await renderOnce(context, 'exercise-card', exercises.slice(0, 20)); // warm the HTTP cache
  for (let run = 0; run < RENDER_RUNS; run++) {
    // Rotate which goes first, so none always gets the warmer machine.
    const kinds = ['exercise-card', 'lit-card', 'vanilla-card'];
    const order = [...kinds.slice(run % 3), ...kinds.slice(0, run % 3)];
    for (const tag of order) {
      const result = await renderOnce(context, tag, exercises);
      times[tag].push(result.rendered);
      nodes[tag] = result.nodes;
    }
  }
  await context.close();
  const card = median(times['exercise-card']);
  const lit = median(times['lit-card']);
  const floor = median(times['vanilla-card']);
  return { count, card, lit, floor, ratio: card / floor, litRatio: lit / floor, nodes };
}

// ---- b. player timer drift on a virtual clock ----------------------------------------------------------

async function benchDrift(browser) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.clock.install({ time: new Date('2025-01-06T09:00:00Z') });
  await page.goto(`${server.url}/bench/pages/bench.html`);
  await page.evaluate(async (routine) => {
    await customElements.whenDefined('routine-player');
    let hidden = false;
    Object.defineProperty(document, 'visibilityState', {
      configurable: true,
      get: () => (hidden ? 'hidden' : 'visible'),
    });
    Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
    window.__setHidden = (value) => {
      hidden = value;
      document.dispatchEvent(new Event('visibilitychange'));
    };
    const player = document.createElement('routine-player');
    player.setAttribute('no-persist', '');
    for (const cue of ['beeps', 'voice', 'vibrate']) player.setAttribute(cue, 'off');
    player.routine = routine;
    document.querySelector('#stage').append(player);
    await player.updateComplete;
    player.start();
    await player.updateComplete;
    if (player.state.status !== 'running') throw new Error(`the player did not start: ${player.phase}`);
  }, TIMED_ROUTINE);
  const sample = () =>
    page.evaluate(() => {
      const { state } = document.querySelector('routine-player');
      const done = state.timeline
        .slice(0, state.index)
        .reduce((ms, step) => ms + step.durationSeconds * 1000, 0);
      const running = state.status === 'running' ? Date.now() - state.stepStartedAt : 0;
      const planned = state.timeline.reduce((ms, step) => ms + (step.durationSeconds ?? NaN) * 1000, 0);
      return {
        status: state.status,
        position: done + state.elapsedBeforePause + running,
        wall: (state.completedAt ?? Date.now()) - state.startedAt,
        planned,
      };
    });
  const first = await sample();
  if (!Number.isFinite(first.planned)) throw new Error('the drift routine has a step without a fixed length');
  // Timers fire late by a random 0–1.5 s each time (fastForward fires due timers once, at the new time),
  // as a busy main thread would make them; then the page is hidden for HIDDEN_FOR_MS with no timer at all.
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let maxDrift = 0;
  let elapsed = 0;
  let hiddenDone = false;
  let last = first;
  while (last.status !== 'complete' && elapsed < first.planned + 60_000) {
    if (!hiddenDone && elapsed >= HIDDEN_FROM_MS) {
      await page.evaluate(() => window.__setHidden(true));
      await page.clock.fastForward(HIDDEN_FOR_MS);
      await page.evaluate(() => window.__setHidden(false));
      elapsed += HIDDEN_FOR_MS;
      hiddenDone = true;
    } else {
      const step = Math.round(500 + random() * 1500);
      await page.clock.fastForward(step);
      elapsed += step;
    }
    last = await sample();
    if (last.status === 'running') maxDrift = Math.max(maxDrift, Math.abs(last.position - last.wall));
  }
  const endDrift = last.status === 'complete' ? Math.abs(last.wall - first.planned) : NaN;
  await context.close();
  if (errors.length) throw new Error(`player errors: ${errors.join('; ')}`);
  return { planned: first.planned, maxDrift, endDrift, status: last.status };
}

// ---- c. main-thread cost of a running player -------------------------------------------------------------

async function cpuPage(browser, mode) {
  const context = await browser.newContext();
  const { page, errors } = await openBenchPage(context);
  await page.evaluate(
    async ({ routine, start }) => {
      // Long tasks of the measured stretch only: the page's set-up and first render come before it.
      window.__longTasks = 0;
      window.__measureFrom = Infinity;
      new PerformanceObserver((list) => {
        const during = list.getEntries().filter((entry) => entry.startTime >= window.__measureFrom);
        window.__longTasks += during.length;
      }).observe({ type: 'longtask' });
      const player = document.createElement('routine-player');
      player.setAttribute('no-persist', '');
      for (const cue of ['beeps', 'voice', 'vibrate']) player.setAttribute(cue, 'off');
      player.routine = routine;
      document.querySelector('#stage').append(player);
      await player.updateComplete;
      if (player.status !== 'ready') throw new Error(`the player is ${player.status}`);
      window.__measureFrom = performance.now();
      if (start) player.start();
    },
    { routine: TIMED_ROUTINE, start: mode === 'running' },
  );
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const read = async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return Object.fromEntries(metrics.map(({ name, value }) => [name, value]));
  };
  return { context, page, errors, cdp, read };
}

async function benchCpu(browser) {
  const pages = { running: await cpuPage(browser, 'running'), idle: await cpuPage(browser, 'idle') };
  const before = { running: await pages.running.read(), idle: await pages.idle.read() };
  await new Promise((done) => setTimeout(done, CPU_WINDOW_MS));
  const result = {};
  for (const [mode, { read, page, context, errors }] of Object.entries(pages)) {
    const after = await read();
    const perMinute = (key) => ((after[key] - before[mode][key]) * 1000 * 60_000) / CPU_WINDOW_MS;
    result[mode] = {
      script: perMinute('ScriptDuration'),
      task: perMinute('TaskDuration'),
      style: perMinute('RecalcStyleDuration'),
      layout: perMinute('LayoutDuration'),
      longTasks: await page.evaluate(() => window.__longTasks),
      phase: await page.evaluate(() => document.querySelector('routine-player').phase),
    };
    await context.close();
    if (errors.length) throw new Error(`player errors: ${errors.join('; ')}`);
  }
  return result;
}

// ---- d. memory over 1000 mount/unmount cycles -------------------------------------------------------------

/**
 * Counts the page's live timers: a timeout or animation frame from when it is set until it runs or is
 * cleared, an interval until it is cleared. Installed before any page script, so the elements' own
 * timers are counted.
 */
function countLiveTimers() {
  const live = new Set();
  const wrap = (setName, clearName, once) => {
    const set = window[setName];
    const clear = window[clearName];
    window[setName] = function (callback, ...rest) {
      const key = {};
      const run =
        typeof callback === 'function' && once
          ? function (...args) {
              live.delete(key);
              return callback.apply(this, args);
            }
          : callback;
      const id = set.call(window, run, ...rest);
      key.id = `${setName}:${id}`;
      live.add(key);
      return id;
    };
    window[clearName] = function (id) {
      for (const key of live) if (key.id === `${setName}:${id}`) live.delete(key);
      return clear.call(window, id);
    };
  };
  wrap('setTimeout', 'clearTimeout', true);
  wrap('setInterval', 'clearInterval', false);
  wrap('requestAnimationFrame', 'cancelAnimationFrame', true);
  window.__liveTimers = () => live.size;
}

async function benchMemory(browser) {
  const context = await browser.newContext();
  await context.addInitScript(countLiveTimers);
  const { page, errors } = await openBenchPage(context);
  const cdp = await context.newCDPSession(page);
  const [exercise] = benchExercises(1);
  const heap = async () => {
    await page.evaluate(async () => {
      await new Promise((done) => setTimeout(done, 50));
      for (let i = 0; i < 3; i++) window.gc();
    });
    return (await cdp.send('Runtime.getHeapUsage')).usedSize;
  };
  const listeners = async () => {
    let count = 0;
    for (const expression of ['window', 'document']) {
      const { result } = await cdp.send('Runtime.evaluate', { expression });
      count += (await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId })).listeners
        .length;
    }
    return count;
  };
  const cycle = (tag, times) =>
    page.evaluate(
      async ({ tag, times, exercise, routine }) => {
        const stage = document.querySelector('#stage');
        for (let i = 0; i < times; i++) {
          const element = document.createElement(tag);
          if (tag === 'exercise-card') element.exercise = exercise;
          if (tag === 'rep-counter') element.setAttribute('target', '10');
          if (tag === 'routine-player') {
            element.setAttribute('no-persist', '');
            element.routine = routine;
          }
          stage.append(element);
          await element.updateComplete;
          element.remove();
        }
      },
      { tag, times, exercise, routine: TIMED_ROUTINE },
    );
  const result = {};
  for (const tag of ['exercise-card', 'rep-counter', 'routine-player']) {
    await cycle(tag, 20); // warm up: caches, compiled code, the locale setup
    const heapBefore = await heap();
    const listenersBefore = await listeners();
    const timersBefore = await page.evaluate(() => window.__liveTimers());
    await cycle(tag, CYCLES);
    result[tag] = {
      growth: (await heap()) - heapBefore,
      listeners: (await listeners()) - listenersBefore,
      timers: (await page.evaluate(() => window.__liveTimers())) - timersBefore,
    };
  }
  await context.close();
  if (errors.length) throw new Error(`errors while cycling: ${errors.join('; ')}`);
  return result;
}

// ---- bytes for a page with one card -------------------------------------------------------------------

async function benchBytes(browser) {
  const result = {};
  for (const variant of ['autoload', 'bundle']) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts = new Set();
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (path.endsWith('.js')) scripts.add(path);
    });
    await page.goto(`${server.url}/bench/pages/one-card-${variant}.html`);
    await page.waitForFunction(() =>
      document.querySelector('exercise-card')?.shadowRoot?.querySelector('article'),
    );
    await page.waitForTimeout(300);
    await context.close();
    const files = [...scripts].map((path) => readFileSync(join(ROOT, path)));
    result[variant] = {
      files: scripts.size,
      min: files.reduce((sum, file) => sum + file.length, 0),
      brotli: files.reduce((sum, file) => sum + brotliSize(file), 0),
    };
  }
  return result;
}

// ---- run, print, write ----------------------------------------------------------------------------------

function machine(browserVersion) {
  const run = (command) => execSync(command, { encoding: 'utf8' }).trim();
  return {
    date: run('date'),
    nproc: run('nproc'),
    memory: run('free -h'),
    cpu: run("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").trim(),
    chromium: run('/usr/bin/chromium --version 2>/dev/null || true') || `Chromium ${browserVersion}`,
    node: process.version,
    load: run('cat /proc/loadavg'),
  };
}

const kb = (bytes) => `${fixed(bytes / 1024)} KB`;

const verdict = (ok) => (ok ? 'met' : 'NOT met');

/** How figure e was taken, for results.md. */
function lighthouseMethod(lighthouse) {
  if (lighthouse.error)
    return `Lighthouse failed, so this run has no page score: ${lighthouse.error.message}`;
  const bundle = readFileSync(join(ROOT, 'dist/cdn/exercise-elements.all.js'));
  return [
    `Lighthouse ${lighthouse.version} (its CLI, one process and a fresh Debian Chromium per run, headless) on ${BLOG_PAGE}, categories performance and accessibility, mobile preset (its default: moto g power screen, simulated slow 4G at 150 ms RTT and 1.6 Mbps, 4× CPU slowdown).`,
    `The page and its files are served brotli-compressed, as a blog host or CDN sends them (bench/lighthouse.mjs): the drop-in bundle travels as ${kb(brotliSize(bundle))} (${kb(bundle.length)} uncompressed).`,
    `${lighthouse.runs.length} run(s); each figure is the median of its own values. Lighthouse's CPU benchmark index (median of the runs) was ${fixed(lighthouse.benchmarkIndex, 0)}; it drops when other work competes for the CPUs, and the 4× slowdown comes on top, which lengthens TBT.`,
    `Audits that cost points (runs they failed in): ${lighthouse.failing.join(', ') || 'none'}.`,
  ].join(' ');
}

/** Figure a: ours and the bare Lit copy, each over the vanilla floor (issue 19: ours ≤ 1.5× at 1000). */
const renderRow = (r) => [
  `a. render ${r.count} cards vs vanilla floor`,
  `card ${fixed(r.card)} ms = ${fixed(r.ratio, 2)}×; bare Lit copy ${fixed(r.lit)} ms = ${fixed(r.litRatio, 2)}×; floor ${fixed(r.floor)} ms`,
  r.count === 1000 ? 'card ≤ 1.5×' : '—',
  r.count === 1000 ? verdict(r.ratio <= 1.5) : '—',
];

/** How figure a is taken, for results.md. */
const renderMethod = (render) =>
  `- **a.** Median of ${RENDER_RUNS} runs, each in a fresh page, the three kinds in rotating order. From the first \`createElement\` to every element's \`updateComplete\` plus a forced style and layout. Exercises: the seed exercises of examples/*.json (without media) then free-exercise-db entries (bench/free-exercise-db.mjs), passed as the \`exercise\` property. The floor is bench/pages/vanilla-card.js: the same shadow DOM by hand, the card's own stylesheet, but no validation, dosage parsing or localization. The bare Lit copy is bench/pages/lit-card.js: the same DOM as one LitElement template, the same stylesheet, nothing else (Lit's production build from node_modules); the card over it is what our code costs, it over the floor is what Lit costs. Shadow elements for the last run: card ${render.map((r) => r.nodes['exercise-card']).join(' / ')}, Lit copy ${render.map((r) => r.nodes['lit-card']).join(' / ')}, floor ${render.map((r) => r.nodes['vanilla-card']).join(' / ')} (100 / 1000 cards).`;

/**
 * `BENCH_ONLY=render`: figure a alone (a minute, not ten), printed and written into its own section of
 * bench/results.md, in place of that section from an earlier such run; the rest of the file stays.
 */
async function renderOnly(browser) {
  const render = [];
  for (const count of [100, 1000]) {
    process.stderr.write(`a. render ${count}…\n`);
    render.push(await benchRender(browser, count));
  }
  const info = machine(browser.version());
  const rows = render.map(renderRow);
  for (const r of rows) console.log(r.join('  '));
  const title = '## Rendering alone (`BENCH_ONLY=render npm run bench`)';
  const section = [
    title,
    '',
    `- Date: ${info.date}; ${info.nproc} CPUs (${info.cpu}), Node ${info.node}, ${info.chromium}, headless; load average at the end: ${info.load}.`,
    '',
    '| measure | figure | goal | |',
    '| --- | --- | --- | --- |',
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
    renderMethod(render),
    '',
  ].join('\n');
  const file = join(ROOT, 'bench/results.md');
  const old = readFileSync(file, 'utf8');
  const at = old.indexOf(title);
  const next = at < 0 ? -1 : old.indexOf('\n## ', at + title.length);
  const md =
    at < 0
      ? `${old.trimEnd()}\n\n${section}`
      : `${old.slice(0, at)}${section}${next < 0 ? '' : `\n${old.slice(next + 1)}`}`;
  writeFileSync(file, md);
  console.log('\nwrote the rendering section of bench/results.md');
}

let server;
async function main() {
  if (!existsSync(join(ROOT, 'dist/cdn/autoload.js'))) throw new Error('run `npm run build` first');
  server = await serveStatic(ROOT);
  const browser = await launch();
  const started = Date.now();
  try {
    const step = async (label, run) => {
      process.stderr.write(`${label}…\n`);
      return run();
    };
    if (process.env.BENCH_ONLY === 'render') return await renderOnly(browser);
    const render = [];
    for (const count of [100, 1000])
      render.push(await step(`a. render ${count}`, () => benchRender(browser, count)));
    const drift = await step('b. drift', () => benchDrift(browser));
    const cpu = await step('c. main thread', () => benchCpu(browser));
    const memory = await step('d. memory', () => benchMemory(browser));
    const bytes = await step('bytes', () => benchBytes(browser));
    const largest = await step('f, g. largest documents', () => benchLargestDocuments(browser, server.url));
    // A failed Lighthouse run is reported in the table; it must not cost the figures already taken.
    const lighthouse = await step(`e. Lighthouse ×${LIGHTHOUSE_RUNS}`, () =>
      benchLighthouse({ runs: LIGHTHOUSE_RUNS }).catch((error) => ({ error })),
    );
    if (lighthouse.error) console.error(`e. Lighthouse failed: ${lighthouse.error.stack}`);
    const info = machine(browser.version());

    const rows = [
      ...render.map(renderRow),
      [
        `b. player drift, ${fixed(drift.planned / 60_000)} min routine, ${HIDDEN_FOR_MS / 1000} s hidden`,
        `max ${fixed(drift.maxDrift, 0)} ms while running; ${fixed(drift.endDrift, 0)} ms at the end`,
        '≤ 20 ms',
        verdict(Math.max(drift.maxDrift, drift.endDrift) <= 20),
      ],
      [
        'c. scripting while the player runs',
        `${fixed(cpu.running.script)} ms/min (idle player ${fixed(cpu.idle.script)}); all tasks ${fixed(cpu.running.task)} ms/min (style ${fixed(cpu.running.style)}, layout ${fixed(cpu.running.layout)}; idle ${fixed(cpu.idle.task)}); ${cpu.running.longTasks} long tasks`,
        '≤ 20 ms/min, no long task',
        verdict(cpu.running.script <= 20 && cpu.running.longTasks === 0),
      ],
      ...Object.entries(memory).map(([tag, m]) => [
        `d. heap after ${CYCLES} mount/unmount: <${tag}>`,
        `${m.growth >= 0 ? '+' : ''}${kb(m.growth)}; window+document listeners ${m.listeners >= 0 ? '+' : ''}${m.listeners}; live timers ${m.timers >= 0 ? '+' : ''}${m.timers}`,
        '≤ 1 MB, listeners +0, timers +0',
        verdict(m.growth <= 1024 * 1024 && m.listeners === 0 && m.timers === 0),
      ]),
      [
        'e. Lighthouse, demo blog page, mobile',
        lighthouse.error
          ? `FAILED: ${lighthouse.error.message.split('\n')[0]}`
          : `performance ${lighthouse.performance} (runs ${lighthouse.runs.map((r) => r.performance).join(', ')}), accessibility ${lighthouse.accessibility}, CLS ${fixed(lighthouse.cls, 3)}; LCP ${fixed(lighthouse.lcp / 1000, 2)} s, TBT ${fixed(lighthouse.tbt, 0)} ms`,
        'perf ≥ 98, a11y 100, CLS 0',
        lighthouse.error ? 'not measured' : verdict(meetsGoal(lighthouse)),
      ],
      [
        'bytes for a page with one card (JS, min+br)',
        `autoloader ${kb(bytes.autoload.brotli)} (${bytes.autoload.files} files) vs bundle ${kb(bytes.bundle.brotli)} (${bytes.bundle.files} file) = ${fixed(bytes.autoload.brotli / bytes.bundle.brotli, 2)}×`,
        '—',
        '—',
      ],
      ...largestDocumentRows(largest),
    ];
    const header = ['measure', 'figure', 'goal', ''];
    const widths = header.map((_, i) => Math.max(...[header, ...rows].map((r) => String(r[i]).length)));
    console.log(
      [header, ...rows].map((r) => r.map((c, i) => String(c).padEnd(widths[i])).join('  ')).join('\n'),
    );

    const md = [
      '# Benchmark results',
      '',
      `Written by \`npm run bench\` (bench/run.mjs)${QUICK ? ' in QUICK mode (rough figures)' : ''}; it took ${fixed((Date.now() - started) / 1000, 0)} s.`,
      '',
      `- Date: ${info.date}`,
      `- Machine: ${info.nproc} CPUs (${info.cpu}), Node ${info.node}`,
      `- Browser: ${info.chromium}, headless, via playwright-core`,
      `- Load average when it ended (/proc/loadavg): ${info.load}. The machine is shared: other test runs may have competed for its CPUs, which mostly widens the render times (a) and Lighthouse's blocking time (e).`,
      '',
      '```',
      info.memory,
      '```',
      '',
      '| measure | figure | goal | |',
      '| --- | --- | --- | --- |',
      ...rows.map((r) => `| ${r.join(' | ')} |`),
      '',
      '## How each figure is taken',
      '',
      renderMethod(render),
      `- **b.** Playwright's virtual clock (\`page.clock\`). The routine (timed holds only, ${fixed(drift.planned / 1000, 0)} s planned) runs with every timer fired late by a random 0.5–2 s (\`clock.fastForward\`), and from ${HIDDEN_FROM_MS / 1000} s the page is hidden (\`visibilitychange\`) for ${HIDDEN_FOR_MS / 1000} s with no timer firing. Drift = the player's position in its timeline (steps done + time in the current step, from its state) minus the clock time since Start, sampled after every jump; and at the end, the session length against the planned length. Final status: ${drift.status}.`,
      `- **c.** Two pages side by side for ${CPU_WINDOW_MS / 1000} s of real time: a player running the same routine, and an idle (not started) player. CDP \`Performance.getMetrics\` ScriptDuration and TaskDuration deltas, scaled to one minute; long tasks from a \`longtask\` PerformanceObserver, counted from the moment the player starts (its set-up and first render come before). Beeps, voice and vibration off. Phase at the end: ${cpu.running.phase}.`,
      `- **d.** One page; per element 20 warm-up cycles, then heap (CDP \`Runtime.getHeapUsage\`) after \`gc()\`, ${CYCLES} cycles of create → set data → append → \`updateComplete\` → remove, and heap after \`gc()\` again. Listeners: CDP \`DOMDebugger.getEventListeners\` on window and document, before and after. Live timers: \`setTimeout\`, \`setInterval\` and \`requestAnimationFrame\` wrapped before any page script, each counted from when it is set until it runs or is cleared, before and after.`,
      `- **e.** ${lighthouseMethod(lighthouse)}`,
      '- **f, g.** bench/largest-documents.mjs: one page per row; the documents are put in the page first, then a `longtask` PerformanceObserver watches from the first `createElement` until every element has rendered and the page has idled for a second. f: the largest exercise the limits of src/core/limits.ts accept (every text at its longest in 50 languages, every list full: 19 MB of JSON) in a card; the largest dosage in a counter; the largest routine (100 exercises in full, in one language, 10 sets on each side: 39 MB, 3 121 steps) in a player. g: the 873 free-exercise-db entries (mapped by bench/free-exercise-db.mjs) as cards, appended at once.',
      '- **bytes:** the JavaScript files a page with one `src` card fetched (bench/pages/one-card-*.html), sizes on disk, brotli 11 as a CDN would send them.',
      '',
    ].join('\n');
    writeFileSync(join(ROOT, 'bench/results.md'), md);
    console.log('\nwrote bench/results.md');
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
