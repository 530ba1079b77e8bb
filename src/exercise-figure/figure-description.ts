/**
 * The figure in words, for its `role="img"` label: the position (our words, translated), the movement
 * (the author's words from the data, or a general sentence), the side shown and what is needed.
 */
import { msg, str } from '@lit/localize';
import type { BasePosition, FigureSpec, PropKind } from '../core/figure/index.js';
import { normalizeProps } from '../core/figure/index.js';

export function positionWords(position: BasePosition): string {
  switch (position) {
    case 'lying-back-knees-bent':
      return msg('Lying on your back with your knees bent.');
    case 'lying-side':
      return msg('Lying on your side.');
    case 'hands-and-knees':
      return msg('On your hands and knees.');
    case 'sitting-floor':
      return msg('Sitting on the floor.');
    case 'sitting-chair':
      return msg('Sitting on a chair.');
    case 'standing':
      return msg('Standing.');
    case 'kneeling':
      return msg('Kneeling.');
    case 'plank':
      return msg('In a plank on your forearms and toes.');
    case 'side-plank':
      return msg('In a side plank on one forearm.');
  }
}

function propWords(kind: PropKind): string {
  switch (kind) {
    case 'mat':
      return msg('a mat');
    case 'chair':
      return msg('a chair');
    case 'towel':
      return msg('a rolled towel or pillow');
    case 'band':
      return msg('a resistance band');
    case 'wall':
      return msg('a wall');
    case 'ball':
      return msg('an exercise ball');
  }
}

export interface DescriptionInput {
  spec: FigureSpec;
  /** The author's movement text in the element's language; empty: none. */
  movement: string;
  side: 'left' | 'right' | undefined;
  list: (items: string[]) => string;
}

export function describeFigure({ spec, movement, side, list }: DescriptionInput): string {
  const parts = [positionWords(spec.position)];
  parts.push(movement || msg('The figure moves from the start position to the end position and back.'));
  if (side === 'left') parts.push(msg('Shown for the left side.'));
  else if (side === 'right') parts.push(msg('Shown for the right side.'));
  const kinds = [...new Set(normalizeProps(spec).map((p) => p.kind))];
  if (kinds.length) {
    const needs = list(kinds.map(propWords));
    parts.push(msg(str`You need ${needs}.`));
  }
  return parts.join(' ');
}

export const stillLabels = (): { start: string; end: string } => ({
  start: msg('Start position'),
  end: msg('End position'),
});
