// Contact sheet of the exercise figures: every base position and every exercise in examples/*.json
// that has a `figure`, drawn at its start and end positions (the reduced-motion view), as PNGs.
//
//   node scripts/figure-sheet.mjs [--out <dir>] [--bases] [--columns 3] [--scale 1] [id …]   (default: <tmp>/figure-sheets)
//
// Writes <out>/sheet-<n>.png (a page of figures each) and, with ids given, <out>/<id>.png for each.
// Chromium: /usr/bin/chromium, or CHROME_PATH.
import { build } from 'esbuild';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const out = resolve(ROOT, option('--out', join(tmpdir(), 'figure-sheets')));
const columns = Number(option('--columns', '3'));
// Device pixels per CSS pixel: 2 to look closely at a few figures.
const scale = Number(option('--scale', '1'));
const bases = args.includes('--bases');
const ids = args.filter((a) => !a.startsWith('--'));
const PER_SHEET = columns * 3;

const { outputFiles } = await build({
  entryPoints: [join(ROOT, 'src/exercise-figure/exercise-figure.ts')],
  bundle: true,
  format: 'esm',
  write: false,
  logLevel: 'silent',
});
const code = outputFiles[0].text;

const items = [];
if (bases) {
  const { BASE_POSITIONS } = await import(join(ROOT, 'src/core/figure/base-positions.ts')).catch(() => ({}));
  const names = BASE_POSITIONS ?? [
    'lying-back-knees-bent',
    'lying-side',
    'hands-and-knees',
    'sitting-floor',
    'sitting-chair',
    'standing',
    'kneeling',
    'plank',
    'side-plank',
  ];
  for (const name of names) items.push({ id: name, name, figure: { position: name } });
}
for (const file of readdirSync(join(ROOT, 'examples'))
  .filter((f) => f.endsWith('.json'))
  .sort()) {
  const doc = JSON.parse(readFileSync(join(ROOT, 'examples', file), 'utf8'));
  for (const exercise of Object.values(doc.exercises ?? {})) {
    if (!exercise.figure) continue;
    if (ids.length && !ids.includes(exercise.id)) continue;
    items.push({
      id: `${file.replace(/\.json$/, '')}/${exercise.id}`,
      name: exercise.name,
      figure: exercise.figure,
    });
  }
}

const page = (list) => `<!doctype html><html lang="en"><meta charset="utf-8"><style>
  body { font: 14px system-ui, sans-serif; margin: 12px; color: #1d2424; background: #fff; }
  .grid { display: grid; grid-template-columns: repeat(${columns}, 1fr); gap: 12px; }
  .item { border: 1px solid #ccd; border-radius: 8px; padding: 8px; }
  h2 { font-size: 13px; margin: 0 0 4px; } p { font-size: 11px; color: #555; margin: 4px 0 0; }
  exercise-figure { --ex-figure-max-width: none; }
</style><div class="grid">${list
  .map(
    (item, i) =>
      `<div class="item" id="item-${i}"><h2>${item.name} <small>(${item.id})</small></h2><exercise-figure></exercise-figure><p></p></div>`,
  )
  .join('')}</div>`;

mkdirSync(out, { recursive: true });
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new'],
});
try {
  const context = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: 420 * columns, height: 800 },
    deviceScaleFactor: scale,
  });
  const shoot = async (list, file) => {
    const tab = await context.newPage();
    tab.on('console', (m) => m.type() === 'error' && console.error(m.text()));
    await tab.setContent(page(list));
    await tab.addScriptTag({ content: code, type: 'module' });
    await tab.evaluate(
      async (figures) => {
        await customElements.whenDefined('exercise-figure');
        const elements = document.querySelectorAll('exercise-figure');
        figures.forEach((figure, i) => (elements[i].figure = figure));
        await Promise.all([...elements].map((e) => e.updateComplete));
        elements.forEach(
          (e) =>
            (e.nextElementSibling.textContent =
              e.shadowRoot.querySelector('[role=img]')?.getAttribute('aria-label') ?? ''),
        );
      },
      list.map((item) => item.figure),
    );
    await tab.locator('.grid').screenshot({ path: file });
    await tab.close();
    console.log(file);
  };
  for (let i = 0; i < items.length; i += PER_SHEET) {
    await shoot(items.slice(i, i + PER_SHEET), join(out, `sheet-${i / PER_SHEET + 1}.png`));
  }
} finally {
  await browser.close();
}
