/**
 * Headings: `# Routine title {#id}`, `## Section title {#id .warm-up}`, `### Exercise name {#id}`.
 * A text with no `###` at all may list its exercises as `##` headings under one section; a
 * `{.exercises}` section holds exercises that are defined but not placed in any section.
 */
import { SECTION_KINDS } from '../../../data/routine-schema.js';
import { clip } from '../diagnostics.js';
import { labelOf } from '../labels.js';
import { newDraft, type ReadState, type SectionDraft } from '../state.js';
import type { LineToken } from '../tokens.js';
import { finishExercise } from './exercise-end.js';

type Heading = Extract<LineToken, { kind: 'heading' }>;

export function headingRule(state: ReadState, token: LineToken): boolean {
  if (token.kind !== 'heading') return false;
  if (token.level >= 4) return subheading(state, token);
  finishExercise(state);
  state.openList = undefined;
  if (token.level === 1 && !state.titleSeen) return title(state, token);
  if (token.level === 1) {
    state.diagnostics.add(token.line, token.column, 'warning', 'second-title', { text: clip(token.text) });
  }
  if (token.attributes.classes.includes('exercises')) {
    state.inLibrary = true;
    state.section = undefined;
    return true;
  }
  if (token.level === state.exerciseLevel) return startExercise(state, token);
  state.inLibrary = false;
  const section: SectionDraft = {
    ...newDraft({ line: token.line, column: token.column }),
    heading: token,
    items: [],
  };
  if (token.title) section.fields.title = token.title;
  if (token.attributes.id !== undefined) section.fields.id = token.attributes.id;
  section.fields.kind = sectionKind(token);
  state.sections.push(section);
  state.section = section;
  return true;
}

function title(state: ReadState, token: Heading): boolean {
  state.titleSeen = true;
  state.routine.position = { line: token.line, column: token.column };
  if (token.title) state.routine.fields.title = token.title;
  if (token.attributes.id !== undefined) state.routine.fields.id = token.attributes.id;
  return true;
}

function startExercise(state: ReadState, token: Heading): boolean {
  const inLibrary = state.inLibrary;
  if (!inLibrary && !state.section) {
    // Exercises before any section heading: one section holds them, named like the routine's list.
    const section: SectionDraft = {
      ...newDraft({ line: token.line, column: token.column }),
      heading: undefined,
      items: [],
    };
    section.fields.title = state.titles.exercises;
    section.fields.kind = 'main';
    state.sections.push(section);
    state.section = section;
    if (state.exerciseLevel === 3)
      state.diagnostics.add(token.line, token.column, 'info', 'before-section', {
        text: clip(token.text),
        section: state.titles.exercises,
      });
    else
      state.diagnostics.add(token.line, token.column, 'info', 'no-exercise-headings', {
        section: state.titles.exercises,
      });
  }
  state.exercise = {
    ...newDraft({ line: token.line, column: token.column }),
    heading: token,
    described: false,
    dosageFields: {},
    item: newDraft({ line: token.line, column: token.column }),
    inline: token.attributes.classes.includes('inline'),
    library: inLibrary,
  };
  if (token.title) state.exercise.fields.name = token.title;
  state.allExercises.push(state.exercise);
  if (!inLibrary) state.section?.items.push(state.exercise);
  return true;
}

/** `#### Tips` inside an exercise works like `Tips:`; any other deeper heading is only noted. */
function subheading(state: ReadState, token: Heading): boolean {
  const label = labelOf(token.title.replace(/:$/, ''));
  if (label && state.exercise) {
    state.openList = { label, draft: state.exercise };
    return true;
  }
  state.diagnostics.add(token.line, token.column, 'warning', 'heading-level', { text: clip(token.text) });
  return true;
}

const KIND_WORDS: readonly [RegExp, (typeof SECTION_KINDS)[number]][] = [
  [/\bwarm[\s-]?up\b/i, 'warm-up'],
  [/\bcool[\s-]?down\b/i, 'cool-down'],
  [/^\s*(?:bonus|optional|extra)\b/i, 'bonus'],
];

/** The kind a section title suggests ("Warm-up" → warm-up); "main" otherwise. */
export function kindFromTitle(title: string): (typeof SECTION_KINDS)[number] {
  for (const [pattern, kind] of KIND_WORDS) if (pattern.test(title)) return kind;
  return 'main';
}

function sectionKind(token: Heading): (typeof SECTION_KINDS)[number] {
  const given = token.attributes.classes.find((name) =>
    (SECTION_KINDS as readonly string[]).includes(name),
  ) as (typeof SECTION_KINDS)[number] | undefined;
  return given ?? kindFromTitle(token.title);
}
