/**
 * `JSON key: <value>` and `Item JSON key: <value>`: anything the plain lines can't say (text in
 * several languages, fields of the author's own), written as JSON. They apply last, so they win.
 */
import { clip } from '../diagnostics.js';
import { setOwn, type ReadState } from '../state.js';
import type { LineToken } from '../tokens.js';

export function jsonLineRule(state: ReadState, token: LineToken): boolean {
  if (token.kind !== 'json') return false;
  state.openList = undefined;
  if (token.error !== undefined) {
    state.diagnostics.add(token.line, token.valueColumn, 'error', 'json-invalid', {
      text: clip(token.text),
      key: token.key,
      error: token.error,
    });
    return true;
  }
  const exercise = state.exercise;
  if (token.target === 'item') {
    if (!exercise || exercise.library) {
      state.diagnostics.add(token.line, token.column, 'warning', 'item-json-outside', {
        text: clip(token.text),
      });
      return true;
    }
    setOwn(exercise.item.json, token.key, token.value);
    exercise.item.fieldPositions.set(token.key, token);
    return true;
  }
  const draft = exercise ?? state.section ?? state.routine;
  if (exercise) exercise.described = true;
  setOwn(draft.json, token.key, token.value);
  draft.fieldPositions.set(token.key, token);
  return true;
}
