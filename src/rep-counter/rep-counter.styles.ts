import { css } from 'lit';

export const repCounterStyles = css`
  :host {
    --_tap-size: var(--ex-rep-counter-size, 12rem);
    --_ring-width: var(--ex-rep-counter-ring-width, 6px);
    /* Read from a phone leaning on a wall, 2 m away: the count is the main number (65px by default),
       labels at least 20px. A focus mode raises both (the player asks for 96px and 28px). */
    --_count-size: var(--ex-rep-counter-count-size, calc(var(--_tap-size) * 0.34));
    --_label-size: var(--ex-rep-counter-label-size, 1.25rem);
    display: block;
    max-inline-size: 26rem;
    /* Space for the widget before and after it renders, so the page does not jump. */
    min-block-size: calc(var(--_tap-size) + 7rem);
    /* Its own, not the page's: a theme reset with body { line-height: 1 } must not squeeze the text. */
    line-height: normal;
    -webkit-tap-highlight-color: transparent;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    display: grid;
    justify-items: center;
    gap: calc(var(--_space) * 0.75);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    /* Our own alignment, whatever the host page's text inherits (a justified, indented blog column). */
    text-align: center;
    text-indent: 0;
  }
  .status {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.25rem 0.75rem;
    font-size: var(--_label-size);
    font-weight: 600;
    line-height: 1.25;
  }
  .side,
  .paused {
    padding: 0 0.5rem;
    border-radius: 999px;
    background: var(--_surface-2);
    border: 1px solid var(--_border);
  }
  /* Paused is unmistakable: a solid badge, and the count itself fades until the resume. */
  .paused {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  :host([paused]) .readout {
    opacity: 0.45;
  }
  .tap {
    position: relative;
    display: grid;
    place-content: center;
    gap: 0.25rem;
    inline-size: var(--_tap-size);
    block-size: var(--_tap-size);
    min-inline-size: 48px;
    min-block-size: 48px;
    padding: 0;
    border: 0;
    border-radius: 50%;
    background: var(--_surface-2);
    color: inherit;
    font: inherit;
    cursor: pointer;
    touch-action: manipulation;
    user-select: none;
  }
  .tap:active:not([aria-disabled='true']):not(:disabled) {
    transform: scale(0.97);
  }
  .tap[aria-disabled='true'],
  .tap:disabled {
    cursor: default;
  }
  .tap:disabled {
    opacity: 0.6;
  }
  .readout {
    font-variant-numeric: tabular-nums;
    line-height: 1;
    /* "7 / 10–15" and countdowns read left to right in right-to-left text too. */
    direction: ltr;
    unicode-bidi: isolate;
  }
  .count {
    font-size: var(--_count-size);
    font-weight: 700;
    color: var(--_text);
  }
  .target {
    font-size: calc(var(--_tap-size) * 0.12);
    color: var(--_muted);
  }
  .hint {
    max-inline-size: calc(var(--_tap-size) * 0.8);
    font-size: var(--_label-size);
    line-height: 1.15;
    color: var(--_muted);
  }
  :host([phase='holding']) .hint,
  :host([paused]) .hint {
    color: var(--_text);
    font-weight: 600;
  }
  .rest,
  .summary {
    margin: 0;
    font-weight: 600;
    line-height: 1.4;
  }
  .rest {
    font-size: var(--_label-size);
  }
  .warnings {
    justify-self: stretch;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: calc(var(--_radius) * 0.5);
    font-size: 0.875rem;
    line-height: 1.4;
    text-align: start;
  }
  .warnings p,
  .warnings ul {
    margin: 0;
  }
  .warnings ul {
    padding-inline-start: 1.25rem;
  }
  /* The printed tally; on screen the widget itself is the tally. */
  .tally {
    display: none;
  }
  .rest-time {
    font-variant-numeric: tabular-nums;
    direction: ltr;
    unicode-bidi: isolate;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem;
  }
  .controls button {
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.75);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    cursor: pointer;
    touch-action: manipulation;
  }
  .controls .primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .controls button[aria-pressed='true'] {
    background: var(--_surface-2);
    font-weight: 600;
  }
  .controls button:disabled,
  .controls button[aria-disabled='true'] {
    cursor: default;
    opacity: 0.6;
  }
  @media print {
    :host {
      min-block-size: 0;
      max-inline-size: none;
    }
    .base {
      display: block;
      padding: 0;
      border: 0;
      background: none;
      text-align: start;
    }
    .base > :not(.tally) {
      display: none;
    }
    .tally {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: 0.5em;
      margin: 0;
      line-height: 1.4;
      color: #000;
    }
    .tally-boxes {
      font-size: 1.4em;
      letter-spacing: 0.1em;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .tap:active:not([aria-disabled='true']):not(:disabled) {
      transform: none;
    }
  }
  @media (forced-colors: active) {
    .base,
    .tap,
    .side,
    .controls button {
      border: 1px solid CanvasText;
    }
    .controls button[aria-pressed='true'] {
      outline: 2px solid Highlight;
    }
  }
`;
