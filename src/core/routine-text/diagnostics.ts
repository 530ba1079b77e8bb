/**
 * What the text readers (routine text, article import) tell an author about their text. Each remark
 * has a stable `code` and its `params` (the author's words, numbers, what was read), so an interface
 * can word it in the author's language; `message` is the English sentence built from the same two,
 * for scripts and for core users who show it as it is (diagnostic-text.ts).
 */
import type { Dosage } from '../dosage-types.js';
import { englishDiagnostic } from './diagnostic-text.js';

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** Every remark the readers make. The list is the contract: a code is never renamed or reused. */
export const DIAGNOSTIC_CODES = [
  // The text format.
  'no-title',
  'id-taken',
  'name-id-taken',
  'missing-field',
  'invalid-value',
  'unreadable-text',
  'dosage-typo',
  'dosage-typo-no-amount',
  'dosage-no-amount',
  'frequency-unread',
  'dosage-twice',
  'image-syntax',
  'section-safety',
  'outside-exercise',
  'value-unread',
  'difficulty-unknown',
  'video-syntax',
  'time-unread',
  'second-title',
  'before-section',
  'no-exercise-headings',
  'heading-level',
  'image-outside-exercise',
  'json-invalid',
  'item-json-outside',
  'list-item-outside',
  'text-outside-exercise',
  'label-typo',
  'figure-unread',
  // The article importer.
  'html-unreadable',
  'article-unreadable',
  'article-no-title',
  'article-title',
  'article-frequency',
  'no-exercises',
  'too-many-exercises',
  'unplaced',
  'mentioned-exercise',
  'text-cut',
  'dosage-read',
  'dosage-read-with-every',
  'dosage-from-every',
  'dosage-as-written',
  'no-dosage',
  'no-steps',
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

/**
 * What a remark is about: `text` is the line (or block) it quotes, shortened; `name` an exercise's
 * name; numbers are numbers (an interface formats them); `dosage` is what was read, as a Dosage.
 */
export type DiagnosticParam = string | number | Dosage;
export type DiagnosticParams = Readonly<Record<string, DiagnosticParam>>;

/** One remark about the author's text, tied to a place in it (1-based line and column). */
export interface Diagnostic {
  line: number;
  column: number;
  severity: DiagnosticSeverity;
  /** Which remark this is; stable across versions. */
  code: DiagnosticCode;
  /** The values the remark is about, by name. */
  params: DiagnosticParams;
  /** Written for the author, in English: what was read, what looks wrong, what to do. */
  message: string;
}

/** Diagnostics beyond this many help nobody; the first ones are what an author fixes first. */
export const MAX_DIAGNOSTICS = 100;

/** A diagnostic with its English message built from its code and params. */
export function diagnostic(
  line: number,
  column: number,
  severity: DiagnosticSeverity,
  code: DiagnosticCode,
  params: DiagnosticParams = {},
): Diagnostic {
  return { line, column, severity, code, params, message: englishDiagnostic(code, params) };
}

/** Collects diagnostics, at most MAX_DIAGNOSTICS of them. */
export class DiagnosticList {
  readonly items: Diagnostic[] = [];

  add(
    line: number,
    column: number,
    severity: DiagnosticSeverity,
    code: DiagnosticCode,
    params: DiagnosticParams = {},
  ): void {
    if (this.items.length < MAX_DIAGNOSTICS)
      this.items.push(diagnostic(line, column, severity, code, params));
  }
}

/** A line quoted in a remark, shortened so a pasted paragraph doesn't fill the panel (no quote marks). */
export function clip(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
