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

/** How long a segment's line is drawn: a foot seen from the front is a short stub. */
export const drawnLength = (segment: SegmentDef, pose: Pose, view: FigureView): number =>
  segment.name.startsWith('foot') && view !== 'side' ? 5 : segment.length * lengthScale(pose, segment.name);

export const rootTransform = (pose: Pose, css?: boolean): string =>
  transform(pose.x, pose.y, pose.pelvis, css);

/** Stroke widths: the limbs are 7 units wide (BODY.limbHalfWidth), the trunk 13 (BODY.torsoHalfWidth). */
const WIDTH: Partial<Record<SegmentName, number>> = { torso: 13, chest: 13, neck: 6 };

const HEAD = svg`<circle class="head" cy=${BODY.neck + BODY.headRadius - 1} r=${BODY.headRadius}></circle>`;

/**
 * The segments hanging from `parent` (the hips: `undefined`) on the right side, or on the others: the
 * right limbs go first, behind (the far side in a side view); the trunk and head between.
 */
const children = (parent: SegmentName | undefined, pose: Pose, figure: ResolvedFigure, right: boolean) =>
  SEGMENTS.filter((s) => s.parent === parent && (s.side === 'right') === right).map((s) =>
    drawSegment(s, pose, figure),
  );

function drawSegment(segment: SegmentDef, pose: Pose, figure: ResolvedFigure): SVGTemplateResult {
  const { name } = segment;
  const foot = name.startsWith('foot');
  // The far (or lower) right limbs are paler, from the shoulder or hip down.
  const far = figure.farSide && (name === 'thigh-right' || name === 'upper-arm-right');
  const ball = name === 'torso' && figure.props.find((p) => p.kind === 'ball');
  return svg`<g class="${figure.moving.has(name) ? 'moving' : ''} ${far ? 'far' : ''}" data-segment=${name} transform=${segmentTransform(segment, pose, figure.view)}>${
    ball && ball.kind === 'ball'
      ? svg`<circle class="prop ball" cx=${round(ball.across)} cy=${round(ball.along)} r=${ball.r}></circle>`
      : nothing
  }${children(name, pose, figure, true)}<line y2=${drawnLength(segment, pose, figure.view)} stroke-width=${WIDTH[name] ?? (foot ? 5 : 7)}></line>${
    name === 'neck' ? HEAD : nothing
  }${children(name, pose, figure, false)}</g>`;
}

function drawProp(prop: PlacedProp, view: FigureView): SVGTemplateResult | typeof nothing {
  const floor = FLOOR_Y + 1;
  switch (prop.kind) {
    case 'mat':
      // Seen from above, a mat would only be a box behind the whole figure: it is left out (the
      // description still says one is needed).
      return view === 'above'
        ? nothing
        : svg`<rect class="prop mat" x=${round(prop.x1)} y=${FLOOR_Y} width=${round(prop.x2 - prop.x1)} height="3" rx="1.5"></rect>`;
    case 'chair': {
      const x = round(prop.x);
      return svg`<path class="prop chair" d="M${x} ${round(prop.seatY - prop.back)}V${floor}M${x} ${round(prop.seatY)}H${round(prop.x + prop.depth)}V${floor}"></path>`;
    }
    case 'towel':
      return svg`<ellipse class="prop towel" cx=${round(prop.cx)} cy=${round(prop.cy)} rx=${prop.rx} ry=${prop.ry}></ellipse>`;
    case 'wall':
      return svg`<line class="prop wall" x1=${round(prop.x)} y1=${round(prop.top)} x2=${round(prop.x)} y2=${floor}></line>`;
    default:
      return nothing;
  }
}

/** The whole drawing of `figure` in `pose`, mirrored (for the other side) when asked. */
export function drawFigure(figure: ResolvedFigure, pose: Pose, mirrored: boolean): SVGTemplateResult {
  const { viewBox: box, props } = figure;
  const floorY = FLOOR_Y + (props.some((p) => p.kind === 'mat') ? 4 : 1);
  const band = props.find((p) => p.kind === 'band');
  return svg`<g class="drawing" transform=${mirrored ? `translate(${round(2 * box.x + box.width)} 0) scale(-1 1)` : ''}>${
    figure.view === 'above'
      ? nothing
      : svg`<line class="floor" x1=${round(box.x)} y1=${floorY} x2=${round(box.x + box.width)} y2=${floorY}></line>`
  }${props.map((prop) => drawProp(prop, figure.view))}<g class="root" transform=${rootTransform(pose)}>${children(undefined, pose, figure, true)}${children(undefined, pose, figure, false)}</g>${
    band && band.kind === 'band'
      ? svg`<path class="prop band" d=${bandPath(pose, figure.view, band.at)}></path>`
      : nothing
  }</g>`;
}
