import { css } from 'lit';
import { themeTokens } from '../internal/theme.styles.js';

export const exerciseFigureStyles = [
  themeTokens,
  css`
    :host {
      display: block;
      max-inline-size: var(--ex-figure-max-width, 24rem);
      --_figure-ink: var(--ex-figure-ink, currentColor);
      --_figure-accent: var(--ex-figure-accent, var(--_accent));
      --_figure-prop: var(--ex-figure-prop, color-mix(in srgb, currentColor 55%, transparent));
    }
    :host([hidden]) {
      display: none;
    }
    .base {
      margin: 0;
    }
    svg {
      display: block;
      inline-size: 100%;
      block-size: auto;
      overflow: visible;
    }
    .seg > line {
      stroke: var(--_figure-ink);
      stroke-linecap: round;
      stroke-width: 7px;
    }
    .seg.moving > line {
      stroke: var(--_figure-accent);
    }
    .seg.trunk > line {
      stroke-width: 13px;
    }
    .seg.neck > line {
      stroke-width: 6px;
    }
    .seg.foot > line {
      stroke-width: 5px;
    }
    .seg.far {
      opacity: 0.45;
    }
    .head {
      fill: var(--_figure-ink);
    }
    .floor {
      stroke: var(--_figure-prop);
      stroke-width: 2px;
      stroke-linecap: round;
    }
    .prop {
      fill: none;
      stroke: var(--_figure-prop);
      stroke-width: 3px;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    .prop.mat {
      fill: color-mix(in srgb, currentColor 15%, transparent);
      stroke-width: 1px;
    }
    .prop.towel,
    .prop.ball {
      fill: color-mix(in srgb, currentColor 12%, transparent);
      stroke-width: 2px;
    }
    .prop.band {
      stroke: var(--_figure-accent);
      stroke-width: 2px;
      stroke-dasharray: none;
    }
    .prop.wall {
      stroke-width: 4px;
    }
    .moving-view .root,
    .moving-view .seg,
    .moving-view .band {
      will-change: transform;
    }
    /* Two poses side by side with an arrow: for reduced motion, print, and a still figure's handout. */
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
    .still figcaption {
      font-size: 0.8em;
      text-align: center;
      color: var(--_muted);
    }
    .arrow {
      flex: 0 0 1.5rem;
      inline-size: 1.5rem;
    }
    .arrow path {
      fill: none;
      stroke: var(--_figure-accent);
      stroke-width: 2.5px;
      stroke-linecap: round;
      stroke-linejoin: round;
    }
    @media (prefers-reduced-motion: reduce) {
      .moving-view {
        display: none;
      }
      .stills {
        display: flex;
      }
    }
    @media print {
      .moving-view {
        display: none;
      }
      .stills {
        display: flex;
      }
      .seg.moving > line,
      .prop.band {
        stroke: #000;
      }
    }
    @media (forced-colors: active) {
      .seg > line {
        stroke: CanvasText;
      }
      .seg.moving > line,
      .prop.band,
      .arrow path {
        stroke: Highlight;
      }
      .head {
        fill: CanvasText;
      }
      .floor,
      .prop {
        stroke: GrayText;
      }
      .prop.mat,
      .prop.towel,
      .prop.ball {
        fill: Canvas;
      }
    }
    .warnings {
      font-size: 0.85em;
      color: var(--_danger-text);
    }
  `,
];
