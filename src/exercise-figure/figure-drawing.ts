/**
 * The figure as SVG: the body as nested groups, one per segment, each turned at its joint by its own
 * `transform` attribute, so the drawing shows a pose without any script or style (server render,
 * print, a strict CSP) and an animation only has to turn the groups (figure-animation.ts).
 */
import { nothing, svg, type SVGTemplateResult } from 'lit';
import {
  BODY,
  FLOOR_Y,
  SEGMENTS,
  attachment,
  bandEnds,
  bandPath,
  jointAngle,
  lengthScale,
  type FigureView,
  type PlacedProp,
  type Pose,
  type ResolvedFigure,
  type SegmentDef,
  type SegmentName,
} from '../core/figure/index.js';

const round = (n: number): number => Math.round(n * 100) / 100;

/**
 * A group's transform: to its joint, then turned. `css` writes it for an animation keyframe (with
 * units); without, for the SVG attribute (no units).
 */
const transform = (x: number, y: number, angle: number, css?: boolean): string =>
  css
    ? `translate(${round(x)}px,${round(y)}px) rotate(${round(angle)}deg)`
    : `translate(${round(x)} ${round(y)}) rotate(${round(angle)})`;

/** The transform of a segment's group: to its joint on the parent, then turned by its angle. */
export function segmentTransform(segment: SegmentDef, pose: Pose, view: FigureView, css?: boolean): string {
  const at = attachment(segment, view, pose);
  return transform(at.x, at.y, jointAngle(segment, pose, view), css);
}

export const rootTransform = (pose: Pose, css?: boolean): string =>
  transform(pose.x, pose.y, pose.pelvis, css);

/** The segments that hang from `parent` (the hips: `undefined`). */
const childrenOf = (parent: SegmentName | undefined): SegmentDef[] =>
  SEGMENTS.filter((s) => s.parent === parent);

const STROKE: Partial<Record<SegmentName, string>> = { torso: 'trunk', chest: 'trunk', neck: 'neck' };

function drawSegment(segment: SegmentDef, pose: Pose, figure: ResolvedFigure): SVGTemplateResult {
  const children = childrenOf(segment.name);
  const far = figure.farSide && segment.side === 'right' && segment.parent !== `upper-arm-right`;
  const isFoot = segment.name.startsWith('foot');
  const length = isFoot && figure.view !== 'side' ? 5 : segment.length * lengthScale(pose, segment.name);
  const classes = [
    'seg',
    STROKE[segment.name] ?? (isFoot ? 'foot' : 'limb'),
    figure.moving.has(segment.name) ? 'moving' : '',
    far && (segment.parent === undefined || segment.parent === 'chest') ? 'far' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const ball = segment.name === 'torso' ? figure.props.find((p) => p.kind === 'ball') : undefined;
  // The right limbs go first, behind (the far side in a side view); the trunk and head between.
  const behind = children.filter((c) => c.side === 'right');
  const front = children.filter((c) => c.side !== 'right');
  return svg`<g class=${classes} data-segment=${segment.name} transform=${segmentTransform(segment, pose, figure.view)}>${
    ball && ball.kind === 'ball'
      ? svg`<circle class="prop ball" cx=${round(ball.across)} cy=${round(ball.along)} r=${ball.r}></circle>`
      : nothing
  }${behind.map((child) => drawSegment(child, pose, figure))}<line x1="0" y1="0" x2="0" y2=${length}></line>${
    segment.name === 'neck'
      ? svg`<circle class="head" cx="0" cy=${BODY.neck + BODY.headRadius - 1} r=${BODY.headRadius}></circle>`
      : nothing
  }${front.map((child) => drawSegment(child, pose, figure))}</g>`;
}

function drawProp(prop: PlacedProp, figure: ResolvedFigure): SVGTemplateResult | typeof nothing {
  switch (prop.kind) {
    case 'mat':
      // Seen from above, the mat is the ground the body lies on.
      return figure.view === 'above'
        ? svg`<rect class="prop mat" x=${round(prop.x1)} y=${round(figure.viewBox.y + 4)} width=${round(prop.x2 - prop.x1)} height=${round(figure.viewBox.height - 8)} rx="3"></rect>`
        : svg`<rect class="prop mat" x=${round(prop.x1)} y=${FLOOR_Y} width=${round(prop.x2 - prop.x1)} height="3" rx="1.5"></rect>`;
    case 'chair': {
      const { x, seatY, depth, back } = prop;
      const d = `M${round(x)} ${round(seatY - back)}V${FLOOR_Y + 1}M${round(x)} ${round(seatY)}H${round(x + depth)}V${FLOOR_Y + 1}`;
      return svg`<path class="prop chair" d=${d}></path>`;
    }
    case 'towel':
      return svg`<ellipse class="prop towel" cx=${round(prop.cx)} cy=${round(prop.cy)} rx=${prop.rx} ry=${prop.ry}></ellipse>`;
    case 'wall':
      return svg`<line class="prop wall" x1=${round(prop.x)} y1=${round(prop.top)} x2=${round(prop.x)} y2=${FLOOR_Y + 1}></line>`;
    default:
      return nothing;
  }
}

// What hangs from the hips, the right thigh first: behind the trunk and the left thigh.
const FROM_HIPS = childrenOf(undefined).sort(
  (a, b) => Number(b.side === 'right') - Number(a.side === 'right'),
);

/** The whole drawing of `figure` in `pose`, mirrored (for the other side) when asked. */
export function drawFigure(figure: ResolvedFigure, pose: Pose, mirrored: boolean): SVGTemplateResult {
  const { viewBox: box } = figure;
  const mat = figure.props.some((p) => p.kind === 'mat');
  const floorY = mat ? FLOOR_Y + 4 : FLOOR_Y + 1;
  const band = figure.props.find((p) => p.kind === 'band');
  const flip = mirrored ? `translate(${round(2 * box.x + box.width)} 0) scale(-1 1)` : undefined;
  return svg`<g class="drawing" transform=${flip ?? ''}>
    ${figure.view === 'above' ? nothing : svg`<line class="floor" x1=${round(box.x)} y1=${floorY} x2=${round(box.x + box.width)} y2=${floorY}></line>`}
    ${figure.props.map((prop) => drawProp(prop, figure))}
    <g class="root" transform=${rootTransform(pose)}>${FROM_HIPS.map((segment) =>
      drawSegment(segment, pose, figure),
    )}</g>
    ${band && band.kind === 'band' ? svg`<path class="prop band" d=${bandPath(bandEnds(pose, figure.view, band.at))}></path>` : nothing}
  </g>`;
}
