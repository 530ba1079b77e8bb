/**
 * What the block rules build while they read: drafts of the routine, its sections, items and
 * exercises, and where each came from, so later diagnostics can point back into the text.
 */
import type { Range } from '../dosage-types.js';
import type { MadeUpTitles } from '../made-up-titles.js';
import { DiagnosticList } from './diagnostics.js';
import type { Label } from './labels.js';
import type { LineToken } from './tokens.js';

export type Json = Record<string, unknown>;
export type Position = { line: number; column: number };

/** Dosage fields an author may set line by line ("Hold: 3–5 s"); null is "none". */
export type DosageField = 'sets' | 'reps' | 'holdSeconds' | 'durationSeconds' | 'restSeconds' | 'side';

/** Fields of a routine, section or exercise in the making, with the paragraph lines of its summary. */
export interface Draft {
  fields: Json;
  /** `JSON key: …` lines: applied last, so they win over what the plain lines said. */
  json: Json;
  summaryLines: string[];
  position: Position;
  /** Where each field was written, for diagnostics from validation. */
  fieldPositions: Map<string, Position>;
}

export interface ExerciseDraft extends Draft {
  heading: Extract<LineToken, { kind: 'heading' }>;
  /** True once any line describes the exercise itself (not the item's dosage or note). */
  described: boolean;
  dosageWords?: { text: string; position: Position };
  dosageFields: Partial<Record<DosageField, Range | string | null>>;
  item: Draft;
  inline: boolean;
  /** In the `{.exercises}` block: defined for reference, not placed in a section. */
  library: boolean;
}

export interface SectionDraft extends Draft {
  heading: Extract<LineToken, { kind: 'heading' }> | undefined;
  items: ExerciseDraft[];
}

export interface ReadState {
  diagnostics: DiagnosticList;
  routine: Draft;
  titleSeen: boolean;
  sections: SectionDraft[];
  section: SectionDraft | undefined;
  exercise: ExerciseDraft | undefined;
  /** Inside the `{.exercises}` block. */
  inLibrary: boolean;
  /** Every exercise heading, in text order (sections and the `{.exercises}` block). */
  allExercises: ExerciseDraft[];
  /** A list label waiting for its items ("Tips:" followed by "- …" lines). */
  openList: { label: Label; draft: Draft } | undefined;
  /** Level-2 headings are exercises when the text has no level-3 heading at all. */
  exerciseLevel: 2 | 3;
  /** What to call what the author left unnamed. */
  titles: MadeUpTitles;
}

export function newDraft(position: Position): Draft {
  return { fields: {}, json: {}, summaryLines: [], position, fieldPositions: new Map() };
}

export function newState(tokens: readonly LineToken[], titles: MadeUpTitles): ReadState {
  const hasLevel3 = tokens.some((token) => token.kind === 'heading' && token.level === 3);
  return {
    diagnostics: new DiagnosticList(),
    routine: newDraft({ line: 1, column: 1 }),
    titleSeen: false,
    sections: [],
    section: undefined,
    exercise: undefined,
    inLibrary: false,
    allExercises: [],
    openList: undefined,
    exerciseLevel: hasLevel3 ? 3 : 2,
    titles,
  };
}

/** Sets an own property, even one named `__proto__`, as JSON.parse would. */
export function setOwn(target: Json, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** The draft that plain lines about the routine or a section go to at this point. */
export function currentDraft(state: ReadState): Draft {
  return state.exercise ?? state.section ?? state.routine;
}
