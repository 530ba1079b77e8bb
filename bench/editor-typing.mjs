// `node bench/editor-typing.mjs`: what a pause in typing costs <routine-editor> on a 20 000-character
// routine. A keystroke itself only stores the text and restarts a 250 ms timer (DebounceController);
// when the author pauses, the editor reads the text once: parse, strict and lenient validation, placing
// problems on fields, and the embed code for the preview. This times that work (Node, no DOM; the
// browser adds Lit's re-render on top) and prints the median and the slowest of many runs. The goal of
// issue 15 is under 50 ms per keystroke.
import { build } from 'esbuild';
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const out = join(tmpdir(), `editor-typing-${process.pid}.mjs`);
await build({
  stdin: {
    contents: `
      export { parseRoutineText, formatRoutineText } from './src/core/routine-text/index.ts';
      export { validateRoutine, validateRoutineLenient } from './src/data/validate.ts';
      export { placeProblems } from './src/routine-editor/field-problems.ts';
      export { buildEmbedCode } from './src/core/embed-code/index.ts';`,
    resolveDir: ROOT,
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  outfile: out,
  logLevel: 'warning',
});
const core = await import(pathToFileURL(out).href);
rmSync(out);

/** The example routines' exercises, renamed apart and added one by one until the text is 20 000 characters. */
function longRoutineText(target = 20_000) {
  const exercises = readdirSync(join(ROOT, 'examples'))
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) =>
      Object.values(JSON.parse(readFileSync(join(ROOT, 'examples', f), 'utf8')).exercises ?? {}),
    );
  const section = { title: 'Main', kind: 'main', items: [] };
  const routine = { id: 'long', title: 'A long routine', sections: [section] };
  let text = '';
  for (let n = 0; text.length < target; n++) {
    const exercise = exercises[n % exercises.length];
    section.items.push({ exercise: { ...exercise, id: `${exercise.id}-${n}`, figure: undefined } });
    text = core.formatRoutineText(routine);
  }
  return text;
}

/** One pause in typing: what RoutineEditor#applyText and #commit run. */
function readOnce(text, steps) {
  const step = (name, run) => {
    const start = performance.now();
    const result = run();
    steps[name] = (steps[name] ?? 0) + performance.now() - start;
    return result;
  };
  const { routine } = step('parse', () => core.parseRoutineText(text));
  const strict = step('validate', () => core.validateRoutine(routine));
  const errors = strict.ok ? [] : strict.errors;
  step('place problems', () => core.placeProblems(routine, errors));
  const lenient = strict.ok ? strict : step('validate leniently', () => core.validateRoutineLenient(routine));
  if (lenient.ok) step('embed code', () => core.buildEmbedCode(lenient.value));
}

const text = longRoutineText();
const RUNS = 60;
const times = [];
const steps = {};
for (let i = 0; i < RUNS + 5; i++) {
  // A different character each time, as a keystroke would change it.
  const typed = `${text.slice(0, text.length >> 1)}${'x'.repeat(i % 3)}${text.slice(text.length >> 1)}`;
  const start = performance.now();
  readOnce(typed, i >= 5 ? steps : {});
  if (i >= 5) times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const median = times[times.length >> 1];
console.log(`routine text: ${text.length} characters, ${RUNS} reads after a warm-up of 5`);
console.log(
  `one read after a pause in typing: median ${median.toFixed(1)} ms, slowest ${times.at(-1).toFixed(1)} ms`,
);
for (const [name, total] of Object.entries(steps))
  console.log(`  ${name}: ${(total / RUNS).toFixed(1)} ms on average`);
console.log(`goal: under 50 ms per keystroke -> ${median < 50 ? 'met' : 'NOT met'}`);
