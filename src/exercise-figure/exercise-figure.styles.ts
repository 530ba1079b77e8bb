import { css } from 'lit';
import { themeTokens } from '../internal/theme.styles.js';

/*
 * Every colour goes through four properties (--_ink the body, --_move the moving limbs and the arrow,
 * --_prop the floor and props, the band too so it shows across a moving leg, --_fill the filled
 * props), so print and forced colours only swap those. Strokes are round and unfilled from the <svg>
 * down; the few shapes that fill say so. The body's stroke widths are attributes of its lines
 * (figure-drawing.ts).
 */
export const exerciseFigureStyles = [
  themeTokens,
  css`
    :host {
      display: block;
      max-inline-size: var(--ex-figure-max-width, 24rem);
      --_ink: var(--ex-figure-ink, currentColor);
      --_move: var(--ex-figure-accent, var(--_accent));
      --_prop: var(--ex-figure-prop, color-mix(in srgb, currentColor 55%, transparent));
      --_fill: color-mix(in srgb, currentColor 14%, transparent);
    }
    :host([hidden]) {
      display: none;
    }
    svg {
      display: block;
      inline-size: 100%;
      overflow: visible;
      fill: none;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    line {
      stroke: var(--_ink);
    }
    .far {
      opacity: 0.45;
    }
    /* A far limb that moves must still read (a bird dog's reaching arm): only a little lighter. */
    .far:is(.moving, :has(.moving)) {
      opacity: 0.75;
    }
    .head {
      fill: var(--_ink);
    }
    .floor,
    .prop {
      stroke: var(--_prop);
      stroke-width: 2px;
    }
    .chair {
      stroke-width: 3px;
    }
    .wall {
      stroke-width: 4px;
    }
    .mat {
      stroke-width: 1px;
    }
    .band {
      stroke-width: 2.5px;
    }
    .mat,
    .towel,
    .ball {
      fill: var(--_fill);
    }
    .moving > line,
    .arrow {
      stroke: var(--_move);
    }
    /* Two poses side by side with an arrow: for reduced motion and print. */
    .stills {
      display: none;
      align-items: center;
      gap: 0.25rem;
    }
    .still {
      flex: 1;
      margin: 0;
      min-inline-size: 0;
    }
    figcaption {
      font-size: 0.8em;
      text-align: center;
      color: var(--_muted);
    }
    .arrow {
      flex: 0 0 1.5rem;
      inline-size: 1.5rem;
      stroke-width: 2.5px;
    }
    @media (prefers-reduced-motion: reduce), print {
      .moving-view {
        display: none;
      }
      .stills {
        display: flex;
      }
    }
    @media print {
      :host {
        --_move: #000;
      }
    }
    @media (forced-colors: active) {
      :host {
        --_ink: CanvasText;
        --_move: Highlight;
        --_prop: GrayText;
        --_fill: Canvas;
      }
    }
    .warnings {
      font-size: 0.85em;
      color: var(--_danger-text);
    }
  `,
];
