// The clinic page uses the npm build (bare imports, as an app bundler would resolve them): a
// <routine-player> for the chosen program, and the exercises as compact cards for reference.
import { html, render } from 'lit';
import '/dist/index.js';

const select = document.getElementById('routine');
const program = document.getElementById('program');
const checkins = document.getElementById('checkins');

function show(id) {
  render(
    html`<routine-player src=${`/examples/${id}.json`} heading-level="2" rep-mode="count"></routine-player>`,
    program,
  );
}

// A clinic could post this to its own system; the demo only shows what the patient sent.
program.addEventListener('ex-checkin', (event) => {
  const { pain, feeling, note } = event.detail;
  const item = document.createElement('li');
  item.textContent = `Pain ${pain}/10, ${feeling}${note ? ` — “${note}”` : ''}`;
  checkins.append(item);
});

select.addEventListener('change', () => show(select.value));
show(select.value);
