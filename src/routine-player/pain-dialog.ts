/**
 * The "This hurts" dialog: a modal `<dialog>` (focus moves in, Escape closes, the page behind is
 * inert) with a clear "stop and seek advice" message, the clinic's own advice and contact (the
 * `pain-advice` slot, else the routine's `painAdvice`), the routine's and the exercise's safety notes,
 * and the three ways on: skip this exercise, try the easier variation (only when the data has one), or
 * end the session. Closing it leaves the player paused.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { Variation } from '../data/exercise-schema.js';
import type { PlayerText } from './player-text.js';

export interface PainDialogProps {
  t: PlayerText;
  /** The exercise concerned, or `null` between exercises. */
  exerciseName: string | null;
  safety: string[];
  /** The clinic's advice and contact, or `nothing`. */
  advice: TemplateResult | typeof nothing;
  easier: Variation | undefined;
  onSkip: () => void;
  onEasier: () => void;
  onEnd: () => void;
  onClose: () => void;
}

export function renderPainDialog(p: PainDialogProps): TemplateResult {
  const { t } = p;
  return html`<dialog
    class="pain-dialog"
    aria-labelledby="pain-title"
    aria-describedby="pain-advice"
    @close=${p.onClose}
  >
    <h2 id="pain-title" class="pain-title">${msg('Stop if it hurts')}</h2>
    <p id="pain-advice" class="advice">
      ${msg(
        'Exercise may feel like effort, but it should not cause sharp, spreading or worsening pain. If it does, stop and seek advice from a health professional before you go on.',
      )}
    </p>
    ${p.advice}
    ${
      p.safety.length
        ? html`<ul class="safety-list" aria-label=${msg('Safety notes')}>
            ${p.safety.map((line) => html`<li dir="auto">${line}</li>`)}
          </ul>`
        : nothing
    }
    <div class="dialog-actions">
      ${
        p.exerciseName
          ? html`<button type="button" class="secondary" @click=${p.onSkip}>
              ${msg(str`Skip ${p.exerciseName}`)}
            </button>`
          : nothing
      }
      ${
        p.easier
          ? html`<button type="button" class="secondary" @click=${p.onEasier}>
              ${msg(str`Try the easier variation: ${t.text(p.easier.name)}`)}
            </button>`
          : nothing
      }
      <button type="button" class="danger" @click=${p.onEnd}>${msg('End session')}</button>
      <button type="button" class="secondary" autofocus @click=${p.onClose}>
        ${msg('Back (stay paused)')}
      </button>
    </div>
  </dialog>`;
}
