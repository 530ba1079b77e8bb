/**
 * Two-bone inverse kinematics: after a pose moves the hips, a planted hand or foot is put back where
 * it was in the start position by turning its two segments (thigh and shin, upper arm and forearm),
 * bending the same way as before. A planted foot or hand also keeps its angle on the floor.
 */
import { angleOf, BODY, type FigureView, type Pose, type Side } from './body-model.js';
import { lengthScale, placeBody, type Point } from './forward-kinematics.js';

/** An angle in (-180, 180]. */
export const normalize = (degrees: number): number => {
  const a = ((((degrees + 180) % 360) + 360) % 360) - 180;
  return a === -180 ? 180 : a;
};

type Chain = 'leg' | 'arm';

/** Each chain's two segments, its two joints, and their full lengths. */
const CHAINS = {
  leg: ['thigh', 'shin', 'hip', 'knee', BODY.thigh, BODY.shin],
  arm: ['upper-arm', 'forearm', 'shoulder', 'elbow', BODY.upperArm, BODY.forearm],
} as const;

/** Turns `pose`'s leg or arm on `side` so its end reaches `target`; returns a new pose. */
export function reach(pose: Pose, view: FigureView, chain: Chain, side: Side, target: Point): Pose {
  const body = placeBody(pose, view);
  const [upper, lower, upperJoint, lowerJoint, fullA, fullB] = CHAINS[chain];
  // Limbs drawn shorter (towards the reader) reach with their drawn lengths.
  const a = fullA * lengthScale(pose, `${upper}-${side}`);
  const b = fullB * lengthScale(pose, `${lower}-${side}`);
  const first = `${upperJoint}-${side}` as const;
  const second = `${lowerJoint}-${side}` as const;
  const upperSegment = body.segments[`${upper}-${side}`];
  const parentAngle = upperSegment.angle - pose[first];
  const from = upperSegment.start;
  const dx = target.x - from.x;
  const dy = target.y - from.y;
  const d = Math.min(Math.max(Math.hypot(dx, dy), Math.abs(a - b) + 0.01), a + b - 0.01);
  const toTarget = angleOf(dx, dy);
  const alpha = (Math.acos((a * a + d * d - b * b) / (2 * a * d)) * 180) / Math.PI;
  const bend = Math.sign(normalize(pose[second])) || 1;
  let best: Pose | undefined;
  for (const sign of [1, -1]) {
    const upperAngle = toTarget + sign * alpha;
    const r = (upperAngle * Math.PI) / 180;
    const knee = { x: from.x - Math.sin(r) * a, y: from.y + Math.cos(r) * a };
    const lowerAngle = angleOf(target.x - knee.x, target.y - knee.y);
    const lowerLocal = normalize(lowerAngle - upperAngle);
    const next = {
      ...pose,
      [first]: normalize(upperAngle - parentAngle),
      [second]: lowerLocal,
    };
    if (chain === 'leg') {
      // The foot keeps its angle on the floor.
      const footAngle = body.segments[`foot-${side}`].angle;
      next[`ankle-${side}`] = normalize(footAngle - lowerAngle);
    }
    if (!best || Math.sign(lowerLocal) === bend) best = next;
    if (Math.sign(lowerLocal) === bend) break;
  }
  return best!;
}

/** Points the trunk from the hips at `target` (the shoulders stay where they were). */
export function aimTrunk(pose: Pose, target: Point): Pose {
  const angle = angleOf(target.x - pose.x, target.y - pose.y);
  // The two halves of the back are as long as each other: the line to the shoulders halves the spine's bend.
  return { ...pose, trunk: normalize(angle - pose.pelvis - pose.spine / 2) };
}
