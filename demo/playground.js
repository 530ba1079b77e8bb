import { html, nothing, render } from 'lit';
import '/dist/index.js';
import {
  formatDosage,
  formatValidationError,
  parseDosage,
  readJsonText,
  validateExercise,
  validateExerciseLenient,
  validateRoutine,
  validateRoutineLenient,
} from '/dist/core/index.js';

const $ = (id) => document.getElementById(id);
const BROKEN = {
  id: 'demo routine',
  title: 'Broken on purpose',
  sections: [
    { title: 'Main', kind: 'main', items: [{ ref: 'bridge' }] },
    { title: 'Bonus', kind: 'extra', items: [{ ref: 'missing', dosage: { sets: 0, reps: '10' } }] },
  ],
  exercises: {
    bridge: { id: 'bridge', name: 'Glute bridge', media: { images: [{ src: 'javascript:alert(1)' }] } },
  },
};
const SAMPLE = {
  id: 'glute-bridge',
  name: 'Glute bridge',
  summary: 'Lift your hips off the floor by squeezing your buttocks.',
  steps: [
    'Lie on your back, knees bent, feet flat.',
    'Squeeze your glutes and lift your hips.',
    'Lower slowly.',
  ],
  dosage: '2 sets of 10–15 reps, hold 3 s',
};

/** Puts the caret where a message points, so the author sees the place in the box. */
function goTo(line, column) {
  const box = $('json');
  const lines = box.value.split('\n');
  const offset = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  box.focus();
  box.setSelectionRange(offset, offset + 1);
}

/**
 * Fields we don't know that look like ours ("instructions": did you mean "steps"?). This page is in
 * English, so it shows core's English words; the editor says the same through msg()
 * (src/internal/json-text-messages.ts).
 */
function suggestions(doc, kind) {
  const lenient = kind === 'routine' ? validateRoutineLenient(doc) : validateExerciseLenient(doc);
  return lenient.ok ? (lenient.warnings ?? []).filter((w) => w.code === 'unknown-field') : [];
}

function check() {
  const read = readJsonText($('json').value);
  if (!read.ok) {
    render(
      html`<p class="errors">Line ${read.line}, column ${read.column}: ${read.message}</p>
        <p>
          <button type="button" @click=${() => goTo(read.line, read.column)}>
            Show me line ${read.line}
          </button>
          ${
            read.code === 'prose'
              ? html` Exercises written in words go into the text format: see “The text format” in the docs.`
              : nothing
          }
        </p>`,
      $('result'),
    );
    render(nothing, $('preview'));
    return;
  }
  const doc = read.value;
  const kind = $('kind').value;
  const result = kind === 'routine' ? validateRoutine(doc) : validateExercise(doc);
  const warnings = suggestions(doc, kind);
  render(
    html`${
      result.ok
        ? html`<p class="ok">Valid ${kind}.</p>`
        : html`<p>${result.errors.length} problem(s):</p>
            <ul class="errors">
              ${result.errors.map((e) => html`<li><code>${formatValidationError(e)}</code></li>`)}
            </ul>`
    }
    ${
      warnings.length
        ? html`<p>Check these fields:</p>
            <ul class="warnings">
              ${warnings.map((w) => html`<li><code>${w.path}</code>: ${w.message}</li>`)}
            </ul>`
        : nothing
    }`,
    $('result'),
  );
  render(
    result.ok && kind === 'exercise'
      ? html`<exercise-card .exercise=${result.value} debug></exercise-card>`
      : nothing,
    $('preview'),
  );
}

async function loadExample(name) {
  if (!name) return;
  const doc = name === 'broken' ? BROKEN : await (await fetch(`/examples/${name}.json`)).json();
  $('kind').value = 'routine';
  $('json').value = JSON.stringify(doc, null, 2);
  check();
}

function showDosage() {
  const dosage = parseDosage($('line').value);
  $('parsed').textContent = `${JSON.stringify(dosage, null, 2)}\n\nformatDosage → ${formatDosage(dosage)}`;
}

$('json').value = JSON.stringify(SAMPLE, null, 2);
$('check').addEventListener('click', check);
$('load').addEventListener('change', (event) => loadExample(event.target.value));
$('line').addEventListener('input', showDosage);
check();
showDosage();
