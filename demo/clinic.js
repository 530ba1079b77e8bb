// The clinic page uses the npm build (bare imports, as an app bundler would resolve them): a
// <routine-player> for the chosen program, and the exercises as compact cards for reference.
import { html, render } from 'lit';
import '/dist/index.js';

const select = document.getElementById('routine');
const program = document.getElementById('program');
const checkins = document.getElementById('checkins');

function show(id) {
  render(
    html`<routine-player src=${`/examples/${id}.json`} heading-level="2" rep-mode="count"
      ><p slot="pain-advice" dir="auto">
        Riverside Physio: if the pain has not settled by tomorrow, call us on 020 7946 0000 (weekdays 8–6)
        before your next session.
      </p></routine-player
    >`,
    program,
  );
}

// A clinic could post this to its own system; the demo only shows what the patient sent.
program.addEventListener('ex-checkin', (event) => {
  const { pain, feeling, note } = event.detail;
  const item = document.createElement('li');
  const parts = [pain === null ? 'Pain not given' : `Pain ${pain}/10`, feeling ?? 'feeling not given'];
  item.textContent = `${parts.join(', ')}${note ? ` — “${note}”` : ''}`;
  checkins.append(item);
});

select.addEventListener('change', () => show(select.value));
show(select.value);
