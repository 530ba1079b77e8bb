// The bare Lit copy for the render benchmark: the same shadow DOM as bench/pages/vanilla-card.js (and so
// as <exercise-card> for the same data), written as one LitElement template, with the card's own
// stylesheet, and nothing else: no validation, dosage parsing, localization or controllers. Its time
// over the vanilla floor is what Lit itself costs; the card's time over this is what our code costs.
import { LitElement, html, nothing, unsafeCSS } from 'lit';

const list = new Intl.ListFormat('en', { type: 'conjunction' });

const section = (tag, className, id, title, items, part) =>
  tag === 'aside'
    ? html`<aside class=${className} aria-labelledby=${id}>
        <h4 id=${id}>${title}</h4>
        <ul>
          ${items.map((item) => html`<li dir="auto">${item}</li>`)}
        </ul>
      </aside>`
    : part
      ? html`<section class=${className} aria-labelledby=${id}>
          <h4 id=${id}>${title}</h4>
          <ol part="steps" class="steps">
            ${items.map((item) => html`<li dir="auto">${item}</li>`)}
          </ol>
        </section>`
      : html`<section class=${className} aria-labelledby=${id}>
          <h4 id=${id}>${title}</h4>
          <ul>
            ${items.map((item) => html`<li dir="auto">${item}</li>`)}
          </ul>
        </section>`;

class LitCard extends LitElement {
  static properties = { exercise: { attribute: false } };

  /** Adopts the card's stylesheet, as the vanilla floor does. */
  static useStylesOf(cssText) {
    LitCard.styles = unsafeCSS(cssText);
  }

  render() {
    const x = this.exercise;
    if (!x) return nothing;
    const meta = [x.difficulty, x.category].filter(Boolean);
    const dosage = typeof x.dosage === 'string' ? x.dosage : x.dosage?.text;
    return html`<article part="base" class="card full" dir="ltr" aria-labelledby="title">
      <h3 part="title" class="title" id="title" dir="auto">${x.name}</h3>
      ${
        meta.length
          ? html`<ul class="meta" aria-label="About this exercise">
              ${meta.map((m) => html`<li dir="auto">${m}</li>`)}
            </ul>`
          : nothing
      }
      ${x.summary ? html`<p class="summary" dir="auto">${x.summary}</p>` : nothing}
      ${
        dosage
          ? html`<p part="dosage" class="dosage">
              <span class="dosage-label">Dosage</span><span class="dosage-line">${dosage}</span>
            </p>`
          : nothing
      }
      ${x.steps?.length ? section('section', 'steps-section', 'steps-heading', 'How to do it', x.steps, true) : nothing}
      ${x.cues?.length ? section('section', 'cues', 'cues-heading', 'Tips', x.cues) : nothing}
      ${
        x.equipment?.length || x.muscles?.length
          ? html`<dl class="facts">
              ${
                x.equipment?.length
                  ? html`<dt>Equipment</dt>
                      <dd dir="auto">${list.format(x.equipment)}</dd>`
                  : nothing
              }
              ${
                x.muscles?.length
                  ? html`<dt>Target areas</dt>
                      <dd dir="auto">${list.format(x.muscles)}</dd>`
                  : nothing
              }
            </dl>`
          : nothing
      }
      ${x.safety?.length ? section('aside', 'safety', 'safety-heading', 'Safety', x.safety) : nothing}
      <div part="controls" class="controls">
        <button type="button" part="start-button" class="action">Start</button>
      </div>
    </article>`;
  }
}

customElements.define('lit-card', LitCard);
