import { msg } from '@lit/localize';
import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { isBasePosition, resolveFigure, type FigureSpec, type ResolvedFigure } from '../core/figure/index.js';
import { listFormat } from '../core/intl-cache.js';
import { ExerciseElement } from '../internal/exercise-element.js';
import { pickText } from '../internal/localized-text.js';
import { describeFigure } from './figure-description.js';
import { drawFigure } from './figure-drawing.js';
import { FigureAnimationController } from './figure-animation.js';
import { exerciseFigureStyles } from './exercise-figure.styles.js';

export type FigureState = 'moving' | 'hold' | 'still';

/**
 * Resolved figures by their data: the player shows the same exercise's figure again on every step,
 * each time in a new element.
 */
const RESOLVED = new WeakMap<FigureSpec, ResolvedFigure>();

const ARROW = svg`<path d="M3 12h17M14 6l6 6-6 6"></path>`;

/**
 * A line drawing of an exercise: a person in its base position (lying, sitting, standing, on hands
 * and knees…), moving from the start to the end position and back at the exercise's pace, with a hold
 * at the end position. The figure comes from the `figure` field of the exercise data. The moving
 * limbs are drawn in the accent colour; the far limbs of a side view are paler.
 *
 * The movement runs on the browser's animation engine (rotations of the drawing's joints), not in
 * page script. With reduced motion, and in print, the start and end positions are shown side by side
 * with an arrow between them. It is one image for assistive technology (`role="img"`), described in
 * words: the position, the movement from the data, the side shown, and what is needed.
 *
 * @summary An animated line drawing of an exercise's movement.
 *
 * @csspart base - The image box (`role="img"`).
 * @csspart drawing - The animated drawing.
 * @csspart stills - The start and end positions side by side (reduced motion, print).
 *
 * @cssproperty [--ex-accent=#0f6e6e] - Colour of the moving limbs and the arrow.
 * @cssproperty [--ex-figure-ink=currentColor] - Colour of the body.
 * @cssproperty [--ex-figure-accent=var(--ex-accent)] - Colour of the moving limbs and the arrow.
 * @cssproperty [--ex-figure-prop=color-mix(in srgb, currentColor 55%, transparent)] - Colour of the floor and the props, the band included.
 * @cssproperty [--ex-figure-max-width=24rem] - Largest width of the figure.
 *
 * @event {CustomEvent<ExWarningDetail>} ex-warning - The figure data could not be drawn (an unknown base position); `detail.warnings` says what to fix.
 */
export class ExerciseFigure extends ExerciseElement {
  static override styles = exerciseFigureStyles;

  static override properties = {
    figure: { attribute: false },
    side: { reflect: true },
    state: { reflect: true },
    tempo: { type: Number },
    hold: { type: Number },
    rep: { type: Number },
    paused: { type: Boolean, reflect: true },
    theme: { reflect: true },
  };

  /** The figure data: the `figure` field of an exercise (see the data format). */
  declare figure: FigureSpec | undefined;
  /** The side to show, `left` or `right`: a one-sided figure is mirrored to show the other side. */
  declare side: 'left' | 'right' | undefined;
  /** `moving` (default): repeats the movement; `hold`: stays at the end position; `still`: at the start. */
  declare state: FigureState;
  /** Seconds for one repetition, not counting the hold. Default 3. */
  declare tempo: number;
  /** Seconds held at the end position in each repetition. Default 0. */
  declare hold: number;
  /** Each new value plays one repetition (the player sets it to the count of reps done). */
  declare rep: number | undefined;
  /** Stops the movement where it is. */
  declare paused: boolean;
  /** `light` or `dark` forces a colour scheme; unset follows `prefers-color-scheme`. */
  declare theme: 'light' | 'dark' | undefined;

  /** @internal */
  readonly #animation = new FigureAnimationController(this);
  /** @internal What the animation was started for, so a re-render doesn't restart it. */
  #playingFor = '';

  constructor() {
    super();
    this.state = 'moving';
    this.tempo = 3;
    this.hold = 0;
    this.paused = false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('figure')) {
      const spec = this.figure;
      if (spec && !isBasePosition(spec.position)) {
        this.warnAuthor([
          {
            path: 'figure.position',
            message: `"${String(spec.position)}" is not a base position the figure knows`,
          },
        ]);
      }
    }
  }

  /** @internal */
  get #figure(): ResolvedFigure | undefined {
    const spec = this.figure;
    if (!spec || typeof spec !== 'object' || !isBasePosition(spec.position)) return undefined;
    let figure = RESOLVED.get(spec);
    if (!figure) RESOLVED.set(spec, (figure = resolveFigure(spec)));
    return figure;
  }

  /** @internal Whether the drawing is mirrored: the data moves one side, the other is asked for. */
  get #mirrored(): boolean {
    const drawn = this.figure?.side;
    return (drawn === 'left' || drawn === 'right') && !!this.side && this.side !== drawn;
  }

  protected override render(): TemplateResult {
    const figure = this.#figure;
    const spec = this.figure;
    if (!figure || !spec) {
      return html`<div part="base" class="base empty">
        ${this.debug && spec ? html`<p class="warnings">figure.position: not a known base position</p>` : nothing}
      </div>`;
    }
    const locale = this.contentLocale;
    const label = describeFigure(spec, pickText(spec.movement, locale).trim(), this.side, (items) =>
      listFormat(locale, { type: 'conjunction' }).format(items),
    );
    const mirrored = this.#mirrored;
    const box = figure.viewBox;
    const viewBox = `${box.x} ${box.y} ${box.width} ${box.height}`;
    const still = (end: boolean) =>
      html`<figure class="still ${end ? 'end' : 'start'}">
        <svg viewBox=${viewBox}>${drawFigure(figure, end ? figure.end : figure.start, mirrored)}</svg>
        <figcaption>${end ? msg('End position') : msg('Start position')}</figcaption>
      </figure>`;
    return html`<div part="base" class="base" role="img" aria-label=${label}>
      <svg part="drawing" class="moving-view" viewBox=${viewBox} aria-hidden="true">
        ${drawFigure(figure, this.state === 'hold' ? figure.end : figure.start, mirrored)}
      </svg>
      <div part="stills" class="stills" dir="ltr" aria-hidden="true">
        ${still(false)}
        <svg class="arrow" viewBox="0 0 24 24">${ARROW}</svg>
        ${still(true)}
      </div>
    </div>`;
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    this.#syncAnimation(changed);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A reconnected figure starts its movement again (the controller cancelled it on disconnect).
    this.#playingFor = '';
    if (this.hasUpdated) this.requestUpdate();
  }

  /** @internal Starts, restarts, pauses or stops the movement to match the properties. */
  #syncAnimation(changed: PropertyValues<this>): void {
    const figure = this.#figure;
    const drawing = this.renderRoot.querySelector('.moving-view');
    const animation = this.#animation;
    if (!figure || !drawing || globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches) {
      animation.cancel();
      return;
    }
    const positive = (n: number, fallback: number) => (Number.isFinite(n) && n > 0 ? n : fallback);
    const timing = { tempo: positive(this.tempo, 3), hold: positive(this.hold, 0), paused: this.paused };
    const moving = this.state === 'moving';
    // What a moving figure's animation was started for, so a re-render doesn't restart it.
    const key = moving ? `${timing.tempo}|${timing.hold}|${this.#mirrored}` : '';
    if (
      moving
        ? changed.has('figure') || key !== this.#playingFor || !animation.playing
        : // A new count of reps plays one repetition; the first value set is where counting starts.
          changed.has('rep') && changed.get('rep') !== undefined && this.rep !== undefined
    ) {
      animation.play(drawing, figure, this.figure!, { ...timing, iterations: moving ? Infinity : 1 });
    } else if (!moving && (changed.has('state') || changed.has('figure') || changed.has('side'))) {
      animation.cancel();
    } else if (changed.has('paused')) {
      animation.pause(this.paused);
    }
    this.#playingFor = key;
  }
}
