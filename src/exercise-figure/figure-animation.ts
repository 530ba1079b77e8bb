/**
 * Plays a figure's movement with the Web Animations API: one animation per segment group, each turning
 * (CSS `transform: rotate()`) through keyframes computed once per repetition, so the browser runs the
 * movement without the page's script in between frames, as the progress ring's turning halves do.
 * The band, whose two ends sit on two limbs, changes its path (`d`) in the same keyframes. Whatever
 * it starts it cancels when the element leaves the page.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import {
  SEGMENTS,
  bandEnds,
  bandPath,
  cycleKeyframes,
  type FigureSpec,
  type ResolvedFigure,
} from '../core/figure/index.js';
import { rootTransform, segmentTransform } from './figure-drawing.js';

export interface PlayOptions {
  tempo: number;
  hold: number;
  /** `Infinity` loops; 1 plays one repetition. */
  iterations: number;
  paused: boolean;
}

/** Keyframes per animated element (by selector), for one figure at one tempo and hold. */
type PerElement = [string, Keyframe[]][];

/** The keyframes of a figure are the same every time it is shown: the player shows it on every step. */
const KEYFRAMES = new WeakMap<ResolvedFigure, Map<string, PerElement>>();

function keyframesOf(figure: ResolvedFigure, spec: FigureSpec, options: PlayOptions): PerElement {
  const frames = cycleKeyframes(figure, spec, { tempo: options.tempo, hold: options.hold });
  const list: PerElement = [
    ['.root', frames.map((f) => ({ offset: f.offset, transform: rootTransform(f.pose, true) }))],
  ];
  for (const segment of SEGMENTS) {
    list.push([
      `[data-segment="${segment.name}"]`,
      frames.map((f) => ({
        offset: f.offset,
        transform: segmentTransform(segment, f.pose, figure.view, true),
      })),
    ]);
  }
  const band = figure.props.find((p) => p.kind === 'band');
  if (band && band.kind === 'band') {
    list.push([
      '.band',
      frames.map((f) => ({
        offset: f.offset,
        d: `path("${bandPath(bandEnds(f.pose, figure.view, band.at))}")`,
      })),
    ]);
  }
  return list;
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
    const byTiming = KEYFRAMES.get(figure) ?? new Map<string, PerElement>();
    KEYFRAMES.set(figure, byTiming);
    const timingKey = `${options.tempo}|${options.hold}`;
    let keyframes = byTiming.get(timingKey);
    if (!keyframes) byTiming.set(timingKey, (keyframes = keyframesOf(figure, spec, options)));
    const timing: KeyframeAnimationOptions = {
      duration: Math.max(0.5, options.tempo + options.hold) * 1000,
      iterations: options.iterations,
      easing: 'linear',
    };
    const start = (element: Element | null, keyframes: Keyframe[]) => {
      if (!element) return;
      const animation = element.animate(keyframes, timing);
      if (options.paused) animation.pause();
      this.#animations.push(animation);
    };
    for (const [selector, frames] of keyframes) start(drawing.querySelector(selector), frames);
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
