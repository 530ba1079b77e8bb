/** What the text readers (routine text, article import) tell an author about their text. */

export type DiagnosticSeverity = 'error' | 'warning' | 'info';

/** One remark about the author's text, tied to a place in it (1-based line and column). */
export interface Diagnostic {
  line: number;
  column: number;
  severity: DiagnosticSeverity;
  /** Written for the author: what was read, what looks wrong, what to do. */
  message: string;
}

/** Diagnostics beyond this many help nobody; the first ones are what an author fixes first. */
export const MAX_DIAGNOSTICS = 100;

/** Collects diagnostics, at most MAX_DIAGNOSTICS of them. */
export class DiagnosticList {
  readonly items: Diagnostic[] = [];

  add(line: number, column: number, severity: DiagnosticSeverity, message: string): void {
    if (this.items.length < MAX_DIAGNOSTICS) this.items.push({ line, column, severity, message });
  }
}

/** A line quoted in a message, shortened so a pasted paragraph doesn't fill the panel. */
export function quote(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return `'${flat.length > max ? `${flat.slice(0, max - 1)}…` : flat}'`;
}
