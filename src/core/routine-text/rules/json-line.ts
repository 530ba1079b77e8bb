/**
 * `JSON key: <value>` and `Item JSON key: <value>`: anything the plain lines can't say (text in
 * several languages, fields of the author's own), written as JSON. They apply last, so they win.
 */
import { quote } from '../diagnostics.js';
import { setOwn, type ReadState } from '../state.js';
import type { LineToken } from '../tokens.js';

export function jsonLineRule(state: ReadState, token: LineToken): boolean {
  if (token.kind !== 'json') return false;
  state.openList = undefined;
  if (token.error !== undefined) {
    state.diagnostics.add(
      token.line,
      token.valueColumn,
      'error',
      `${quote(token.text)}: the value after '${token.key}:' is not valid JSON (${token.error}); I left it out.`,
    );
    return true;
  }
  const exercise = state.exercise;
  if (token.target === 'item') {
    if (!exercise || exercise.library) {
      state.diagnostics.add(
        token.line,
        token.column,
        'warning',
        `${quote(token.text)}: 'Item JSON' sets a field of an exercise's place in a section; put it below an exercise heading in a section.`,
      );
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
