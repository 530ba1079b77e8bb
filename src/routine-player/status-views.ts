/**
 * What the player shows before it has a routine: a skeleton that holds the space while the data
 * loads, or the error with each validation problem and its path (the first few; `ex-error` carries
 * all of them) and, for a failed load, "Try again".
 */
import { msg } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { ExErrorDetail } from '../internal/events.js';
import { formatValidationError } from '../data/validation-core.js';

/** Validation errors listed in the player; the event carries all of them. */
const SHOWN_ERRORS = 5;

export function renderLoading(loading: boolean): TemplateResult {
  return html`<div class="skeleton" aria-busy="true">
    <span class="visually-hidden"
      >${loading ? msg('Loading routine…') : msg('Waiting for routine data…')}</span
    >
    <div class="bone bone-title"></div>
    <div class="bone bone-line"></div>
    <div class="bone bone-line short"></div>
  </div>`;
}

export function renderError(error: ExErrorDetail, onRetry: () => void): TemplateResult {
  const shown = error.errors.slice(0, SHOWN_ERRORS);
  return html`<div class="error">
    <div class="alert" role="alert">
      <p class="alert-title">${msg('This routine could not be shown.')}</p>
      <p>${error.message}</p>
      ${
        shown.length
          ? html`<ul>
              ${shown.map((e) => html`<li><code>${formatValidationError(e)}</code></li>`)}
            </ul>`
          : nothing
      }
    </div>
    ${
      error.kind === 'load'
        ? html`<button type="button" class="secondary" @click=${onRetry}>${msg('Try again')}</button>`
        : nothing
    }
  </div>`;
}
