/**
 * The form view of the document: the routine's fields, its sections and every exercise's common
 * fields, with each problem printed under its field. It renders from the document and reports intent
 * through the handlers; it keeps no state of its own, so it can never drift from the text pane.
 */
import { msg, str } from '@lit/localize';
import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { pickText, type LocalizedText } from '../core/localized-text.js';
import type { RoutineInput, SectionKind } from '../data/routine-schema.js';
import { SECTION_KINDS } from '../data/routine-schema.js';
import { itemKey, type PlacedProblems } from './field-problems.js';
import {
  exerciseOf,
  type ExerciseListField,
  type ExerciseTextField,
  type RoutineTextField,
} from './routine-edits.js';

export interface FormHandlers {
  routineText(field: RoutineTextField, value: string): void;
  sectionTitle(s: number, value: string): void;
  sectionKind(s: number, kind: SectionKind): void;
  moveSection(s: number, delta: number): void;
  removeSection(s: number): void;
  addSection(): void;
  addExercise(s: number): void;
  exerciseText(s: number, i: number, field: ExerciseTextField, value: string): void;
  exerciseList(s: number, i: number, field: ExerciseListField, lines: string[]): void;
  moveItem(s: number, i: number, delta: number): void;
  removeItem(s: number, i: number): void;
}

const kindLabel = (kind: SectionKind): string =>
  ({
    'warm-up': msg('Warm-up', { id: 'editor.warm-up' }),
    main: msg('Main part', { id: 'editor.main-part' }),
    'cool-down': msg('Cool-down', { id: 'editor.cool-down' }),
    bonus: msg('Bonus', { id: 'editor.bonus' }),
  })[kind];

/** Text the form can edit; a field written in several languages is edited in the text or JSON. */
const plain = (value: unknown): string | undefined =>
  value === undefined ? '' : typeof value === 'string' ? value : undefined;

const linesOf = (value: unknown): string | undefined => {
  if (value === undefined) return '';
  if (!Array.isArray(value)) return undefined;
  return value.every((line) => typeof line === 'string') ? value.join('\n') : undefined;
};

const dosageText = (value: unknown): string | undefined => {
  if (value === undefined || typeof value === 'string') return value ?? '';
  // An object dosage keeps the author's words in `text`; without them it is edited in the text pane.
  const text = (value as { text?: unknown }).text;
  return typeof text === 'string' ? text : undefined;
};

function problems(placed: PlacedProblems | undefined, key: string): TemplateResult | typeof nothing {
  const list = placed?.byField.get(key);
  if (!list || list.length === 0) return nothing;
  return html`<ul class="problems" id=${`p-${key}`}>
    ${list.map((message) => html`<li>${message}</li>`)}
  </ul>`;
}

interface FieldOptions {
  key: string;
  label: string;
  value: string | undefined;
  multiline?: boolean;
  hint?: string;
  placed: PlacedProblems | undefined;
  onChange: (value: string) => void;
}

function field(o: FieldOptions): TemplateResult {
  const id = `f-${o.key}`;
  const wrong = o.placed?.byField.has(o.key) ?? false;
  const hintId = o.hint ? `h-${o.key}` : '';
  const problemId = wrong ? `p-${o.key}` : '';
  const described = [hintId, problemId].filter(Boolean).join(' ') || undefined;
  const locked = o.value === undefined;
  const onChange = (event: Event) => o.onChange((event.target as HTMLInputElement).value);
  return html`<div class="field">
    <label for=${id}>${o.label}</label>
    ${o.hint ? html`<p class="hint" id=${hintId}>${o.hint}</p>` : nothing}
    ${locked ? html`<p class="hint">${msg('Written in several languages: change it in the text.', { id: 'editor.written-in-several-languages' })}</p>` : nothing}
    ${
      o.multiline
        ? html`<textarea
            id=${id}
            dir="auto"
            rows="3"
            .value=${live(o.value ?? '')}
            ?disabled=${locked}
            aria-invalid=${wrong ? 'true' : 'false'}
            aria-describedby=${described ?? nothing}
            @change=${onChange}
          ></textarea>`
        : html`<input
            id=${id}
            dir="auto"
            type="text"
            .value=${live(o.value ?? '')}
            ?disabled=${locked}
            aria-invalid=${wrong ? 'true' : 'false'}
            aria-describedby=${described ?? nothing}
            @change=${onChange}
          />`
    }
    ${problems(o.placed, o.key)}
  </div>`;
}

const splitLines = (value: string): string[] => value.split(/\r?\n/);

function exerciseFields(
  doc: RoutineInput,
  s: number,
  i: number,
  count: number,
  placed: PlacedProblems | undefined,
  on: FormHandlers,
): TemplateResult {
  const item = doc.sections[s]!.items[i]!;
  const exercise = exerciseOf(doc, item);
  const key = itemKey(s, i);
  if (!exercise) {
    return html`<li class="exercise">
      <p>
        ${msg(str`This item points to an exercise that is not in the routine ("${String(item.ref)}").`, { id: 'editor.this-item-points-to' })}
      </p>
      <button type="button" @click=${() => on.removeItem(s, i)}>
        ${msg('Remove', { id: 'editor.remove' })}
      </button>
    </li>`;
  }
  const name =
    pickText(exercise.name as LocalizedText, 'en') || msg('New exercise', { id: 'editor.new-exercise' });
  const text = (f: ExerciseTextField) => (value: string) => on.exerciseText(s, i, f, value);
  const list = (f: ExerciseListField) => (value: string) => on.exerciseList(s, i, f, splitLines(value));
  const perLine = msg('One per line.', { id: 'editor.one-per-line' });
  const last = s === doc.sections.length - 1 && i === count - 1;
  return html`<li class="exercise" part="form-exercise">
    <fieldset>
      <legend>${name}</legend>
      ${field({ key: `${key}.name`, label: msg('Name', { id: 'editor.name' }), value: plain(exercise.name), placed, onChange: text('name') })}
      ${field({
        key: `${key}.dosage`,
        label: msg('Dosage', { id: 'editor.dosage' }),
        hint: msg('For example: 2 sets of 10 reps per side, hold 5 seconds.', {
          id: 'editor.for-example-2-sets',
        }),
        value: dosageText(item.dosage ?? exercise.dosage),
        placed,
        onChange: text('dosage'),
      })}
      ${field({
        key: `${key}.summary`,
        label: msg('Summary', { id: 'editor.summary' }),
        value: plain(exercise.summary),
        multiline: true,
        placed,
        onChange: text('summary'),
      })}
      ${field({
        key: `${key}.steps`,
        label: msg('Steps', { id: 'editor.steps' }),
        hint: perLine,
        value: linesOf(exercise.steps),
        multiline: true,
        placed,
        onChange: list('steps'),
      })}
      ${field({
        key: `${key}.cues`,
        label: msg('Tips', { id: 'editor.tips' }),
        hint: perLine,
        value: linesOf(exercise.cues),
        multiline: true,
        placed,
        onChange: list('cues'),
      })}
      ${field({
        key: `${key}.safety`,
        label: msg('Safety', { id: 'editor.safety' }),
        hint: perLine,
        value: linesOf(exercise.safety),
        multiline: true,
        placed,
        onChange: list('safety'),
      })}
      ${field({
        key: `${key}.equipment`,
        label: msg('Equipment', { id: 'editor.equipment' }),
        hint: perLine,
        value: linesOf(exercise.equipment),
        multiline: true,
        placed,
        onChange: list('equipment'),
      })}
      ${problems(placed, key)}
      <div class="row-buttons">
        <button
          type="button"
          id=${`${key}-up`}
          ?disabled=${s === 0 && i === 0}
          @click=${() => on.moveItem(s, i, -1)}
        >
          ${msg(str`Move ${name} up`, { id: 'editor.move-x-up' })}
        </button>
        <button type="button" id=${`${key}-down`} ?disabled=${last} @click=${() => on.moveItem(s, i, 1)}>
          ${msg(str`Move ${name} down`, { id: 'editor.move-x-down' })}
        </button>
        <button type="button" class="danger" @click=${() => on.removeItem(s, i)}>
          ${msg(str`Remove ${name}`, { id: 'editor.remove-x' })}
        </button>
      </div>
    </fieldset>
  </li>`;
}

export function renderRoutineForm(
  doc: RoutineInput,
  placed: PlacedProblems | undefined,
  on: FormHandlers,
): TemplateResult {
  const sections = Array.isArray(doc.sections) ? doc.sections : [];
  return html`<div class="form" part="form">
    <fieldset>
      <legend>${msg('Routine', { id: 'editor.routine' })}</legend>
      ${field({
        key: 'title',
        label: msg('Title', { id: 'editor.title' }),
        value: plain(doc.title),
        placed,
        onChange: (v) => on.routineText('title', v),
      })}
      ${field({
        key: 'summary',
        label: msg('Summary', { id: 'editor.summary' }),
        value: plain(doc.summary),
        multiline: true,
        placed,
        onChange: (v) => on.routineText('summary', v),
      })}
      ${field({
        key: 'frequency',
        label: msg('How often', { id: 'editor.how-often' }),
        hint: msg('For example: once or twice a day.', { id: 'editor.for-example-once-or' }),
        value: dosageText(doc.frequency),
        placed,
        onChange: (v) => on.routineText('frequency', v),
      })}
    </fieldset>
    ${sections.map((section, s) => {
      const title =
        pickText(section.title as LocalizedText, 'en') ||
        msg('Untitled section', { id: 'editor.untitled-section' });
      const items = Array.isArray(section.items) ? section.items : [];
      return html`<section class="section" aria-labelledby=${`section-${s}`}>
        <h3 id=${`section-${s}`}>${title}</h3>
        ${field({
          key: `s${s}.title`,
          label: msg('Section title', { id: 'editor.section-title' }),
          value: plain(section.title),
          placed,
          onChange: (v) => on.sectionTitle(s, v),
        })}
        <div class="field">
          <label for=${`f-s${s}.kind`}>${msg('Kind of section', { id: 'editor.kind-of-section' })}</label>
          <select
            id=${`f-s${s}.kind`}
            @change=${(e: Event) => on.sectionKind(s, (e.target as HTMLSelectElement).value as SectionKind)}
          >
            ${SECTION_KINDS.map(
              (kind) =>
                html`<option value=${kind} ?selected=${section.kind === kind}>${kindLabel(kind)}</option>`,
            )}
          </select>
        </div>
        ${problems(placed, `s${s}`)}
        <ol class="exercises">
          ${items.map((_, i) => exerciseFields(doc, s, i, items.length, placed, on))}
        </ol>
        <div class="row-buttons">
          <button type="button" id=${`s${s}-add`} class="primary" @click=${() => on.addExercise(s)}>
            ${msg(str`Add an exercise to ${title}`, { id: 'editor.add-an-exercise-to' })}
          </button>
          <button type="button" ?disabled=${s === 0} @click=${() => on.moveSection(s, -1)}>
            ${msg(str`Move section ${title} up`, { id: 'editor.move-section-x-up' })}
          </button>
          <button type="button" ?disabled=${s === sections.length - 1} @click=${() => on.moveSection(s, 1)}>
            ${msg(str`Move section ${title} down`, { id: 'editor.move-section-x-down' })}
          </button>
          <button type="button" class="danger" @click=${() => on.removeSection(s)}>
            ${msg(str`Remove section ${title}`, { id: 'editor.remove-section-x' })}
          </button>
        </div>
      </section>`;
    })}
    <div class="row-buttons">
      ${
        sections.length === 0
          ? html`<button type="button" class="primary" id="add-first" @click=${() => on.addExercise(0)}>
              ${msg('Add an exercise', { id: 'editor.add-an-exercise' })}
            </button>`
          : nothing
      }
      <button type="button" id="add-section" @click=${() => on.addSection()}>
        ${msg('Add a section', { id: 'editor.add-a-section' })}
      </button>
    </div>
  </div>`;
}
