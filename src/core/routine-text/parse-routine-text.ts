/**
 * parseRoutineText: the text format read into a routine document. A tiny core in the style of
 * markdown-it: the lexer turns lines into positioned tokens, each block rule (rules/*.ts) claims the
 * tokens it knows, and `assemble` builds the document from the drafts the rules filled in.
 */
import type { RoutineInput } from '../../data/routine-schema.js';
import { madeUpTitles, type MadeUpTitles } from '../made-up-titles.js';
import { diagnostic, type Diagnostic } from './diagnostics.js';
import { assemble } from './assemble.js';
import { fieldRule } from './rules/field.js';
import { headingRule } from './rules/heading.js';
import { imageRule } from './rules/image.js';
import { jsonLineRule } from './rules/json-line.js';
import { listItemRule } from './rules/list-item.js';
import { textRule } from './rules/text.js';
import { newState, type ReadState } from './state.js';
import { tokenizeLines, type LineToken } from './tokens.js';

export interface ParsedRoutineText {
  /** The routine in the input shape of our JSON (dosage lines as text), ready for validateRoutine. */
  routine: RoutineInput;
  /** What the author should look at, in text order. */
  diagnostics: Diagnostic[];
}

type Rule = (state: ReadState, token: LineToken) => boolean;

const RULES: readonly Rule[] = [headingRule, jsonLineRule, imageRule, listItemRule, fieldRule, textRule];

export interface ParseRoutineTextOptions {
  /**
   * The names for what the author left unnamed (a routine without a title, exercises before any
   * section), in the reader's language; English by default.
   */
  titles?: Partial<MadeUpTitles>;
}

/** Reads the text format. Never throws: whatever the text, it answers with a routine and diagnostics. */
export function parseRoutineText(text: string, options: ParseRoutineTextOptions = {}): ParsedRoutineText {
  const titles = madeUpTitles(options.titles);
  try {
    const tokens = tokenizeLines(typeof text === 'string' ? text : '');
    const state = newState(tokens, titles);
    for (const token of tokens) {
      if (token.kind === 'blank') continue;
      for (const rule of RULES) if (rule(state, token)) break;
    }
    const routine = assemble(state);
    return { routine, diagnostics: sortByPosition(state.diagnostics.items) };
  } catch {
    // No rule is meant to throw; if one does, the author still gets an answer instead of a broken page.
    return {
      routine: { id: 'routine', title: titles.untitledRoutine, sections: [] },
      diagnostics: [diagnostic(1, 1, 'error', 'unreadable-text')],
    };
  }
}

function sortByPosition(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => a.line - b.line || a.column - b.column);
}

/** "line 7: '10-15 reps per sde': I read 10–15 reps; did you mean 'per side'?" */
export function formatDiagnostic(diagnostic: Diagnostic): string {
  return `line ${diagnostic.line}: ${diagnostic.message}`;
}
