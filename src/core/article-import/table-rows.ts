/**
 * A table's rows as the blocks an article would write, whether it came as HTML (`<table>`) or as plain
 * text with tabs between its cells (a table copied as text). A clinic's table of exercises (Exercise |
 * Instructions | Reps | Sets | Hold): each row's first cell a heading, each other cell a labelled line
 * ("Reps: 10") under its column's header, so the rows read as the exercises they are. Any other table
 * (weeks, levels): one line per row, never a heading ("Week 1, Hold: 20 s").
 */
import type { Block } from './blocks.js';

/** A table's first header cell that names the exercises of its rows. */
const EXERCISE_COLUMN = /^(?:|exercises?|names?|movements?|moves?|stretch(?:es)?|activit(?:y|ies)|drills?)$/i;
/** An empty or dashed cell says nothing ("–" under Hold: no hold). */
const saysSomething = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** `row`: the index in `rows` of the row the block comes from. */
export type PushBlock = (text: string, kind: Block['kind'] | undefined, level: number, row: number) => void;

/**
 * `labels`: the header row's cells, or undefined for a table without one. Answers 'exercises' when the
 * rows were read as exercises (the block after them is then not part of the last one).
 */
export function tableRowBlocks(
  labels: readonly string[] | undefined,
  rows: readonly (readonly string[])[],
  push: PushBlock,
): 'exercises' | 'lines' {
  const names = labels?.map((label) => label.replace(/:$/, '').trim()) ?? [];
  if (labels && EXERCISE_COLUMN.test(names[0] ?? '')) {
    rows.forEach(([name, ...rest], row) => {
      if (!name) return;
      push(name, 'heading', 4, row);
      rest.forEach((value, i) => {
        const label = names[i + 1];
        if (saysSomething(value)) push(label ? `${label}: ${value}` : value, undefined, 0, row);
      });
    });
    return 'exercises';
  }
  rows.forEach((cells, row) => {
    const line = cells
      .map((value, i) => (!saysSomething(value) ? '' : i > 0 && names[i] ? `${names[i]}: ${value}` : value))
      .filter(Boolean)
      .join(', ');
    if (line) push(line, undefined, 0, row);
  });
  return 'lines';
}
