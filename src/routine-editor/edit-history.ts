/**
 * Undo and redo over the editor's document, as a pure value: `record` an edit, `undo`, `redo`; no DOM,
 * no clock (the time of an edit comes in as a value).
 *
 * Typing is coalesced: the text pane is read after each pause in typing, and a text edit that
 * follows another text edit within COALESCE_MS replaces it instead of adding a step, so one Undo
 * takes back a burst of typing, not one pause of it. Every other edit (a form field, an import, a
 * library pick, an opened file) is a step of its own. An undone step stays redoable until the next
 * edit. At most LIMIT steps are kept; the oldest go first.
 */

/** One state of the work: the document and the text pane's content as the author left it. */
export interface HistoryEntry<T> {
  doc: T;
  text: string;
}

export interface EditHistory<T> {
  readonly past: readonly HistoryEntry<T>[];
  readonly present: HistoryEntry<T>;
  readonly future: readonly HistoryEntry<T>[];
  /** The kind of the last recorded edit and when it was made, for coalescing typing. */
  readonly last?: { kind: string; at: number };
}

/** Text edits this close together are one step. */
export const COALESCE_MS = 1000;
/** Steps kept to undo. */
export const LIMIT = 100;

export function startHistory<T>(present: HistoryEntry<T>): EditHistory<T> {
  return { past: [], present, future: [] };
}

/**
 * The history after an edit of `kind` ('text', 'form', 'import'…) at time `at` (ms). Only `text`
 * edits coalesce, and only with the text edit just before them.
 */
export function record<T>(
  history: EditHistory<T>,
  next: HistoryEntry<T>,
  kind: string,
  at: number,
): EditHistory<T> {
  const last = history.last;
  const coalesce =
    kind === 'text' &&
    last?.kind === 'text' &&
    at - last.at >= 0 &&
    at - last.at < COALESCE_MS &&
    history.past.length > 0;
  if (coalesce) return { past: history.past, present: next, future: [], last: { kind, at } };
  const past = [...history.past, history.present].slice(-LIMIT);
  return { past, present: next, future: [], last: { kind, at } };
}

export const canUndo = (history: EditHistory<unknown>): boolean => history.past.length > 0;
export const canRedo = (history: EditHistory<unknown>): boolean => history.future.length > 0;

/** One step back; the same history when there is nothing to undo. */
export function undo<T>(history: EditHistory<T>): EditHistory<T> {
  const previous = history.past[history.past.length - 1];
  if (!previous) return history;
  return { past: history.past.slice(0, -1), present: previous, future: [history.present, ...history.future] };
}

/** One step forward again; the same history when nothing was undone. */
export function redo<T>(history: EditHistory<T>): EditHistory<T> {
  const next = history.future[0];
  if (!next) return history;
  return { past: [...history.past, history.present], present: next, future: history.future.slice(1) };
}
