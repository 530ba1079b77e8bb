/**
 * The screen after the last step (or after "End session"): time taken, exercises done and skipped
 * ("3 done, 1 skipped"), the clinic's own advice after a stop, the optional check-in (pain 0–10 on a
 * slider that fits one row at 320 px, how it felt, a note) and the private local history against the
 * routine's frequency, with its latest sessions (done and skipped apart) and a "Clear history" that
 * asks first. A session with nothing done says that it does not count.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import type { SessionSummary } from '../core/player-reducer.js';
import type { CheckinFeeling } from '../internal/events.js';
import type { HistoryEntry } from '../internal/session-store.js';
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
  /** Whether this session counts toward the history (see `countsTowardHistory`). */
  counts: boolean;
  /** The clinic's advice and contact (the `pain-advice` slot, falling back to this), shown after a stop. */
  advice: TemplateResult | typeof nothing;
  /** The latest sessions that count, newest first, for the history list. */
  recent: readonly HistoryEntry[];
  /** Whether "Clear history" is waiting for its confirmation. */
  confirmingClear: boolean;
  /** The pain chosen on the slider so far, or `null` before it is touched. */
  pain: number | null;
  onPain: (pain: number) => void;
  /** The exercise's name for an item key. */
  nameOf: (itemKey: string) => string;
  checkin: 'open' | 'sent';
  /** "2 of 3–4 this week", or `null` when history is off. */
  history: string | null;
  hasHistory: boolean;
  onCheckin: (value: CheckinValue) => void;
  /** First tap on "Clear history": asks for confirmation. */
  onAskClearHistory: () => void;
  onClearHistory: () => void;
  onKeepHistory: () => void;
  onAgain: () => void;
}

const PAIN_SCALE = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** How many of the latest sessions the history lists. */
export const RECENT_SESSIONS = 5;

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
    <p class="done-skipped">${t.doneSkipped(summary.done.length, summary.skipped.length)}</p>
    ${skipped.length ? html`<p class="muted">${msg(str`Skipped: ${t.list(skipped)}`)}</p>` : nothing}
    ${notReached.length ? html`<p class="muted">${msg(str`Not reached: ${t.list(notReached)}`)}</p>` : nothing}
    ${
      complete && !p.counts
        ? html`<p class="note not-counted">
            ${msg('No exercise was done this time, so this session is not counted in your history.')}
          </p>`
        : nothing
    }
    ${
      !complete
        ? html`<div class="advice">
            <p>
              ${msg('If the pain is sharp, spreads, or does not settle, stop and seek advice from a health professional.')}
            </p>
            ${p.advice}
          </div>`
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
            ${renderRecent(p)} ${p.hasHistory ? renderClearHistory(p) : nothing}
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
    const feeling = data.get('feeling');
    const note = data.get('note');
    p.onCheckin({
      // A slider always has a value: only one the patient moved is an answer.
      pain: p.pain,
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
      <legend id="pain-legend">${msg('Pain right now, from 0 (no pain) to 10 (worst imaginable)')}</legend>
      <output class="pain-value" for="pain"
        >${p.pain === null ? msg('Not answered') : p.t.number(p.pain)}</output
      >
      <input
        id="pain"
        class="pain-slider ${p.pain === null ? 'unanswered' : ''}"
        type="range"
        name="pain"
        aria-labelledby="pain-legend"
        min="0"
        max="10"
        step="1"
        .value=${String(p.pain ?? 0)}
        aria-valuetext=${p.pain === null ? msg('Not answered') : p.t.number(p.pain)}
        @input=${(event: Event) => p.onPain(Number((event.target as HTMLInputElement).value))}
      />
      <div class="scale-ticks" aria-hidden="true">
        ${PAIN_SCALE.map((n) => html`<span>${p.t.number(n)}</span>`)}
      </div>
      <div class="scale-ends" aria-hidden="true">
        <span>${msg('No pain')}</span><span>${msg('Worst imaginable')}</span>
      </div>
    </fieldset>
    <fieldset class="feeling">
      <legend>${msg('How did it feel?')}</legend>
      ${feelings.map(
        ([value, label]) =>
          html`<label class="feeling-option"
            ><input type="radio" name="feeling" value=${value} /> ${label}</label
          >`,
      )}
    </fieldset>
    <label class="note-label" for="note">${msg('Note (optional)')}</label>
    <textarea id="note" name="note" rows="2" maxlength="500"></textarea>
    <button type="submit" class="primary">${msg('Save check-in')}</button>
  </form>`;
}

/** The latest sessions that count: when, and what was done and skipped. */
function renderRecent(p: SummaryProps): TemplateResult | typeof nothing {
  if (!p.recent.length) return nothing;
  let when: Intl.DateTimeFormat;
  try {
    when = new Intl.DateTimeFormat(p.t.locale, { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
  }
  return html`<ul class="recent" aria-label=${msg('Latest sessions')}>
    ${p.recent.map(
      (entry) =>
        html`<li>
          <time datetime=${new Date(entry.completedAt).toISOString()}>${when.format(entry.completedAt)}</time>
          · ${p.t.doneSkipped(entry.done, entry.skipped)}
        </li>`,
    )}
  </ul>`;
}

/** "Clear history", then a plain question before anything is wiped. */
function renderClearHistory(p: SummaryProps): TemplateResult {
  if (!p.confirmingClear) {
    return html`<button type="button" class="secondary clear-history" @click=${p.onAskClearHistory}>
      ${msg('Clear history')}
    </button>`;
  }
  return html`<div class="confirm" role="group" aria-labelledby="confirm-clear">
    <p id="confirm-clear">
      ${msg('Delete every saved session of this routine from this device? This cannot be undone.')}
    </p>
    <div class="confirm-actions">
      <button type="button" class="danger" @click=${p.onClearHistory}>${msg('Yes, clear history')}</button>
      <button type="button" class="secondary keep-history" @click=${p.onKeepHistory}>
        ${msg('Keep history')}
      </button>
    </div>
  </div>`;
}
