/**
 * The drawn body: a small 2-D skeleton of segments hung from the hips, posed by joint angles.
 *
 * Angles are degrees, clockwise on screen (as CSS `rotate()` turns), for a figure facing right. A
 * segment at angle 0 continues its parent (the root, the hips, points down at 0), so a standing figure
 * has `trunk: 180` (the trunk points up from the hips) and `shoulder-*: 180` (the arms hang back down
 * along it). In that figure, bending a hip forward is negative, bending a knee is positive.
 *
 * Three views share the skeleton: `side` (profile; left and right limbs hang from the same point, the
 * far right limbs drawn paler behind), `front` (facing the reader; limbs spread by the width of the
 * hips and shoulders, the figure's left on the reader's right) and `above` (the front view seen from
 * the ceiling, for a movement across the floor such as knees swaying: no floor line, a mat behind).
 */

import { JOINTS } from './figure-names.js';

export type Side = 'left' | 'right';
export type FigureView = 'side' | 'front' | 'above';

export { JOINTS };

export type Joint = (typeof JOINTS)[number];

/**
 * A whole pose: a value for every joint, and the limbs drawn shorter (a fraction of their length)
 * because they point towards the reader (a figure's `shorten`).
 */
export type Pose = Record<Joint, number> & { shorten?: Partial<Record<SegmentName, number>> | undefined };
/** Some joints: what an exercise changes from its base position. */
export type PoseChange = Partial<Record<Joint, number>>;

export type SegmentName =
  | 'torso'
  | 'chest'
  | 'neck'
  | `upper-arm-${Side}`
  | `forearm-${Side}`
  | `thigh-${Side}`
  | `shin-${Side}`
  | `foot-${Side}`;

export interface SegmentDef {
  name: SegmentName;
  /** The joint that turns it. */
  joint: Exclude<Joint, 'x' | 'y' | 'pelvis'>;
  /** The segment it hangs from; `undefined`: the hips (the root). */
  parent: SegmentName | undefined;
  length: number;
  /** How far along its parent it hangs (the parent's length: at its end). */
  at: number;
  /** How far it is set to the side of its parent's line in the front view (its left: +). */
  spread: number;
  side: Side | undefined;
}

/** Lengths in drawing units; a standing figure is about 112 units tall. */
export const BODY = {
  headRadius: 8,
  /** The lower back, hips to mid-back; the chest goes on from there to the shoulders. */
  torso: 19,
  chest: 19,
  neck: 7,
  upperArm: 19,
  forearm: 18,
  thigh: 27,
  shin: 26,
  foot: 9,
  hipSpread: 6,
  shoulderSpread: 9,
  /** Half the stroke of the limbs: how far a limb's edge is from its centre line. */
  limbHalfWidth: 3.5,
  /** Half the stroke of the torso. */
  torsoHalfWidth: 6.5,
} as const;

const limb = (side: Side) => {
  // In the hips' frame the figure's left is +x; in the trunk's (turned 180°) it is -x.
  const sign = side === 'left' ? 1 : -1;
  return [
    {
      name: `upper-arm-${side}`,
      joint: `shoulder-${side}`,
      parent: 'chest',
      length: BODY.upperArm,
      at: 0.84 * BODY.chest,
      spread: -sign * BODY.shoulderSpread,
      side,
    },
    {
      name: `forearm-${side}`,
      joint: `elbow-${side}`,
      parent: `upper-arm-${side}`,
      length: BODY.forearm,
      at: BODY.upperArm,
      spread: 0,
      side,
    },
    {
      name: `thigh-${side}`,
      joint: `hip-${side}`,
      parent: undefined,
      length: BODY.thigh,
      at: 0,
      spread: sign * BODY.hipSpread,
      side,
    },
    {
      name: `shin-${side}`,
      joint: `knee-${side}`,
      parent: `thigh-${side}`,
      length: BODY.shin,
      at: BODY.thigh,
      spread: 0,
      side,
    },
    {
      name: `foot-${side}`,
      joint: `ankle-${side}`,
      parent: `shin-${side}`,
      length: BODY.foot,
      at: BODY.shin,
      spread: 0,
      side,
    },
  ] satisfies SegmentDef[];
};

/** Every segment, parents before children. */
export const SEGMENTS: readonly SegmentDef[] = [
  {
    name: 'torso',
    joint: 'trunk',
    parent: undefined,
    length: BODY.torso,
    at: 0,
    spread: 0,
    side: undefined,
  },
  // The back in two parts, so a rounded back can be drawn (a spinal flexion drill, a curl-up).
  {
    name: 'chest',
    joint: 'spine',
    parent: 'torso',
    length: BODY.chest,
    at: BODY.torso,
    spread: 0,
    side: undefined,
  },
  {
    name: 'neck',
    joint: 'neck',
    parent: 'chest',
    length: BODY.neck,
    at: BODY.chest,
    spread: 0,
    side: undefined,
  },
  ...limb('left'),
  ...limb('right'),
];

/** The direction of a segment at absolute angle `degrees`: (0, 1) at 0, turning clockwise on screen. */
export function direction(degrees: number): { x: number; y: number } {
  const r = (degrees * Math.PI) / 180;
  return { x: -Math.sin(r), y: Math.cos(r) };
}

/** The absolute angle (as `direction` reads it) of a vector. */
export function angleOf(x: number, y: number): number {
  return (Math.atan2(-x, y) * 180) / Math.PI;
}

/** `(x, y)` turned clockwise on screen by `degrees`. */
export function rotate(x: number, y: number, degrees: number): { x: number; y: number } {
  const r = (degrees * Math.PI) / 180;
  const c = Math.cos(r);
  const s = Math.sin(r);
  return { x: x * c - y * s, y: x * s + y * c };
}
