import { html, svg, type TemplateResult } from 'lit';
import { cssProperties } from '../internal/css-properties.js';

/**
 * The ring around the tap target. While a hold runs it fills over the hold by a CSS animation (started
 * `elapsedMs` into it, so a re-render or a reconnection picks up where time is, not where frames were);
 * otherwise it shows the share of the target done, with a transition. The values go in through CSSOM, so
 * pages with a strict `style-src` allow them.
 */
export function progressRing(
  options: { kind: 'hold'; durationMs: number; elapsedMs: number } | { kind: 'progress'; fraction: number },
): TemplateResult {
  const style =
    options.kind === 'hold'
      ? {
          '--_ring-duration': `${Math.max(0, options.durationMs)}ms`,
          '--_ring-delay': `${-Math.max(0, Math.min(options.elapsedMs, options.durationMs))}ms`,
        }
      : { '--_ring-offset': String(100 - 100 * Math.max(0, Math.min(1, options.fraction))) };
  return html`<svg part="ring" class="ring" viewBox="0 0 100 100" aria-hidden="true" focusable="false">
    ${svg`<circle class="ring-track" cx="50" cy="50" r="46" pathLength="100"></circle>
      <circle class="ring-fill ${options.kind}" cx="50" cy="50" r="46" pathLength="100" ${cssProperties(style)}></circle>`}
  </svg>`;
}
