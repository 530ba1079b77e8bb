/**
 * The figure in words, for its `role="img"` label: the position (our words, translated), the movement
 * (the author's words from the data, or a general sentence), the side shown and what is needed.
 */
import { msg, str } from '@lit/localize';
import type { BasePosition, FigureSpec, PropKind } from '../core/figure/index.js';
import { normalizeProps } from '../core/figure/index.js';

// Tables rather than switches: one msg() call per word, and fewer bytes for a page with a figure.
const positionWords = (position: BasePosition): string =>
  ({
    'lying-back-knees-bent': msg('Lying on your back with your knees bent.'),
    'lying-side': msg('Lying on your side.'),
    'hands-and-knees': msg('On your hands and knees.'),
    'sitting-floor': msg('Sitting on the floor.'),
    'sitting-chair': msg('Sitting on a chair.'),
    standing: msg('Standing.'),
    kneeling: msg('Kneeling.'),
    plank: msg('In a plank on your forearms and toes.'),
    'side-plank': msg('In a side plank on one forearm.'),
  })[position];

const propWords = (): Record<PropKind, string> => ({
  mat: msg('a mat'),
  chair: msg('a chair'),
  towel: msg('a rolled towel or pillow'),
  band: msg('a resistance band'),
  wall: msg('a wall'),
  ball: msg('an exercise ball'),
});

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
    const words = propWords();
    const needs = list(kinds.map((kind) => words[kind]));
    parts.push(msg(str`You need ${needs}.`));
  }
  return parts.join(' ');
}

export const stillLabels = (): { start: string; end: string } => ({
  start: msg('Start position'),
  end: msg('End position'),
});
