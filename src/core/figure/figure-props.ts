/**
 * Props, placed from the start position: a mat under the body, a chair under the hips or beside the
 * figure, a towel or pillow between the knees or under the head, a wall behind, a ball between the low
 * back and the wall (it rolls with the trunk), and a resistance band between two limbs (its ends are
 * recomputed for each keyframe, since they sit on two limbs that move apart).
 */
import { BODY, direction, type FigureView, type Pose } from './body-model.js';
import { placeBody, type Point } from './forward-kinematics.js';
import type { FigureProp, FigureSpec, PropKind, PropPlace } from './figure-spec.js';

export const BALL_RADIUS = 11;
const CHAIR_SEAT = 26;
const CHAIR_BACK = 30;
const CHAIR_DEPTH = 24;

export type PlacedProp =
  | { kind: 'mat'; x1: number; x2: number }
  | { kind: 'chair'; x: number; seatY: number; depth: number; back: number }
  | { kind: 'towel'; cx: number; cy: number; rx: number; ry: number }
  | { kind: 'wall'; x: number; top: number }
  | { kind: 'ball'; along: number; across: number; r: number }
  | { kind: 'band'; at: 'feet' | 'shins' | 'knees' | 'thighs' };

/** Where each kind goes unless the data says; a chair is sat on only from a sitting-chair position. */
const DEFAULT_PLACE: Record<PropKind, PropPlace> = {
  mat: 'seat',
  chair: 'beside',
  towel: 'knees',
  band: 'shins',
  wall: 'behind',
  ball: 'back',
};

export function normalizeProps(spec: FigureSpec): Required<FigureProp>[] {
  const props: Required<FigureProp>[] = [];
  for (const prop of spec.props ?? []) {
    const { kind, at } = typeof prop === 'string' ? { kind: prop, at: undefined } : prop;
    // Unknown kinds are the validator's to report; drawing skips them.
    if (!(kind in DEFAULT_PLACE)) continue;
    props.push({
      kind,
      at: at ?? (kind === 'chair' && spec.position === 'sitting-chair' ? 'seat' : DEFAULT_PLACE[kind]),
    });
  }
  return props;
}

/**
 * An SVG path for a band `at` a pair of limbs: a strap across each limb, wider than the limb so it
 * shows on either side of it (in a side view, where both legs are one, a strap across the pair), and
 * the stretch between them.
 */
export function bandPath(pose: Pose, view: FigureView, at: 'feet' | 'shins' | 'knees' | 'thighs'): string {
  const s = placeBody(pose, view).segments;
  const f = (n: number) => Math.round(n * 10) / 10;
  const ends = (['left', 'right'] as const).map((side) => {
    const limb = s[`${at === 'feet' ? 'foot' : at === 'shins' ? 'shin' : 'thigh'}-${side}`];
    const p = lerp(
      limb.start,
      limb.end,
      at === 'feet' ? 0.4 : at === 'knees' ? 1 : at === 'thighs' ? 0.6 : 0.72,
    );
    // Across the limb: its direction turned a quarter, as long as the limb is wide and a bit more.
    const d = direction(limb.angle + 90);
    const w = BODY.limbHalfWidth + 2.5;
    return { p, strap: `M${f(p.x - d.x * w)} ${f(p.y - d.y * w)}l${f(2 * d.x * w)} ${f(2 * d.y * w)}` };
  });
  const [a, b] = ends as [(typeof ends)[0], (typeof ends)[0]];
  return `${a.strap}${b.strap}M${f(a.p.x)} ${f(a.p.y)}L${f(b.p.x)} ${f(b.p.y)}`;
}

const lerp = (a: Point, b: Point, t: number): Point => ({
  x: a.x + (b.x - a.x) * t,
  y: a.y + (b.y - a.y) * t,
});

/** The room the drawing needs, in drawing units (y down: `minY` is its top). */
export interface PropBounds {
  minX: number;
  maxX: number;
  minY: number;
}

/**
 * Places every prop against the start pose, within `bounds` (the room the body needs in all its
 * poses: a mat spans it), which it widens for the props that stand beyond the body.
 */
export function placeProps(
  spec: FigureSpec,
  start: Pose,
  view: FigureView,
  floorY: number,
  bounds: PropBounds,
): PlacedProp[] {
  const body = placeBody(start, view);
  const { minX, maxX } = bounds;
  const props: PlacedProp[] = [];
  const list = normalizeProps(spec);
  const ball = list.some((p) => p.kind === 'ball');
  // The ball sits behind the low back, in the trunk's own frame (+x is behind a right-facing trunk).
  const ballAlong = 0.6 * BODY.torso;
  const ballAcross = BODY.torsoHalfWidth + BALL_RADIUS;
  for (const prop of list) {
    switch (prop.kind) {
      case 'mat':
        props.push({ kind: 'mat', x1: minX - 4, x2: maxX + 4 });
        break;
      case 'chair': {
        const seated = prop.at === 'seat';
        // Beside the trunk and legs, not the arms: a hand held out to the side rests on its back.
        const beside = Object.entries(body.segments).filter(([name]) => !/arm/.test(name));
        const x = seated
          ? body.hips.x - 9
          : Math.max(...beside.flatMap(([, s]) => [s.start.x, s.end.x])) + 14;
        const seatY = seated ? body.hips.y + BODY.limbHalfWidth + 1.5 : floorY - CHAIR_SEAT;
        props.push({ kind: 'chair', x, seatY, depth: CHAIR_DEPTH, back: CHAIR_BACK });
        bounds.maxX = Math.max(bounds.maxX, x + CHAIR_DEPTH + 3);
        bounds.minX = Math.min(bounds.minX, x - 3);
        bounds.minY = Math.min(bounds.minY, seatY - CHAIR_BACK - 3);
        break;
      }
      case 'towel': {
        const centre =
          prop.at === 'head'
            ? { x: body.head.x, y: floorY - 3 }
            : lerp(body.segments['thigh-left'].end, body.segments['thigh-right'].end, 0.5);
        props.push({
          kind: 'towel',
          cx: centre.x,
          cy: centre.y,
          rx: prop.at === 'head' ? 10 : 5,
          ry: prop.at === 'head' ? 3 : 5,
        });
        break;
      }
      case 'wall': {
        const torso = body.segments.torso;
        const r = (torso.angle * Math.PI) / 180;
        const behindBall = torso.start.x + Math.cos(r) * ballAcross + -Math.sin(r) * ballAlong - BALL_RADIUS;
        const x = ball ? behindBall : minX - 8;
        props.push({ kind: 'wall', x, top: floorY - 112 });
        bounds.minX = Math.min(bounds.minX, x - 4);
        break;
      }
      case 'ball':
        props.push({ kind: 'ball', along: ballAlong, across: ballAcross, r: BALL_RADIUS });
        break;
      case 'band':
        props.push({
          kind: 'band',
          at: prop.at === 'feet' || prop.at === 'knees' || prop.at === 'thighs' ? prop.at : 'shins',
        });
        break;
    }
  }
  return props;
}
