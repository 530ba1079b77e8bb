import { html, nothing, render } from 'lit';
import '/dist/index.js';
import {
  formatDosage,
  formatValidationError,
  parseDosage,
  validateExercise,
  validateRoutine,
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

function check() {
  let doc;
  try {
    doc = JSON.parse($('json').value);
  } catch (error) {
    render(html`<p class="errors">This is not valid JSON: ${String(error.message)}</p>`, $('result'));
    render(nothing, $('preview'));
    return;
  }
  const kind = $('kind').value;
  const result = kind === 'routine' ? validateRoutine(doc) : validateExercise(doc);
  render(
    result.ok
      ? html`<p class="ok">Valid ${kind}.</p>`
      : html`<p>${result.errors.length} problem(s):</p>
          <ul class="errors">
            ${result.errors.map((e) => html`<li><code>${formatValidationError(e)}</code></li>`)}
          </ul>`,
    $('result'),
  );
  render(
    result.ok && kind === 'exercise'
      ? html`<exercise-card .exercise=${result.value}></exercise-card>`
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
