// Figure e of `npm run bench`: Lighthouse's page score for the demo blog page, mobile preset (its
// default: moto g power screen, simulated slow 4G and 4× CPU slowdown). The page and the files it uses
// (demo/, dist/) are served from the repository the way a blog host or a CDN serves them: brotli
// compressed when the browser accepts it. (`npm start`'s dev server sends them uncompressed, which no
// reader's page would do; over slow 4G that alone moves the score.) Each run is the Lighthouse CLI in
// its own process with Debian's Chromium, so a crash in one run cannot take the rest of the bench down.
// Run alone: `node bench/lighthouse.mjs [path] [runs]` prints every run and the audits that cost points.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompressSync, constants } from 'node:zlib';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const LIGHTHOUSE_CLI = fileURLToPath(import.meta.resolve('lighthouse/cli/index.js'));
const CHROMIUM = '/usr/bin/chromium';
export const BLOG_PAGE = '/demo/blog.html';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.jpg': 'image/jpeg',
  '.png': 'image/png',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg']);

/** A static server over the repository that sends text files brotli compressed, as a CDN would. */
async function serveCompressed(root) {
  const cache = new Map();
  const server = createServer(async (request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url, 'http://x').pathname)));
    const type = TYPES[extname(path)];
    if (!path.startsWith(root) || !type) return void response.writeHead(404).end();
    try {
      const body = await readFile(path);
      const br = COMPRESSIBLE.has(extname(path)) && /\bbr\b/.test(request.headers['accept-encoding'] ?? '');
      if (br && !cache.has(path)) {
        cache.set(path, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
      }
      response.writeHead(200, {
        'content-type': type,
        'cache-control': 'no-cache',
        ...(br ? { 'content-encoding': 'br', vary: 'accept-encoding' } : {}),
      });
      response.end(br ? cache.get(path) : body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    close: () => new Promise((done) => server.close(done)),
  };
}

/** The audits that cost points in one report: weighted audits of both categories scoring below 1. */
function failingAudits(report) {
  const failing = [];
  for (const category of Object.values(report.categories)) {
    for (const { id, weight } of category.auditRefs) {
      const audit = report.audits[id];
      if (weight > 0 && audit.score !== null && audit.score < 1) {
        failing.push(`${id}${audit.displayValue ? ` (${audit.displayValue})` : ''}`);
      }
    }
  }
  return failing;
}

/** One Lighthouse run of `url`; resolves to the figures we report, or rejects with Lighthouse's error. */
async function runOnce(url, outDir, index) {
  const output = join(outDir, `run-${index}.json`);
  await promisify(execFile)(
    process.execPath,
    [
      LIGHTHOUSE_CLI,
      url,
      '--only-categories=performance,accessibility',
      '--output=json',
      `--output-path=${output}`,
      '--chrome-flags=--headless=new --no-sandbox',
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, timeout: 180_000 },
  ).catch((error) => {
    // The CLI's own last words ("Runtime error encountered: …") say more than "Command failed: …".
    const reason = error.stderr?.trim().split('\n').pop() || error.message;
    throw new Error(`Lighthouse run ${index + 1} of ${url}: ${reason}`);
  });
  const report = JSON.parse(readFileSync(output, 'utf8'));
  // Lighthouse writes a report even when the page failed to load; its score is then null.
  if (report.runtimeError) throw new Error(`${report.runtimeError.code}: ${report.runtimeError.message}`);
  const { performance, accessibility } = report.categories;
  if (performance.score === null || accessibility.score === null) {
    throw new Error(`no score: ${report.runWarnings.join('; ') || 'unknown reason'}`);
  }
  return {
    performance: Math.round(performance.score * 100),
    accessibility: Math.round(accessibility.score * 100),
    cls: report.audits['cumulative-layout-shift'].numericValue,
    lcp: report.audits['largest-contentful-paint'].numericValue,
    tbt: report.audits['total-blocking-time'].numericValue,
    fcp: report.audits['first-contentful-paint'].numericValue,
    benchmarkIndex: report.environment.benchmarkIndex,
    version: report.lighthouseVersion,
    failing: failingAudits(report),
    warnings: report.runWarnings,
  };
}

/**
 * Runs Lighthouse `runs` times on `path` and returns every run and the median of each figure (taken
 * separately, so the medians may come from different runs). `failing` is every audit that cost points
 * in any run, with how many runs it failed in.
 */
export async function benchLighthouse({ runs = 3, path = BLOG_PAGE } = {}) {
  const server = await serveCompressed(ROOT);
  const outDir = mkdtempSync(join(tmpdir(), 'bench-lighthouse-'));
  try {
    const results = [];
    for (let index = 0; index < runs; index++) results.push(await runOnce(server.url + path, outDir, index));
    const failing = new Map();
    for (const id of results.flatMap((run) => run.failing.map((entry) => entry.split(' ')[0]))) {
      failing.set(id, (failing.get(id) ?? 0) + 1);
    }
    const pick = (key) => median(results.map((run) => run[key]));
    return {
      path,
      runs: results,
      performance: pick('performance'),
      accessibility: pick('accessibility'),
      cls: pick('cls'),
      lcp: pick('lcp'),
      tbt: pick('tbt'),
      benchmarkIndex: pick('benchmarkIndex'),
      version: results[0].version,
      failing: [...failing].map(([id, count]) => `${id} (${count}/${runs})`),
    };
  } finally {
    rmSync(outDir, { recursive: true, force: true });
    await server.close();
  }
}

/** Issue 9's goal for the page score. */
export const meetsGoal = ({ performance, accessibility, cls }) =>
  performance >= 98 && accessibility === 100 && cls === 0;

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [path = BLOG_PAGE, runs = '1'] = process.argv.slice(2);
  const result = await benchLighthouse({ path, runs: Number(runs) });
  for (const run of result.runs) {
    console.log(
      `performance ${run.performance}, accessibility ${run.accessibility}, CLS ${run.cls.toFixed(4)}, ` +
        `FCP ${Math.round(run.fcp)} ms, LCP ${Math.round(run.lcp)} ms, TBT ${Math.round(run.tbt)} ms, ` +
        `benchmark index ${run.benchmarkIndex}`,
    );
    if (run.failing.length) console.log(`  costing points: ${run.failing.join(', ')}`);
    if (run.warnings.length) console.log(`  warnings: ${run.warnings.join('; ')}`);
  }
  console.log(meetsGoal(result) ? 'goal met (median)' : 'goal NOT met (median)');
}
