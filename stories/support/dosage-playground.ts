/**
 * `<story-dosage-playground>`: a text field that shows, as you type, what `parseDosage` and
 * `parseFrequency` read from it and how `formatDosage` writes it back. Storybook only; not part of the
 * library.
 */
import { LitElement, css, html, nothing } from 'lit';
import { formatDosage, formatFrequency, parseDosage, parseFrequency } from '../../src/core/index.js';

export class DosagePlayground extends LitElement {
  static override properties = {
    value: {},
    locale: {},
  };

  static override styles = css`
    :host {
      display: block;
      max-width: 40rem;
    }
    label {
      display: block;
      font-weight: 600;
      margin-block-end: 0.25rem;
    }
    input {
      font: inherit;
      color: inherit;
      background: transparent;
      border: 1px solid currentColor;
      border-radius: 6px;
      padding: 0.5rem 0.625rem;
    }
    input {
      inline-size: 100%;
      box-sizing: border-box;
    }
    dl {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.5rem 1rem;
      margin-block: 1rem 0;
    }
    dt {
      font-weight: 600;
    }
    dd {
      margin: 0;
    }
    pre {
      margin: 0;
      padding: 0.5rem 0.75rem;
      border: 1px solid color-mix(in srgb, currentColor 30%, transparent);
      border-radius: 6px;
      white-space: pre-wrap;
      font-size: 0.875rem;
    }
    .hint {
      margin: 0.25rem 0 0;
      font-size: 0.875rem;
    }
  `;

  /** The dosage text being tried. */
  declare value: string;
  /** Locale for `formatDosage` (its words are English until localization lands; numbers follow it). */
  declare locale: string;

  constructor() {
    super();
    this.value = '2-3 sets of 10-15 reps per side, hold 3 s, rest 60 s';
    this.locale = 'en';
  }

  override render() {
    const dosage = parseDosage(this.value);
    const frequency = parseFrequency(this.value);
    const line = formatDosage(dosage, this.locale);
    return html`
      <label for="text">Dosage text</label>
      <input
        id="text"
        type="text"
        spellcheck="false"
        autocomplete="off"
        aria-describedby="hint"
        .value=${this.value}
        @input=${(event: Event) => (this.value = (event.target as HTMLInputElement).value)}
      />
      <p id="hint" class="hint">Try “3x10”, “hold 20–30 s”, “five times each side” or “twice daily”.</p>
      <dl aria-live="polite">
        <dt>formatDosage</dt>
        <dd>${line || html`<em>(nothing the formatter can say)</em>`}</dd>
        <dt>parseDosage</dt>
        <dd><pre>${JSON.stringify(dosage, null, 2)}</pre></dd>
        ${
          frequency
            ? html`<dt>parseFrequency</dt>
                <dd>
                  <pre>${JSON.stringify(frequency, null, 2)}</pre>
                  ${formatFrequency(frequency, this.locale)}
                </dd>`
            : nothing
        }
      </dl>
    `;
  }
}

/**
 * Registers the element. Called from the stories' render rather than at import: package.json lists
 * the files with side effects, and a bare `import './dosage-playground.js'` was dropped from the static
 * build as side-effect free, leaving the playground blank.
 */
export function defineDosagePlayground(): void {
  if (!customElements.get('story-dosage-playground')) {
    customElements.define('story-dosage-playground', DosagePlayground);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'story-dosage-playground': DosagePlayground;
  }
}
