/**
 * Two-bone inverse kinematics: after a pose moves the hips, a planted hand or foot is put back where
 * it was in the start position by turning its two segments (thigh and shin, upper arm and forearm),
 * bending the same way as before. A planted foot or hand also keeps its angle on the floor. A limb
 * with fixed lengths can only reach a planted end with its knee on one side of the line or the other;
 * to pass from one to the other (a clamshell) it turns out of the picture and is drawn shorter.
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

/**
 * Turns `pose`'s leg or arm on `side` so its end reaches `target`; returns a new pose. `across` (0–1)
 * is how far the knee or elbow stands off the line to the target, as a share of how far it must at
 * full length: below 1 the limb turns out of the picture, drawn shorter (a clamshell's knee swinging
 * over its planted foot).
 */
export function reach(
  pose: Pose,
  view: FigureView,
  chain: Chain,
  side: Side,
  target: Point,
  across = 1,
): Pose {
  const body = placeBody(pose, view);
  const [upper, lower, upperJoint, lowerJoint, fullA, fullB] = CHAINS[chain];
  const upperName = `${upper}-${side}` as const;
  const lowerName = `${lower}-${side}` as const;
  // Limbs drawn shorter (towards the reader) reach with their drawn lengths.
  const a = fullA * lengthScale(pose, upperName);
  const b = fullB * lengthScale(pose, lowerName);
  const first = `${upperJoint}-${side}` as const;
  const second = `${lowerJoint}-${side}` as const;
  const upperSegment = body.segments[upperName];
  const parentAngle = upperSegment.angle - pose[first];
  const from = upperSegment.start;
  const dx = target.x - from.x;
  const dy = target.y - from.y;
  const far = Math.hypot(dx, dy) || 1;
  const d = Math.min(Math.max(far, Math.abs(a - b) + 0.01), a + b - 0.01);
  // Along the line to the target and off it, to the side the joint bends (clockwise on screen: +).
  const along = (a * a + d * d - b * b) / (2 * d);
  const off =
    Math.sqrt(Math.max(0, a * a - along * along)) * across * (Math.sign(normalize(pose[second])) || 1);
  const ux = dx / far;
  const uy = dy / far;
  const knee = { x: from.x + ux * along + uy * off, y: from.y + uy * along - ux * off };
  const end = { x: from.x + ux * d, y: from.y + uy * d };
  const upperAngle = angleOf(knee.x - from.x, knee.y - from.y);
  const lowerAngle = angleOf(end.x - knee.x, end.y - knee.y);
  const next = {
    ...pose,
    [first]: normalize(upperAngle - parentAngle),
    [second]: normalize(lowerAngle - upperAngle),
  };
  if (across < 1) {
    next.shorten = {
      ...pose.shorten,
      [upperName]: Math.hypot(along, off) / fullA,
      [lowerName]: Math.hypot(d - along, off) / fullB,
    };
  }
  // A planted foot keeps its angle on the floor.
  if (chain === 'leg') next[`ankle-${side}`] = normalize(body.segments[`foot-${side}`].angle - lowerAngle);
  return next;
}

/** Points the trunk from the hips at `target` (the shoulders stay where they were). */
export function aimTrunk(pose: Pose, target: Point): Pose {
  const angle = angleOf(target.x - pose.x, target.y - pose.y);
  // The two halves of the back are as long as each other: the line to the shoulders halves the spine's bend.
  return { ...pose, trunk: normalize(angle - pose.pelvis - pose.spine / 2) };
}
