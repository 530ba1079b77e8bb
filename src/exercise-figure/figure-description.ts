/**
 * The figure in words, for its `role="img"` label: the position (our words, translated), the movement
 * (the author's words from the data, or a general sentence), the side shown and what is needed.
 */
import { msg, str } from '@lit/localize';
import type { BasePosition, FigureSpec, PropKind } from '../core/figure/index.js';
import { normalizeProps } from '../core/figure/index.js';

// Tables rather than switches: one msg() call per word, and fewer bytes for a page with a figure.
const positionWords = (): Record<BasePosition, string> => ({
  'lying-back-knees-bent': msg('Lying on your back with your knees bent.'),
  'lying-side': msg('Lying on your side.'),
  'hands-and-knees': msg('On your hands and knees.'),
  'sitting-floor': msg('Sitting on the floor.'),
  'sitting-chair': msg('Sitting on a chair.'),
  standing: msg('Standing.'),
  kneeling: msg('Kneeling.'),
  plank: msg('In a plank on your forearms and toes.'),
  'side-plank': msg('In a side plank on one forearm.'),
});

const propWords = (): Record<PropKind, string> => ({
  mat: msg('a mat'),
  chair: msg('a chair'),
  towel: msg('a rolled towel or pillow'),
  band: msg('a resistance band'),
  wall: msg('a wall'),
  ball: msg('an exercise ball'),
});

/**
 * `movement`: the author's movement text in the element's language (empty: none); `list` joins words
 * as the language does ("a mat and a chair").
 */
export function describeFigure(
  spec: FigureSpec,
  movement: string,
  side: string | undefined,
  list: (items: string[]) => string,
): string {
  const kinds = [...new Set(normalizeProps(spec).map((p) => p.kind))];
  const words = propWords();
  const needs = kinds.length ? list(kinds.map((kind) => words[kind])) : '';
  return [
    positionWords()[spec.position],
    movement || msg('The figure moves from the start position to the end position and back.'),
    side === 'left'
      ? msg('Shown for the left side.')
      : side === 'right'
        ? msg('Shown for the right side.')
        : '',
    needs ? msg(str`You need ${needs}.`) : '',
  ]
    .filter(Boolean)
    .join(' ');
}
