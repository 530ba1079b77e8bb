/**
 * An article as a list of blocks (headings, paragraphs, list items), whichever way it arrived. Plain
 * text gives one block per paragraph with its line; HTML gives one block per heading, paragraph or
 * list item, numbered in document order (its "line" in diagnostics).
 */

import { tableRowBlocks } from './table-rows.js';

export interface Block {
  kind: 'heading' | 'item' | 'para';
  /** Whitespace folded, trimmed. List markers ("1.", "•") are removed from items. */
  text: string;
  /** For headings from HTML: 1–6. Plain-text headings are guessed later (level 0). */
  level: number;
  /** For items: numbered ("1.") rather than bulleted. */
  ordered: boolean;
  line: number;
  column: number;
  /** The first block after a table of exercises: it is not part of the table's last exercise. */
  apart?: boolean;
}

/** More blocks than this are not read: a draft from the first part is still useful. */
export const MAX_BLOCKS = 5000;
/** Longer blocks are cut: no instruction needs more, and every later step stays cheap. */
export const MAX_BLOCK_LENGTH = 4000;

const NUMBERED = /^(\d{1,3})[.)]\s+(.*)$/;
const BULLET = /^[•●○◦▪■·*+–—-]\s*(.*)$/;

export function foldSpace(text: string): string {
  return text
    .replace(/[\u00a0\u2000-\u200b\u202f\u205f\u3000\t]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Markdown's emphasis marks taken off, as an article pasted from a Markdown editor writes them
 * ("**1. Bird dog**", "*Hold: 5 s*"): the words stay, the marks would hide a number or a label. A
 * bullet ("* item") is not emphasis, nor is an asterisk inside a word ("3*10"). Pictures are left
 * out and links keep their words.
 */
function plainEmphasis(text: string): string {
  // "![Box squat](squat.jpg)" goes, "[my post](https://…)" keeps "my post".
  if (text.includes(']('))
    text = text
      .replace(/!\[[^\]]{0,200}\]\([^)]{0,500}\)/g, '')
      .replace(/\[([^\]]{1,200})\]\([^)]{0,500}\)/g, '$1')
      .trim();
  if (!/[*_]/.test(text)) return text;
  // A span is at most 120 characters, so a block of unclosed marks costs linear time, not quadratic.
  return text
    .replace(/(\*\*|__)(?=\S)(.{1,120}?)(?<=\S)\1/g, '$2')
    .replace(/(^|[\s(])([*_])(?=[^\s*_])(.{1,120}?)(?<=[^\s*_])\2(?=$|[\s).,;:!?])/g, '$1$3');
}

/**
 * One code point of the pictures that decorate lines: emoji and their skin tones, arrows, and the
 * variation selector and joiner that build emoji ("⚠️", "🏋️‍♀️"), as alternatives rather than in one class.
 */
const DECORATION =
  /^(?:\p{Extended_Pictographic}|[\u{1F3FB}-\u{1F3FF}\u2190-\u21FF\u2794\u27A1]|\uFE0F|\u200D|\s)$/u;

/** Pictures used as bullets or decoration at either end go ("💪 BIRD DOG", "👉 10 reps", "⚠️ Stop if…"). */
function withoutDecoration(text: string): string {
  const points = [...text];
  let start = 0;
  let end = points.length;
  while (start < end && DECORATION.test(points[start]!)) start++;
  while (end > start && DECORATION.test(points[end - 1]!)) end--;
  return start === 0 && end === points.length ? text : points.slice(start, end).join('');
}

/** A block from one paragraph of text: list markers found, whitespace folded. */
export function blockFromText(
  raw: string,
  line: number,
  column: number,
  kind?: Block['kind'],
): Block | undefined {
  const text = withoutDecoration(
    plainEmphasis(foldSpace(raw.length > MAX_BLOCK_LENGTH ? raw.slice(0, MAX_BLOCK_LENGTH) : raw)),
  );
  if (text === '') return undefined;
  const numbered = NUMBERED.exec(text);
  if (numbered && kind !== 'heading') {
    return { kind: 'item', text: numbered[2] ?? '', level: 0, ordered: true, line, column };
  }
  // "-DavidLiira" (a signature) is not a bullet: a bullet marker is followed by a space, except "•".
  const bullet = BULLET.exec(text);
  if (bullet && kind !== 'heading' && (text[1] === ' ' || /^[•●○◦▪■·]/.test(text))) {
    return { kind: 'item', text: bullet[1] ?? '', level: 0, ordered: false, line, column };
  }
  const markdown = /^(#{1,6})\s+(.*)$/.exec(text);
  if (markdown && kind !== 'item') {
    return {
      kind: 'heading',
      text: markdown[2] ?? '',
      level: markdown[1]?.length ?? 1,
      ordered: false,
      line,
      column,
    };
  }
  return { kind: kind ?? 'para', text, level: 0, ordered: false, line, column };
}

/**
 * Plain text into blocks: each line is a block, except that a hard-wrapped paragraph (a line that
 * runs on into a next line starting in lower case) is joined back together, and that lines with tabs
 * between their cells (a table copied as text) are read as a table (table-rows.ts).
 */
export function textBlocks(text: string): Block[] {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n?|\n/);
  const blocks: Block[] = [];
  let pending: { text: string; line: number; column: number } | undefined;
  let table: { cells: string[]; line: number }[] = [];
  /** The first block after a table of exercises starts apart from its last row. */
  let apartAt = -1;
  const add = (raw: string, line: number, column: number, kind?: Block['kind'], level = 0) => {
    const block = blockFromText(raw, line, column, kind);
    if (!block || blocks.length >= MAX_BLOCKS) return;
    if (level > 0) block.level = level;
    if (blocks.length === apartAt) block.apart = true;
    blocks.push(block);
  };
  const flush = () => {
    if (pending) add(pending.text, pending.line, pending.column);
    pending = undefined;
    if (table.length === 0) return;
    // The first row is the header when it names columns (no digits) over rows that follow.
    const headed = table.length > 1 && !/\d/.test(table[0]!.cells.join(''));
    const rows = headed ? table.slice(1) : table;
    const read = tableRowBlocks(
      headed ? table[0]!.cells : undefined,
      rows.map((r) => r.cells),
      (cell, kind, level, row) => add(cell, rows[row]!.line, 1, kind, level),
    );
    if (read === 'exercises') apartAt = blocks.length;
    table = [];
  };
  lines.forEach((raw, index) => {
    const cells = raw.includes('\t') ? raw.split('\t').map(foldSpace) : [];
    if (cells.filter(Boolean).length >= 2) {
      if (table.length === 0) flush();
      table.push({ cells, line: index + 1 });
      return;
    }
    if (table.length) flush();
    const trimmed = raw.trim();
    if (trimmed === '') {
      flush();
      return;
    }
    const column = raw.length - raw.trimStart().length + 1;
    if (pending && runsOn(pending.text, trimmed)) {
      pending.text = `${pending.text} ${trimmed}`;
      return;
    }
    flush();
    pending = { text: trimmed, line: index + 1, column };
  });
  flush();
  return blocks;
}

function runsOn(previous: string, next: string): boolean {
  return previous.length >= 50 && !/[.!?:;]["”’)]?$/.test(previous) && /^[a-z(]/.test(next);
}
