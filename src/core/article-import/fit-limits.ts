/**
 * An article can hold a paragraph longer than any step, or a list longer than a home program: the draft
 * keeps within the document limits, so it always validates, and the author is told what was cut.
 */
import { DOCUMENT_LIMITS as D } from '../limits.js';

/** Cuts text to `max` characters at a word boundary when one is near, ending with "…". */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  const head = text.slice(0, max - 1);
  const space = head.search(/\s\S*$/);
  return `${(space > max * 0.8 ? head.slice(0, space) : head).trimEnd()}…`;
}

/** A list of lines within the limits: at most `maxListEntries`, each at most `maxLineLength` long. */
export function fitLines(list: readonly string[]): { lines: string[]; cut: boolean } {
  const lines = list.slice(0, D.maxListEntries).map((line) => clipText(line, D.maxLineLength));
  return { lines, cut: list.length > lines.length || lines.some((line, i) => line !== list[i]) };
}
