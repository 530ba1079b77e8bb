/**
 * Numbered lines ("1. Lie on your back.") and bullets ("- mat"). Under a list label ("Tips:",
 * "Equipment:") they are that list's items; otherwise, under an exercise, they are its steps.
 */
import { clip } from '../diagnostics.js';
import type { Label } from '../labels.js';
import type { ReadState } from '../state.js';
import type { LineToken } from '../tokens.js';
import { readVariation } from '../values.js';
import { pushTo } from './field.js';

const LIST_KEYS: Partial<Record<Label, string>> = {
  steps: 'steps',
  tips: 'cues',
  safety: 'safety',
  equipment: 'equipment',
  targets: 'muscles',
  easier: 'easier',
  harder: 'harder',
};

export function listItemRule(state: ReadState, token: LineToken): boolean {
  if (token.kind !== 'numbered' && token.kind !== 'bullet') return false;
  const open = state.openList;
  if (open) {
    const key = LIST_KEYS[open.label] ?? 'steps';
    const value = key === 'easier' || key === 'harder' ? [readVariation(token.value)] : token.value;
    pushTo(open.draft, key, value, token);
    return true;
  }
  if (state.exercise) {
    state.exercise.described = true;
    pushTo(state.exercise, 'steps', token.value, token);
    return true;
  }
  state.diagnostics.add(token.line, token.column, 'warning', 'list-item-outside', { text: clip(token.text) });
  return true;
}
