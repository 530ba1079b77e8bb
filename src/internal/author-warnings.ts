/**
 * The author's view of what was left out of a document: a small list inside the element, rendered only
 * while the element's `debug` attribute is set (readers never see it). The same warnings always go to
 * the console and the `ex-warning` event (`ExerciseElement.warnAuthor`).
 */
import { msg } from '@lit/localize';
import { css, html, nothing, type TemplateResult } from 'lit';
import { formatValidationError, type ValidationError } from '../data/validation-core.js';

/** Listed in the element; the event and the console carry all of them. */
const SHOWN_WARNINGS = 10;

export function renderAuthorWarnings(
  debug: boolean,
  warnings: readonly ValidationError[],
): TemplateResult | typeof nothing {
  if (!debug || warnings.length === 0) return nothing;
  // Paths and messages are written for the author in English, like the validator's; `dir="ltr"` keeps a
  // path such as `steps[2]` readable inside a right-to-left card.
  return html`<div part="warnings" class="author-warnings" role="note">
    <p class="author-warnings-title">${msg('Left out of this document (shown because debug is set):')}</p>
    <ul dir="ltr">
      ${warnings.slice(0, SHOWN_WARNINGS).map((w) => {
        const [path, ...rest] = formatValidationError(w).split(': ');
        return html`<li><code>${path}</code>: ${rest.join(': ')}</li>`;
      })}
    </ul>
  </div>`;
}

/**
 * Its look, for the elements that show warnings (not in the shared tokens: the counter, which has none,
 * should not carry it).
 */
export const authorWarningStyles = css`
  .author-warnings {
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0.4em 0.75em;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .author-warnings p,
  .author-warnings ul {
    margin: 0;
  }
  .author-warnings code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
  }
`;
