/**
 * The screen before starting: title, summary, frequency, estimated time, each section with its
 * exercises and their dosage lines, the safety notes, a big Start button and, when a session was left
 * unfinished, the "Resume where you left off" offer.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { formatDosage, formatFrequency } from '../core/format-dosage.js';
import type { ResolvedItem } from '../data/resolve-routine.js';
import type { Routine } from '../data/routine-schema.js';
import { heading } from './player-heading.js';
import type { PlayerText } from './player-text.js';

export interface ResumeOffer {
  /** "Step 5 of 20 · Butt walk". */
  where: string;
}

export interface OverviewProps {
  t: PlayerText;
  routine: Routine;
  items: readonly ResolvedItem[];
  estimateSeconds: number;
  headingLevel: number;
  resume: ResumeOffer | null;
  cueSettings: TemplateResult;
  onStart: () => void;
  onResume: () => void;
}

export function renderOverview(p: OverviewProps): TemplateResult {
  const { t, routine } = p;
  const level = p.headingLevel;
  const summary = t.text(routine.summary);
  const frequency = routine.frequency ? formatFrequency(routine.frequency, t.locale) : '';
  const safety = (routine.safety ?? []).map((line) => t.text(line)).filter(Boolean);
  return html`<section part="overview" class="overview" aria-labelledby="title">
    ${heading(level, t.text(routine.title), { part: 'title', id: 'title', className: 'title' })}
    ${summary ? html`<p class="summary-text">${summary}</p>` : nothing}
    <ul class="facts" aria-label=${msg('At a glance')}>
      <li>${t.aboutMinutes(p.estimateSeconds)}</li>
      ${frequency ? html`<li class="frequency">${frequency}</li>` : nothing}
    </ul>
    ${p.resume ? renderResume(p) : nothing}
    <button type="button" part="start" class="start big" @click=${p.onStart}>
      ${p.resume ? msg('Start over') : msg('Start')}
    </button>
    ${routine.sections.map((section, sectionIndex) => {
      const items = p.items.filter((item) => item.sectionIndex === sectionIndex);
      const sectionSummary = t.text(section.summary);
      return html`<section class="section">
        ${heading(level + 1, t.text(section.title))}
        ${sectionSummary ? html`<p class="muted">${sectionSummary}</p>` : nothing}
        <ol class="exercises">
          ${items.map((item) => {
            const line = item.dosage ? formatDosage(item.dosage, t.locale) || (item.dosage.text ?? '') : '';
            return html`<li>
              <span class="exercise-name">${t.text(item.exercise.name)}</span>
              ${line ? html`<span class="dosage-line">${line}</span>` : nothing}
            </li>`;
          })}
        </ol>
      </section>`;
    })}
    ${
      safety.length
        ? html`<aside class="safety" aria-label=${msg('Safety')}>
            <p class="safety-title">${msg('Safety')}</p>
            <ul>
              ${safety.map((line) => html`<li>${line}</li>`)}
            </ul>
          </aside>`
        : nothing
    }
    ${p.cueSettings}
  </section>`;
}

function renderResume(p: OverviewProps): TemplateResult {
  return html`<div class="resume" role="group" aria-labelledby="resume-title">
    <p id="resume-title" class="resume-title">${msg('You have an unfinished session.')}</p>
    <p class="muted">${msg(str`Left at: ${p.resume?.where ?? ''}`)}</p>
    <button type="button" part="resume" class="primary" @click=${p.onResume}>
      ${msg('Resume where you left off')}
    </button>
  </div>`;
}
