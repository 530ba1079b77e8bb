/**
 * The readable HTML an embed carries inside its element: what a reader sees when the host strips
 * scripts or the script fails to load. Only the parts a reader needs to do the exercise safely: the
 * name, the dosage, the steps and the safety notes. Once the element upgrades, its shadow root (which has
 * no default slot) hides this light DOM.
 */
import type { Dosage } from '../dosage-types.js';
import { formatDosage } from '../format-dosage.js';
import { pickText, type LocalizedText } from '../localized-text.js';
import { escapeHtml } from './escape.js';

/** Headings of the fallback lists, in the language the author writes the page in. */
export interface FallbackLabels {
  steps: string;
  safety: string;
}

/** What the fallback shows of one exercise. */
export interface FallbackExercise {
  name: LocalizedText;
  summary?: LocalizedText;
  dosage?: Dosage;
  steps?: readonly LocalizedText[];
  safety?: readonly LocalizedText[];
}

/** The dosage as a line a reader (and `<rep-counter dosage>`) understands: the author's words first. */
export function dosageLine(dosage: Dosage | undefined, locale = 'en'): string {
  if (!dosage) return '';
  return dosage.text?.trim() || formatDosage(dosage, locale);
}

/** A list of author text as HTML lines; localized entries show in `locale`. */
export function listLines(
  tag: 'ol' | 'ul',
  items: readonly LocalizedText[] | undefined,
  indent: string,
  locale: string,
): string[] {
  if (!items || items.length === 0) return [];
  const entries = items.map((item) => `${indent}  <li>${escapeHtml(pickText(item, locale))}</li>`);
  return [`${indent}<${tag}>`, ...entries, `${indent}</${tag}>`];
}

/** One exercise as plain HTML lines (heading, dosage, steps, safety), each line indented by `indent`. */
export function exerciseFallbackLines(
  exercise: FallbackExercise,
  labels: FallbackLabels,
  options: { headingLevel?: number; indent?: string; locale?: string } = {},
): string[] {
  const level = Math.min(6, Math.max(1, Math.round(options.headingLevel ?? 3)));
  const indent = options.indent ?? '  ';
  const locale = options.locale ?? 'en';
  const lines = [`${indent}<h${level}>${escapeHtml(pickText(exercise.name, locale))}</h${level}>`];
  const dosage = dosageLine(exercise.dosage, locale);
  if (dosage) lines.push(`${indent}<p><strong>${escapeHtml(dosage)}</strong></p>`);
  const summary = pickText(exercise.summary, locale);
  if (summary) lines.push(`${indent}<p>${escapeHtml(summary)}</p>`);
  if (exercise.steps && exercise.steps.length > 0) {
    lines.push(
      `${indent}<p>${escapeHtml(labels.steps)}</p>`,
      ...listLines('ol', exercise.steps, indent, locale),
    );
  }
  if (exercise.safety && exercise.safety.length > 0) {
    lines.push(
      `${indent}<p>${escapeHtml(labels.safety)}</p>`,
      ...listLines('ul', exercise.safety, indent, locale),
    );
  }
  return lines;
}
