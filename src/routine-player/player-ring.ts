import { html, svg, type TemplateResult } from 'lit';
import { cssProperties } from '../internal/css-properties.js';

/**
 * The progress ring behind the big timer. For a countdown the ring fills by a CSS animation over the
 * step's length, started `elapsedMs` into it and paused with the player, so the element re-renders
 * once a second at most and the motion stays smooth. The caller keys the ring per running stretch
 * (step, session, resume time), so a pause or an added rest starts a fresh animation from where time
 * really is. For rep work it shows the share of the target done. The values go in through CSSOM
 * (`cssProperties`), never a `style` attribute, so pages with a strict `style-src` allow them.
 */
export type RingOptions =
  | { kind: 'countdown'; durationMs: number; elapsedMs: number; paused: boolean }
  | { kind: 'progress'; fraction: number };

export function playerRing(options: RingOptions): TemplateResult {
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
