/**
 * From an exercise's figure data to drawable poses: the base position with the start changes, put on
 * the floor; the end (and middle) positions built on the start, with planted hands, feet or shoulders
 * put back where they were; the box the drawing needs; and the sampled keyframes of one repetition
 * (out to the end position, a hold there, back, a short rest), which the element hands to the
 * browser's animation engine as rotations.
 */
import {
  BODY,
  direction,
  JOINTS,
  SEGMENTS,
  type FigureView,
  type Joint,
  type Pose,
  type SegmentName,
} from './body-model.js';
import { BASES } from './base-positions.js';
import { placeBody, lowestPoint, type PlacedBody, type Point } from './forward-kinematics.js';
import { PLANTS, type FigureSpec, type Plant } from './figure-spec.js';
import { placeProps, type PlacedProp, type PropBounds } from './figure-props.js';
import { aimTrunk, normalize, reach } from './plant-limbs.js';

/** Where the floor line is drawn, in drawing units. */
export const FLOOR_Y = 124;

export interface ViewBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ResolvedFigure {
  view: FigureView;
  start: Pose;
  middle: Pose | undefined;
  end: Pose;
  /**
   * Whether the right limbs are drawn paler, behind: in a side view they are the far ones, and lying
   * on the side they are the lower ones, under the top limbs.
   */
  farSide: boolean;
  /** Segments that turn during the movement: drawn in the accent colour. */
  moving: ReadonlySet<SegmentName>;
  props: PlacedProp[];
  viewBox: ViewBox;
}

/** The limb ends a plant keeps in place: "feet" and "hands" are both of them; an unknown name none. */
const plantedEnds = (plant: Plant): string[] =>
  plant === 'feet'
    ? ['foot-left', 'foot-right']
    : plant === 'hands'
      ? ['hand-left', 'hand-right']
      : PLANTS.includes(plant)
        ? [plant]
        : [];

const apply = (pose: Pose, changes: Partial<Record<Joint, number>> | undefined): Pose => {
  const next = { ...pose };
  for (const joint of JOINTS) {
    const value = changes?.[joint];
    if (typeof value === 'number' && Number.isFinite(value)) next[joint] = value;
  }
  return next;
};

/** Moves the pose up or down so its lowest edge rests on the floor line. */
export function ground(pose: Pose, view: FigureView): Pose {
  return { ...pose, y: pose.y + FLOOR_Y - lowestPoint(placeBody(pose, view)) };
}

/** Where each planted end (a name of plantedEnds) stays. */
type Anchors = Map<string, Point>;

function anchorsOf(start: Pose, view: FigureView, plants: readonly Plant[]): Anchors {
  const { segments } = placeBody(start, view);
  const ends: Anchors = new Map();
  for (const plant of plants) {
    for (const end of plantedEnds(plant)) {
      // A foot or heel stays at the ankle (the shin's end), toes at the foot's end, a hand at the
      // forearm's.
      const [limb, side] = end.split('-') as [string, 'left' | 'right'];
      ends.set(
        end,
        end === 'shoulders'
          ? segments.chest.end
          : segments[`${limb === 'toes' ? 'foot' : limb === 'hand' ? 'forearm' : 'shin'}-${side}`].end,
      );
    }
  }
  return ends;
}

/**
 * Puts the planted ends of `pose` back at their anchors. Between poses `a` and `b` whose knee (or
 * elbow) bends opposite ways, the limb swings across the line to its planted end (out of the picture,
 * drawn shorter), rather than sliding the end away or jumping from one bend to the other. A planted
 * heel keeps its leg straight: as the hips come nearer, the leg is drawn shorter (it turns out of the
 * picture, as the far leg of a butt walk does when that hip stays back).
 */
function replant(pose: Pose, view: FigureView, anchors: Anchors, a = pose, b = pose): Pose {
  let next = pose;
  const shoulders = anchors.get('shoulders');
  if (shoulders) next = aimTrunk(next, shoulders);
  for (const [end, target] of anchors) {
    if (end === 'shoulders') continue;
    const [limb, side] = end.split('-') as ['foot' | 'hand' | 'toes' | 'heel', 'left' | 'right'];
    let aim = target;
    if (limb === 'toes') {
      // The toes stay; the ankle goes where the pose's own foot angle puts it (a heel lifts or lowers).
      const d = direction(placeBody(next, view).segments[`foot-${side}`].angle);
      aim = { x: target.x - d.x * BODY.foot, y: target.y - d.y * BODY.foot };
    }
    const joint = `${limb === 'hand' ? 'elbow' : 'knee'}-${side}` as const;
    const [k, ka, kb] = [next[joint], a[joint], b[joint]];
    next = reach(
      next,
      view,
      limb === 'hand' ? 'arm' : 'leg',
      side,
      aim,
      limb === 'heel' ? 0 : ka * kb < 0 ? Math.abs(k / (k * ka > 0 ? ka : kb)) : 1,
    );
  }
  return next;
}

/** The pose between `a` and `b` at `t` (0–1), angles the short way round, planted ends kept. */
function between(a: Pose, b: Pose, t: number, view: FigureView, anchors: Anchors): Pose {
  const pose = { shorten: a.shorten } as Pose;
  for (const joint of JOINTS) pose[joint] = a[joint] + normalize(b[joint] - a[joint]) * t;
  return anchors.size ? replant(pose, view, anchors, a, b) : pose;
}

function boxOf(bodies: readonly PlacedBody[]): PropBounds {
  let minX = Infinity;
  let maxX = -Infinity;
  let minY = Infinity;
  for (const body of bodies) {
    const points = [...Object.values(body.segments).flatMap((s) => [s.start, s.end])];
    for (const p of points) {
      minX = Math.min(minX, p.x - 4);
      maxX = Math.max(maxX, p.x + 4);
      minY = Math.min(minY, p.y - 4);
    }
    minX = Math.min(minX, body.head.x - 9);
    maxX = Math.max(maxX, body.head.x + 9);
    minY = Math.min(minY, body.head.y - 9);
  }
  return { minX, maxX, minY };
}

export function resolveFigure(spec: FigureSpec): ResolvedFigure {
  // An unknown position is the validator's to report; the drawing falls back to standing.
  const base = BASES[spec.position] ?? BASES.standing;
  const view = spec.view ?? base.view;
  const start = ground({ ...apply(base.pose, spec.start), shorten: spec.shorten }, view);
  const plants = spec.plant ?? [];
  const anchors = anchorsOf(start, view, plants);
  const build = (changes: FigureSpec['end']): Pose => {
    const moved = apply(start, changes);
    // Relative to the start: x and y shift the hips from where the start put them.
    moved.x = start.x + (changes?.x ?? 0);
    moved.y = start.y + (changes?.y ?? 0);
    const planted = anchors.size ? replant(moved, view, anchors) : moved;
    // A pose with planted ends keeps its own height (a bridge lifts off); any other stands on the floor,
    // except seen from above, where the floor is behind the body and it stays where the start put it.
    return anchors.size || changes?.y !== undefined || view === 'above' ? planted : ground(planted, view);
  };
  const end = build(spec.end);
  const middle = spec.middle ? build(spec.middle) : undefined;
  const poses = [start, end, ...(middle ? [middle] : [])];
  const bodies = poses.map((p) => placeBody(p, view));
  const moving = new Set<SegmentName>();
  for (const { name } of SEGMENTS) {
    // Turned on the page or carried away from the hips, not turned at its own joint: a lifted leg's
    // shin moves with its thigh, an upper arm held upright while the body tilts round it does not.
    const [a, ...others] = bodies.map(({ segments, hips }) => {
      const s = segments[name];
      return [s.angle, s.end.x - hips.x, s.end.y - hips.y] as const;
    });
    const moved = ([angle, x, y]: readonly [number, number, number]) =>
      Math.abs(normalize(angle - a![0])) >= 8 || Math.hypot(x - a![1], y - a![2]) >= 10;
    if (others.some(moved)) moving.add(name);
  }
  const box = boxOf(bodies);
  const props = placeProps(spec, start, view, FLOOR_Y, box);
  const width = Math.max(box.maxX - box.minX + 24, 110);
  const top = Math.min(box.minY - 6, FLOOR_Y - 50);
  const centre = (box.minX + box.maxX) / 2;
  const viewBox = { x: centre - width / 2, y: top, width, height: FLOOR_Y + 8 - top };
  const farSide = view === 'side' || spec.position === 'lying-side';
  return { view, farSide, start, middle, end, moving, props, viewBox };
}

export interface CycleTiming {
  /** Seconds for one repetition without its hold: out, back and a short rest. */
  tempo: number;
  /** Seconds spent at the end position. */
  hold: number;
}

export interface Keyframe {
  /** 0–1 through one repetition. */
  offset: number;
  pose: Pose;
}

/** Samples per stretch of movement: enough that a planted foot doesn't visibly slide between them. */
const SAMPLES = 6;

/** Eases in and out, so each stretch starts and stops gently as a person moves. */
const ease = (t: number): number => (1 - Math.cos(Math.PI * t)) / 2;

/**
 * The keyframes of one repetition: out to the end (through the middle position when there is one) in
 * 40 % of the tempo, the hold, back in 40 %, and a rest of 20 % at the start.
 */
export function cycleKeyframes(figure: ResolvedFigure, spec: FigureSpec, timing: CycleTiming): Keyframe[] {
  const tempo = Math.max(0.5, timing.tempo);
  const hold = Math.max(0, timing.hold);
  const total = tempo + hold;
  const move = (0.4 * tempo) / total;
  const holdShare = hold / total;
  const anchors = anchorsOf(figure.start, figure.view, spec.plant ?? []);
  const path = figure.middle ? [figure.start, figure.middle, figure.end] : [figure.start, figure.end];
  const along = (t: number): Pose => {
    const legs = path.length - 1;
    const i = Math.min(Math.floor(t * legs), legs - 1);
    return between(path[i]!, path[i + 1]!, t * legs - i, figure.view, anchors);
  };
  const frames: Keyframe[] = [];
  for (let i = 0; i <= SAMPLES; i++)
    frames.push({ offset: ease(i / SAMPLES) * move, pose: along(i / SAMPLES) });
  for (let i = 0; i <= SAMPLES; i++) {
    frames.push({ offset: move + holdShare + ease(i / SAMPLES) * move, pose: along(1 - i / SAMPLES) });
  }
  // Offsets rise by construction (the back stretch starts after the hold, ends 20 % before the end);
  // the end of the hold and the start of the way back are two frames of the same pose.
  frames.push({ offset: 1, pose: figure.start });
  return frames;
}
