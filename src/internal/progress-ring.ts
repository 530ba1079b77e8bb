import { css, html, svg, type TemplateResult } from 'lit';
import { cssProperties } from './css-properties.js';

/**
 * The progress ring shared by the rep counter (around its tap target) and the player (behind its timer).
 *
 * - `countdown`: fills by a CSS animation over `durationMs`, started `elapsedMs` into it, so a re-render
 *   or a reconnection picks up where time is, not where frames were; `paused` freezes it with the caller.
 *   The caller keys the ring per running stretch, so a pause or added rest restarts it from real time.
 * - `progress`: the share of a target done, with a short transition.
 *
 * The values go in through CSSOM (`cssProperties`), never a `style` attribute, so pages with a strict
 * `style-src` allow them. Under reduced motion a countdown shows as a full ring (the digits still count).
 */
export type RingOptions =
  | { kind: 'countdown'; durationMs: number; elapsedMs: number; paused?: boolean }
  | { kind: 'progress'; fraction: number };

export function progressRing(options: RingOptions): TemplateResult {
  const style =
    options.kind === 'countdown'
      ? {
          '--_ring-duration': `${Math.max(1, options.durationMs)}ms`,
          '--_ring-delay': `${-Math.max(0, Math.min(options.elapsedMs, options.durationMs))}ms`,
          '--_ring-state': options.paused ? 'paused' : 'running',
        }
      : { '--_ring-offset': String(100 - 100 * Math.max(0, Math.min(1, options.fraction))) };
  return html`<svg part="ring" class="ring" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
    ${svg`<circle class="ring-track" cx="50" cy="50" r="46" pathLength="100"></circle>
      <circle class="ring-fill ${options.kind}" cx="50" cy="50" r="46" pathLength="100" ${cssProperties(style)}></circle>`}
  </svg>`;
}

/** The ring's styles; `--_ring-width` (default 6px, in a 100-unit box) sets the stroke. */
export const progressRingStyles = css`
  .ring {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    transform: rotate(-90deg);
    pointer-events: none;
  }
  .ring-track,
  .ring-fill {
    fill: none;
    stroke-width: var(--_ring-width, 6px);
  }
  .ring-track {
    stroke: var(--_border);
  }
  .ring-fill {
    stroke: var(--_accent);
    stroke-linecap: round;
    stroke-dasharray: 100;
    stroke-dashoffset: var(--_ring-offset, 100);
  }
  .ring-fill.progress {
    transition: stroke-dashoffset 200ms ease-out;
  }
  .ring-fill.countdown {
    stroke-dashoffset: 100;
    animation: ring-fill var(--_ring-duration) linear var(--_ring-delay) forwards;
    animation-play-state: var(--_ring-state, running);
  }
  @keyframes ring-fill {
    to {
      stroke-dashoffset: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .ring-fill.countdown {
      animation: none;
      stroke-dashoffset: 0;
    }
  }
  @media (forced-colors: active) {
    .ring-track {
      stroke: GrayText;
    }
    .ring-fill {
      stroke: Highlight;
    }
  }
`;
