// The clinic page uses the npm build (bare imports, as an app bundler would resolve them).
import { html, nothing, render } from 'lit';
import '/dist/index.js';
import { formatFrequency, pickText, resolveRoutineItems, validateRoutine } from '/dist/core/index.js';

const select = document.getElementById('routine');
const program = document.getElementById('program');
const text = (value) => pickText(value, document.documentElement.lang || 'en');

async function show(id) {
  let view;
  try {
    const response = await fetch(`/examples/${id}.json`);
    const result = validateRoutine(await response.json());
    view = result.ok ? routineView(result.value) : html`<p role="alert">This program could not be read.</p>`;
  } catch {
    view = html`<p role="alert">This program could not be loaded.</p>`;
  }
  render(view, program);
}

function routineView(routine) {
  const items = resolveRoutineItems(routine);
  return html`
    <h2>${text(routine.title)}</h2>
    ${routine.summary ? html`<p>${text(routine.summary)}</p>` : nothing}
    ${routine.frequency ? html`<p><strong>How often:</strong> ${formatFrequency(routine.frequency)}</p>` : nothing}
    ${
      routine.safety?.length
        ? html`<aside>
            <h3>Safety</h3>
            <ul>
              ${routine.safety.map((s) => html`<li>${text(s)}</li>`)}
            </ul>
          </aside>`
        : nothing
    }
    ${routine.sections.map(
      (section, s) => html`
        <section>
          <h3>${text(section.title)}</h3>
          ${items
            .filter((item) => item.sectionIndex === s)
            .map(
              (item) => html`
                <div class="pair">
                  <exercise-card
                    .exercise=${{ ...item.exercise, dosage: item.dosage }}
                    heading-level="4"
                  ></exercise-card>
                  ${
                    item.dosage && (item.dosage.reps !== undefined || item.dosage.sets !== undefined)
                      ? html`<rep-counter .dosage=${item.dosage}></rep-counter>`
                      : nothing
                  }
                </div>
              `,
            )}
        </section>
      `,
    )}
    ${routine.source ? html`<p><small>Adapted from “${text(routine.source.title)}”.</small></p>` : nothing}
  `;
}

select.addEventListener('change', () => show(select.value));
show(select.value);
