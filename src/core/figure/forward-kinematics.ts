/**
 * Forward kinematics: where every segment of a posed body lies, in drawing units (y down). The
 * renderer draws the same chain as nested rotations, so these points are what the reader sees; the
 * pose library is tested on them (feet on the floor, a lying back on the floor).
 */
import {
  BODY,
  direction,
  rotate,
  SEGMENTS,
  type FigureView,
  type Pose,
  type SegmentDef,
  type SegmentName,
} from './body-model.js';

export interface Point {
  x: number;
  y: number;
}

export interface PlacedSegment {
  start: Point;
  end: Point;
  /** Absolute angle, as `direction()` reads it. */
  angle: number;
}

export interface PlacedBody {
  segments: Record<SegmentName, PlacedSegment>;
  /** Centre of the head. */
  head: Point;
  hips: Point;
}

/** How much of its length `name` is drawn: less than all when it points towards the reader. */
export function lengthScale(pose: Pose, name: SegmentName | undefined): number {
  const k = name && pose.shorten?.[name];
  return typeof k === 'number' && k >= 0.2 && k <= 1 ? k : 1;
}

/** Where a child segment hangs in its parent's frame (the offset the renderer translates by). */
export const attachment = (segment: SegmentDef, view: FigureView, pose?: Pose): Point => ({
  x: view === 'side' ? 0 : segment.spread,
  y: segment.at * (pose ? lengthScale(pose, segment.parent) : 1),
});

/**
 * The angle a segment turns by at its joint. In the front view both feet turn out, so the right foot
 * turns the other way from the left one (a pose's ankles are written for the side view).
 */
export function jointAngle(segment: SegmentDef, pose: Pose, view: FigureView): number {
  const angle = pose[segment.joint];
  return view !== 'side' && segment.name === 'foot-right' ? -angle : angle;
}

export function placeBody(pose: Pose, view: FigureView): PlacedBody {
  const hips = { x: pose.x, y: pose.y };
  const segments = {} as Record<SegmentName, PlacedSegment>;
  for (const segment of SEGMENTS) {
    const parent = segment.parent ? segments[segment.parent] : undefined;
    const parentAngle = parent ? parent.angle : pose.pelvis;
    const origin = parent ? parent.start : hips;
    const at = attachment(segment, view, pose);
    const offset = rotate(at.x, at.y, parentAngle);
    const start = { x: origin.x + offset.x, y: origin.y + offset.y };
    const angle = parentAngle + jointAngle(segment, pose, view);
    const d = direction(angle);
    const length = segment.length * lengthScale(pose, segment.name);
    segments[segment.name] = {
      start,
      end: { x: start.x + d.x * length, y: start.y + d.y * length },
      angle,
    };
  }
  const neck = segments.neck;
  const d = direction(neck.angle);
  const head = { x: neck.end.x + d.x * BODY.headRadius, y: neck.end.y + d.y * BODY.headRadius };
  return { segments, head, hips };
}

/** The lowest edge of the drawn body (largest y), strokes included. */
export function lowestPoint(body: PlacedBody): number {
  let lowest = body.head.y + BODY.headRadius;
  for (const [name, segment] of Object.entries(body.segments)) {
    const half = name === 'torso' || name === 'chest' ? BODY.torsoHalfWidth : BODY.limbHalfWidth;
    lowest = Math.max(lowest, segment.start.y + half, segment.end.y + half);
  }
  return lowest;
}
