import { css } from 'lit';
import { themeTokens } from '../internal/theme.styles.js';

/*
 * Every colour goes through the four --_figure-* properties, so print and forced colours only swap
 * those. Strokes are round and unfilled from the <svg> down; the few shapes that fill say so.
 */
export const exerciseFigureStyles = [
  themeTokens,
  css`
    :host {
      display: block;
      max-inline-size: var(--ex-figure-max-width, 24rem);
      --_figure-ink: var(--ex-figure-ink, currentColor);
      --_figure-accent: var(--ex-figure-accent, var(--_accent));
      --_figure-prop: var(--ex-figure-prop, color-mix(in srgb, currentColor 55%, transparent));
      --_figure-fill: color-mix(in srgb, currentColor 14%, transparent);
    }
    :host([hidden]) {
      display: none;
    }
    svg {
      display: block;
      inline-size: 100%;
      block-size: auto;
      overflow: visible;
      fill: none;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .seg > line {
      stroke: var(--_figure-ink);
      stroke-width: 7px;
    }
    .moving > line {
      stroke: var(--_figure-accent);
    }
    .trunk > line {
      stroke-width: 13px;
    }
    .neck > line {
      stroke-width: 6px;
    }
    .foot > line {
      stroke-width: 5px;
    }
    .far {
      opacity: 0.45;
    }
    .head {
      fill: var(--_figure-ink);
    }
    .floor,
    .prop {
      stroke: var(--_figure-prop);
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
    .mat,
    .towel,
    .ball {
      fill: var(--_figure-fill);
    }
    .band {
      stroke: var(--_figure-accent);
    }
    /* Two poses side by side with an arrow: for reduced motion and print. */
    .stills {
      display: none;
      align-items: center;
      gap: 0.25rem;
    }
    .still {
      flex: 1 1 0;
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
      stroke: var(--_figure-accent);
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
        --_figure-accent: #000;
      }
    }
    @media (forced-colors: active) {
      :host {
        --_figure-ink: CanvasText;
        --_figure-accent: Highlight;
        --_figure-prop: GrayText;
        --_figure-fill: Canvas;
      }
    }
    .warnings {
      font-size: 0.85em;
      color: var(--_danger-text);
    }
  `,
];
