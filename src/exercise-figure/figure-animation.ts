/**
 * Plays a figure's movement with the Web Animations API: one animation per turning group of the
 * drawing (CSS `transform: rotate()`), through keyframes sampled each time it starts (about 0.3 ms for
 * a bridge with five planted ends), so the browser runs the movement without the page's script in
 * between frames, as the progress ring's turning halves do. A limb turning out of the picture also
 * changes its line's length (`scaleY`). The band, whose two ends sit on two limbs, changes its path
 * (`d`) in the same keyframes. Whatever it starts it cancels when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  SEGMENTS,
  bandPath,
  cycleKeyframes,
  type FigureSpec,
  type Pose,
  type ResolvedFigure,
} from '../core/figure/index.js';
import { drawnLength, rootTransform, segmentTransform } from './figure-drawing.js';

export interface PlayOptions {
  tempo: number;
  hold: number;
  /** `Infinity` loops; 1 plays one repetition. */
  iterations: number;
  paused: boolean;
}

/**
 * What an animated element of the drawing shows in `pose`: a segment's or the hips' turn, a segment
 * line's length (stretched from its drawn one: a limb turning out of the picture), the band's path.
 */
function styleOf(element: Element, pose: Pose, figure: ResolvedFigure): Keyframe {
  const line = element instanceof SVGLineElement;
  const name = (line ? element.parentElement! : element).getAttribute('data-segment');
  const segment = SEGMENTS.find((s) => s.name === name);
  const band = figure.props.find((p) => p.kind === 'band');
  return segment
    ? {
        transform: line
          ? `scaleY(${drawnLength(segment, pose, figure.view) / element.y2.baseVal.value})`
          : segmentTransform(segment, pose, figure.view, true),
      }
    : band?.kind === 'band' && element.classList.contains('band')
      ? { d: `path("${bandPath(pose, figure.view, band.at)}")` }
      : { transform: rootTransform(pose, true) };
}

export class FigureAnimationController implements ReactiveController {
  #animations: Animation[] = [];

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  get playing(): boolean {
    return this.#animations.length > 0;
  }

  /** Starts the movement inside `drawing` (the animated SVG), replacing any running one. */
  play(drawing: Element, figure: ResolvedFigure, spec: FigureSpec, options: PlayOptions): void {
    this.cancel();
    if (typeof drawing.animate !== 'function') return;
    const frames = cycleKeyframes(figure, spec, options);
    const timing = {
      duration: Math.max(0.5, options.tempo + options.hold) * 1000,
      iterations: options.iterations,
    };
    for (const element of drawing.querySelectorAll('.root, [data-segment], [data-segment] > line, .band')) {
      const animation = element.animate(
        frames.map((f) => ({ offset: f.offset, ...styleOf(element, f.pose, figure) })),
        timing,
      );
      if (options.paused) animation.pause();
      this.#animations.push(animation);
    }
  }

  pause(paused: boolean): void {
    for (const animation of this.#animations) {
      if (paused) animation.pause();
      else animation.play();
    }
  }

  cancel(): void {
    for (const animation of this.#animations) animation.cancel();
    this.#animations = [];
  }

  hostDisconnected(): void {
    this.cancel();
  }
}
