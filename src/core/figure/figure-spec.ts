/**
 * An exercise's figure as data (the `figure` field of an Exercise; its schema is
 * src/data/figure-schema.ts): a base position, the joints its start, end and optional middle positions
 * change, which side the drawn movement works, the props, and the limb ends that stay planted while
 * the rest moves (a bridge keeps its feet and shoulders where they were).
 */
import type { LocalizedText } from '../localized-text.js';
import type { FigureView, PoseChange, SegmentName } from './body-model.js';
import type { BasePosition } from './base-positions.js';
import { PLANTS, PROP_KINDS, PROP_PLACES } from './figure-names.js';

export { PROP_KINDS };
export type PropKind = (typeof PROP_KINDS)[number];

export { PROP_PLACES };
export type PropPlace = (typeof PROP_PLACES)[number];

export interface FigureProp {
  kind: PropKind;
  at?: PropPlace | undefined;
}

export { PLANTS };
export type Plant = (typeof PLANTS)[number];

export interface FigureSpec {
  position: BasePosition;
  /** Draw in another view than the base position's own. */
  view?: FigureView | undefined;
  start?: PoseChange | undefined;
  /** A position the movement passes through on its way from start to end. */
  middle?: PoseChange | undefined;
  end?: PoseChange | undefined;
  /** The side whose limbs move in these poses; `both` (the default) for a movement of both sides. */
  side?: 'left' | 'right' | 'both' | undefined;
  props?: readonly (PropKind | FigureProp)[] | undefined;
  plant?: readonly Plant[] | undefined;
  /** Limbs drawn shorter, as a fraction of their length, because they point towards the reader. */
  shorten?: Partial<Record<SegmentName, number>> | undefined;
  /** The movement in words, for the figure's description: "Both knees sway to one side and back." */
  movement?: LocalizedText | undefined;
}
