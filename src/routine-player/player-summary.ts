/**
 * The screen after the last step (or after "End session"): time taken, exercises done and skipped,
 * the optional check-in (pain 0–10 as labelled radio buttons, how it felt, a note) and the private
 * local history against the routine's frequency, with a button to clear it.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { SessionSummary } from '../core/player-reducer.js';
import type { CheckinFeeling } from '../internal/events.js';
import { heading } from './player-heading.js';
import type { PlayerText } from './player-text.js';

export interface CheckinValue {
  pain: number | null;
  feeling: CheckinFeeling | null;
  note: string;
}

export interface SummaryProps {
  t: PlayerText;
  headingLevel: number;
  summary: SessionSummary;
  /** The exercise's name for an item key. */
  nameOf: (itemKey: string) => string;
  checkin: 'open' | 'sent';
  /** "2 of 3–4 this week", or `null` when history is off. */
  history: string | null;
  hasHistory: boolean;
  onCheckin: (value: CheckinValue) => void;
  onClearHistory: () => void;
  onAgain: () => void;
}

const PAIN_SCALE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

export function renderSummary(p: SummaryProps): TemplateResult {
  const { t, summary } = p;
  const complete = summary.status === 'complete';
  const names = (list: SessionSummary['done']) => list.map((o) => p.nameOf(o.itemKey));
  const skipped = names(summary.skipped);
  const notReached = names(summary.notReached);
  return html`<section part="summary" class="summary" aria-labelledby="summary-title">
    ${heading(p.headingLevel, complete ? msg('Routine complete') : msg('Session ended'), {
      id: 'summary-title',
      className: 'summary-title',
      focusable: true,
    })}
    <dl class="numbers">
      <div>
        <dt>${msg('Time taken')}</dt>
        <dd>${t.duration(summary.durationMs)}</dd>
      </div>
      <div>
        <dt>${msg('Exercises done')}</dt>
        <dd class="count">${t.number(summary.done.length)}</dd>
      </div>
      <div>
        <dt>${msg('Exercises skipped')}</dt>
        <dd class="count">${t.number(summary.skipped.length)}</dd>
      </div>
    </dl>
    ${skipped.length ? html`<p class="muted">${msg(str`Skipped: ${skipped.join(', ')}`)}</p>` : nothing}
    ${notReached.length ? html`<p class="muted">${msg(str`Not reached: ${notReached.join(', ')}`)}</p>` : nothing}
    ${
      !complete
        ? html`<p class="advice">
            ${msg('If the pain is sharp, spreads, or does not settle, stop and seek advice from a health professional.')}
          </p>`
        : nothing
    }
    ${
      p.checkin === 'sent'
        ? html`<p class="thanks">${msg('Thank you. Your check-in was saved.')}</p>`
        : renderCheckin(p)
    }
    ${
      p.history !== null
        ? html`<div class="history">
            <p>${p.history}</p>
            ${
              p.hasHistory
                ? html`<button type="button" class="secondary" @click=${p.onClearHistory}>
                    ${msg('Clear history')}
                  </button>`
                : nothing
            }
            <p class="muted small">${msg('Your history stays on this device.')}</p>
          </div>`
        : nothing
    }
    <button type="button" part="start" class="primary" @click=${p.onAgain}>${msg('Start again')}</button>
  </section>`;
}

function renderCheckin(p: SummaryProps): TemplateResult {
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const form = event.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const pain = data.get('pain');
    const feeling = data.get('feeling');
    const note = data.get('note');
    p.onCheckin({
      pain: typeof pain === 'string' && pain !== '' ? Number(pain) : null,
      feeling: feeling === 'too-easy' || feeling === 'about-right' || feeling === 'too-hard' ? feeling : null,
      note: typeof note === 'string' ? note.trim() : '',
    });
  };
  const feelings: Array<[CheckinFeeling, string]> = [
    ['too-easy', msg('Too easy')],
    ['about-right', msg('About right')],
    ['too-hard', msg('Too hard')],
  ];
  return html`<form part="checkin" class="checkin" aria-labelledby="checkin-title" @submit=${onSubmit}>
    <p id="checkin-title" class="checkin-title">${msg('Check-in (optional)')}</p>
    <fieldset class="pain">
      <legend>${msg('Pain right now, from 0 (no pain) to 10 (worst imaginable)')}</legend>
      <div class="scale">
        ${PAIN_SCALE.map(
          (n) =>
            html`<label class="scale-point">
              <input type="radio" name="pain" value=${n} />
              <span>${p.t.number(n)}</span>
            </label>`,
        )}
      </div>
      <div class="scale-ends" aria-hidden="true">
        <span>${msg('No pain')}</span><span>${msg('Worst imaginable')}</span>
      </div>
    </fieldset>
    <fieldset class="feeling">
      <legend>${msg('How did it feel?')}</legend>
      ${feelings.map(
        ([value, label]) =>
          html`<label><input type="radio" name="feeling" value=${value} /> ${label}</label>`,
      )}
    </fieldset>
    <label class="note-label" for="note">${msg('Note (optional)')}</label>
    <textarea id="note" name="note" rows="2" maxlength="500"></textarea>
    <button type="submit" class="primary">${msg('Save check-in')}</button>
  </form>`;
}
