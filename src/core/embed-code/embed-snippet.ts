/**
 * buildEmbedCode: the snippet an author pastes into a blog: the script tag, the element with its data
 * inline, and readable fallback HTML inside the element for readers whose host strips scripts. Pure
 * string building; every piece of author text goes through escape.ts.
 */
import type { Exercise } from '../../data/exercise-schema.js';
import type { Routine } from '../../data/routine-schema.js';
import { resolveRoutineItems } from '../../data/resolve-routine.js';
import { formatDosage } from '../format-dosage.js';
import { pickText } from '../localized-text.js';
import { escapeHtml, jsonForScript } from './escape.js';
import { exerciseFallbackLines, listLines, type FallbackLabels } from './fallback-html.js';

/** `card`: one card per exercise; `counter`: a rep counter for one exercise; `player`: the whole routine. */
export type EmbedElement = 'card' | 'counter' | 'player';

export interface EmbedOptions {
  /** Which element the snippet uses. Default `player`. */
  element?: EmbedElement;
  /** For `counter`: the exercise to count (default: the routine's first). */
  exerciseId?: string;
  /** Where the page loads the drop-in file from. */
  scriptSrc?: string;
  /** Headings of the fallback lists. Default English. */
  labels?: FallbackLabels;
  /** A `lang` for the element, when the page is in another language than the data. */
  lang?: string;
}

export const DEFAULT_SCRIPT_SRC = 'https://unpkg.com/exercise-elements/dist/cdn/exercise-elements.js';

const ENGLISH_LABELS: FallbackLabels = { steps: 'Steps', safety: 'Safety' };

/** Longer tags than this are no language tag; a hostile one must not grow the snippet. */
const MAX_LANG_LENGTH = 35;

function openTag(tag: string, attributes: Readonly<Record<string, string | undefined>>): string {
  const parts = Object.entries(attributes)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`);
  return `<${tag}${parts.join('')}>`;
}

/** The JSON script, indented inside its element. */
function dataScript(value: unknown): string[] {
  const json = jsonForScript(value)
    .split('\n')
    .map((line) => `    ${line}`);
  return ['  <script type="application/json">', ...json, '  </script>'];
}

function routineFallback(routine: Routine, labels: FallbackLabels, locale: string): string[] {
  const lines = [`  <h2>${escapeHtml(pickText(routine.title, locale))}</h2>`];
  const summary = pickText(routine.summary, locale);
  if (summary) lines.push(`  <p>${escapeHtml(summary)}</p>`);
  if (routine.safety && routine.safety.length > 0) {
    lines.push(`  <p>${escapeHtml(labels.safety)}</p>`, ...listLines('ul', routine.safety, '  ', locale));
  }
  for (const item of resolveRoutineItems(routine)) {
    lines.push(...exerciseFallbackLines({ ...item.exercise, dosage: item.dosage }, labels, { locale }));
  }
  return lines;
}

/** Each exercise as the card shows it in this routine: the item's dosage wins. */
function cardExercises(routine: Routine): Exercise[] {
  return resolveRoutineItems(routine).map((item) =>
    item.dosage === undefined ? item.exercise : { ...item.exercise, dosage: item.dosage },
  );
}

/** The snippet, as a string ready to paste. Never throws; a routine without exercises gives no element. */
export function buildEmbedCode(routine: Routine, options: EmbedOptions = {}): string {
  const element = options.element ?? 'player';
  const labels = options.labels ?? ENGLISH_LABELS;
  const lang = options.lang && options.lang.length <= MAX_LANG_LENGTH ? options.lang : undefined;
  const locale = lang ?? 'en';
  const out = [
    openTag('script', { type: 'module', src: options.scriptSrc ?? DEFAULT_SCRIPT_SRC }) + '</script>',
  ];

  if (element === 'player') {
    out.push(
      openTag('routine-player', { lang }),
      ...dataScript(routine),
      ...routineFallback(routine, labels, locale),
    );
    out.push('</routine-player>');
  } else if (element === 'card') {
    for (const exercise of cardExercises(routine)) {
      out.push(openTag('exercise-card', { lang }), ...dataScript(exercise));
      out.push(...exerciseFallbackLines(exercise, labels, { locale }), '</exercise-card>');
    }
  } else {
    const items = resolveRoutineItems(routine);
    const item = items.find((i) => i.exercise.id === options.exerciseId) ?? items[0];
    if (item) {
      const exercise = { ...item.exercise, dosage: item.dosage };
      // The counter shows no name of its own: the heading stays beside it, outside the element.
      out.push(`<h3>${escapeHtml(pickText(exercise.name, locale))}</h3>`);
      // Our own English wording: the attribute is read back by parseDosage, the author's words may not be.
      const dosage = item.dosage ? formatDosage(item.dosage, 'en') : undefined;
      out.push(openTag('rep-counter', { dosage, lang }));
      const fallback = exerciseFallbackLines({ ...exercise, name: '' }, labels, { locale }).slice(1);
      out.push(...fallback, '</rep-counter>');
    }
  }
  return `${out.join('\n')}\n`;
}
