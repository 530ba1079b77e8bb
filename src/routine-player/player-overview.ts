/**
 * The screen before starting: title, summary, frequency, estimated time, what you'll need, the
 * safety notes (before Start, so they are read first), a big Start button and, when a session was left
 * unfinished, "Resume where you left off" as the first and main action ("Start over" comes second,
 * smaller), then each section with its exercises and their dosage lines. Author text keeps its own
 * direction (`dir="auto"`).
 *
 * It is also the printed handout: `print-only` pieces (a small image per exercise, a tick box per set,
 * the source and the page's address) appear only in print, and every control is hidden there.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { rangeMax, type Dosage } from '../core/dosage-types.js';
import { formatDosage, formatFrequency } from '../core/format-dosage.js';
import type { ResolvedItem } from '../data/resolve-routine.js';
import type { Routine } from '../data/routine-schema.js';
import { ensureDosageWords } from '../internal/dosage-words-loader.js';
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

/**
 * More exercises than any home program has (a long one has 20): the overview then lays its sections out
 * only as they scroll into view (the \`long\` class in the styles).
 */
export const LONG_OVERVIEW = 30;

export function renderOverview(p: OverviewProps): TemplateResult {
  const { t, routine } = p;
  const level = p.headingLevel;
  const summary = t.text(routine.summary);
  // English words until the player's language has its table; its arrival re-renders the player.
  ensureDosageWords(t.locale);
  const frequency = routine.frequency ? formatFrequency(routine.frequency, t.locale) : '';
  const safety = (routine.safety ?? []).map((line) => t.text(line)).filter(Boolean);
  const equipment = equipmentOf(p);
  const long = p.items.length > LONG_OVERVIEW;
  return html`<section part="overview" class="overview ${long ? 'long' : ''}" aria-labelledby="title">
    ${heading(level, t.text(routine.title), { part: 'title', id: 'title', className: 'title', dir: 'auto' })}
    ${summary ? html`<p class="summary-text" dir="auto">${summary}</p>` : nothing}
    <ul class="facts" aria-label=${msg('At a glance')}>
      <li>${t.aboutMinutes(p.estimateSeconds)}</li>
      ${frequency ? html`<li class="frequency">${frequency}</li>` : nothing}
    </ul>
    ${
      equipment.length
        ? html`<p class="equipment">
            <strong>${msg('You’ll need:')}</strong> <span dir="auto">${t.list(equipment)}</span>
          </p>`
        : nothing
    }
    ${
      safety.length
        ? html`<aside class="safety" aria-label=${msg('Safety')}>
            <p class="safety-title">${msg('Safety')}</p>
            <ul>
              ${safety.map((line) => html`<li dir="auto">${line}</li>`)}
            </ul>
          </aside>`
        : nothing
    }
    ${
      p.resume
        ? html`${renderResume(p)}
            <button type="button" part="start" class="start secondary" @click=${p.onStart}>
              ${msg('Start over')}
            </button>`
        : html`<button type="button" part="start" class="start big" @click=${p.onStart}>
            ${msg('Start')}
          </button>`
    }
    ${routine.sections.map((section, sectionIndex) => {
      const items = p.items.filter((item) => item.sectionIndex === sectionIndex);
      const sectionSummary = t.text(section.summary);
      return html`<section class="section">
        ${heading(level + 1, t.text(section.title), { dir: 'auto' })}
        ${sectionSummary ? html`<p class="muted" dir="auto">${sectionSummary}</p>` : nothing}
        <ol class="exercises">
          ${items.map((item) => {
            const line = item.dosage ? formatDosage(item.dosage, t.locale) || (item.dosage.text ?? '') : '';
            const image = item.exercise.media?.images?.[0];
            const ticks = tickBoxes(item.dosage);
            return html`<li>
              ${
                image
                  ? html`<img
                      class="print-only thumb"
                      src=${image.src}
                      alt=${t.text(image.alt)}
                      width=${ifDefined(image.width)}
                      height=${ifDefined(image.height)}
                      loading="lazy"
                      decoding="async"
                    />`
                  : nothing
              }
              <span class="exercise-name" dir="auto">${t.text(item.exercise.name)}</span>
              ${line ? html`<span class="dosage-line">${line}</span>` : nothing}
              ${
                ticks
                  ? html`<span class="print-only ticks-row"
                      >${msg('Sets done:')}
                      <span class="ticks">${Array.from({ length: ticks }, () => '☐').join(' ')}</span></span
                    >`
                  : nothing
              }
            </li>`;
          })}
        </ol>
      </section>`;
    })}
    ${renderSource(p)}
    <p class="print-only print-footer"></p>
    ${p.cueSettings}
  </section>`;
}

/** Every piece of equipment the routine's exercises list, once each, in order of first use. */
function equipmentOf(p: OverviewProps): string[] {
  const seen = new Map<string, string>();
  for (const item of p.items) {
    for (const thing of item.exercise.equipment ?? []) {
      const text = p.t.text(thing).trim();
      if (text && !seen.has(text.toLowerCase())) seen.set(text.toLowerCase(), text);
    }
  }
  return [...seen.values()];
}

/** The most tick boxes one exercise gets on paper. */
const MAX_TICK_BOXES = 12;

/** One box per set to tick on paper: the top of a range, at least one for any structured dosage. */
function tickBoxes(dosage: Dosage | undefined): number {
  if (!dosage) return 0;
  if (dosage.sets !== undefined) {
    const sets = rangeMax(dosage.sets);
    return Number.isFinite(sets) ? Math.min(Math.max(1, Math.round(sets)), MAX_TICK_BOXES) : 0;
  }
  return dosage.reps !== undefined || dosage.durationSeconds !== undefined ? 1 : 0;
}

/** Where the routine comes from, for the printed handout (with its address, since paper has no links). */
function renderSource(p: OverviewProps): TemplateResult | typeof nothing {
  const source = p.routine.source;
  const title = p.t.text(source?.title).trim();
  if (!source || !title) return nothing;
  const author = p.t.text(source.author).trim();
  const linked = source.url
    ? html`<a href=${source.url} rel="noopener" dir="auto">${title}</a>`
    : html`<span dir="auto">${title}</span>`;
  const by = html`<span dir="auto">${author}</span>`;
  return html`<p class="print-only source">
    ${author ? msg(html`Adapted from “${linked}” by ${by}`) : msg(html`Adapted from “${linked}”`)}
    ${source.url ? html`<span class="source-url">${source.url}</span>` : nothing}
  </p>`;
}

function renderResume(p: OverviewProps): TemplateResult {
  return html`<div class="resume" role="group" aria-labelledby="resume-title">
    <p id="resume-title" class="resume-title">${msg('You have an unfinished session.')}</p>
    <p class="muted">${msg(str`Left at: ${p.resume?.where ?? ''}`)}</p>
    <button type="button" part="resume" class="primary big" @click=${p.onResume}>
      ${msg('Resume where you left off')}
    </button>
  </div>`;
}
