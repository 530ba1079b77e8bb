import { css, html, svg, type TemplateResult } from 'lit';
import { cssProperties } from './css-properties.js';

/**
 * The progress ring shared by the rep counter (around its tap target) and the player (behind its timer).
 *
 * - `countdown`: fills over `durationMs`, started `elapsedMs` into it, so a re-render or a reconnection
 *   picks up where time is, not where frames were; `paused` freezes it with the caller. The caller keys
 *   the ring per running stretch, so a pause or added rest restarts it from real time.
 *   It is drawn as two half rings that turn (CSS transform animations), not as a stroke that grows: the
 *   browser's compositor runs a transform without the page's main thread, where a growing stroke costs a
 *   style and paint pass every frame (≈ 2.4 s per minute of a phone's main thread in our measurement,
 *   against ≈ 0.15 s). The right half turns into view during the first half of the time, the left
 *   half during the second.
 * - `progress`: the share of a target done, a stroke with a short transition (it changes per rep).
 *
 * The values go in through CSSOM (`cssProperties`), never a `style` attribute, so pages with a strict
 * `style-src` allow them. Under reduced motion a countdown shows as a full ring (the digits still count).
 */
export type RingOptions =
  | { kind: 'countdown'; durationMs: number; elapsedMs: number; paused?: boolean }
  | { kind: 'progress'; fraction: number };

const TRACK = svg`<circle class="ring-track" cx="50" cy="50" r="46" pathLength="100"></circle>`;

/** One half of a countdown: a full circle, cut to a half that turns into its window. */
const countdownHalf = (side: 'first' | 'second'): TemplateResult =>
  html`<div class="ring-half ${side}">
    <div class="ring-arc">
      <svg viewBox="0 0 100 100" focusable="false">
        ${svg`<circle class="ring-fill" cx="50" cy="50" r="46"></circle>`}
      </svg>
    </div>
  </div>`;

export function progressRing(options: RingOptions): TemplateResult {
  if (options.kind === 'countdown') {
    const style = {
      '--_ring-duration': `${Math.max(1, options.durationMs)}ms`,
      '--_ring-delay': `${-Math.max(0, Math.min(options.elapsedMs, options.durationMs))}ms`,
      '--_ring-state': options.paused ? 'paused' : 'running',
    };
    return html`<div part="ring" class="ring countdown" aria-hidden="true" ${cssProperties(style)}>
      <svg viewBox="0 0 100 100" focusable="false">${TRACK}</svg>
      ${countdownHalf('first')} ${countdownHalf('second')}
    </div>`;
  }
  const offset = String(100 - 100 * Math.max(0, Math.min(1, options.fraction)));
  return html`<svg
    part="ring"
    class="ring progress"
    viewBox="0 0 100 100"
    aria-hidden="true"
    focusable="false"
  >
    ${TRACK}
    ${svg`<circle class="ring-fill progress" cx="50" cy="50" r="46" pathLength="100" ${cssProperties({ '--_ring-offset': offset })}></circle>`}
  </svg>`;
}

/** The ring's styles; `--_ring-width` (default 6px, in a 100-unit box) sets the stroke. */
export const progressRingStyles = css`
  .ring,
  .ring svg {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    pointer-events: none;
  }
  /* The stroke starts at 12 o'clock. */
  .ring.progress {
    transform: rotate(-90deg);
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
  }
  .ring-fill.progress {
    stroke-linecap: round;
    stroke-dasharray: 100;
    stroke-dashoffset: var(--_ring-offset, 100);
    transition: stroke-dashoffset 200ms ease-out;
  }

  /* Countdown: each half window shows the half circle that turns into it. */
  .ring-half,
  .ring-arc {
    position: absolute;
    inset: 0;
  }
  .ring-half.first,
  .ring-half.second .ring-arc {
    clip-path: inset(0 0 0 50%);
  }
  .ring-half.second,
  .ring-half.first .ring-arc {
    clip-path: inset(0 50% 0 0);
  }
  .ring-arc {
    will-change: transform;
    animation: ring-turn calc(var(--_ring-duration) / 2) linear var(--_ring-delay) both;
    animation-play-state: var(--_ring-state, running);
  }
  .ring-half.second .ring-arc {
    animation-delay: calc(var(--_ring-delay) + var(--_ring-duration) / 2);
  }
  @keyframes ring-turn {
    from {
      transform: rotate(0deg);
    }
    to {
      transform: rotate(180deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .ring-arc {
      animation: none;
      transform: rotate(180deg);
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
