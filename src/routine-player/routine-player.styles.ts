import { css } from 'lit';

export const routinePlayerStyles = css`
  :host {
    --_timer-size: var(--ex-player-timer-size, 14rem);
    display: block;
    max-inline-size: 40rem;
    /* Space for the player before the routine arrives, so the page does not jump. */
    min-block-size: var(--ex-player-min-height, 20rem);
    -webkit-tap-highlight-color: transparent;
  }
  :host([hidden]) {
    display: none;
  }
  /* Focus mode: real full screen where the browser allows it, else a fixed full-viewport layer. */
  :host([focus-mode]) {
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    max-inline-size: none;
    overflow: auto;
    background: var(--_surface-solid);
    color: var(--_text-solid);
  }
  :host(:fullscreen) {
    max-inline-size: none;
    overflow: auto;
    background: var(--_surface-solid);
    color: var(--_text-solid);
  }
  .base {
    position: relative;
    display: grid;
    gap: var(--_space);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    overflow: hidden;
  }
  :host([focus-mode]) .base {
    min-block-size: 100%;
    border-radius: 0;
    border: 0;
  }
  h1,
  h2,
  h3,
  h4,
  h5,
  h6,
  p {
    margin: 0;
  }
  .title,
  .step-title,
  .summary-title {
    font-size: 1.5rem;
    line-height: 1.2;
  }
  .muted {
    color: var(--_muted);
  }
  .small {
    font-size: 0.875rem;
  }
  button {
    min-block-size: 44px;
    min-inline-size: 44px;
    padding: 0.5rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-2);
    color: inherit;
    font: inherit;
    cursor: pointer;
    touch-action: manipulation;
  }
  button:disabled {
    cursor: default;
    opacity: 0.6;
  }
  .primary,
  .start,
  .done {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
    font-weight: 700;
  }
  .big {
    min-block-size: 4rem;
    font-size: 1.25rem;
    padding-inline: 2rem;
  }
  .danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-danger);
    font-weight: 700;
  }

  /* overview */
  .overview,
  .summary,
  .running {
    display: grid;
    gap: calc(var(--_space) * 0.75);
  }
  .facts,
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .facts li,
  .badges li {
    padding: 0.125rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-2);
    font-weight: 600;
  }
  .section {
    display: grid;
    gap: 0.25rem;
  }
  .section h3,
  .section h4,
  .section h5,
  .section h6 {
    font-size: 1.1rem;
  }
  .exercises {
    margin: 0;
    padding-inline-start: 1.5rem;
    display: grid;
    gap: 0.25rem;
  }
  .exercise-name {
    font-weight: 600;
  }
  .dosage-line {
    color: var(--_muted);
  }
  .dosage-line::before {
    content: ' · ';
  }
  .safety,
  .advice,
  .easier {
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_danger-surface);
  }
  .safety ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .safety-title {
    font-weight: 700;
  }
  .resume {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
  }
  .resume-title {
    font-weight: 700;
  }

  /* running */
  .running {
    position: relative;
    justify-items: center;
    text-align: center;
  }
  .progress-row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: center;
    gap: 0.5rem;
    inline-size: 100%;
    font-variant-numeric: tabular-nums;
  }
  .progress {
    flex: 1 1 8rem;
  }
  .phase {
    font-weight: 700;
    text-transform: uppercase;
    letter-spacing: 0.05em;
    color: var(--_accent-text);
  }
  :host([paused]) .phase {
    color: var(--_muted);
  }
  .media {
    margin: 0;
    inline-size: min(100%, 20rem);
  }
  .media img {
    display: block;
    inline-size: 100%;
    block-size: auto;
    aspect-ratio: 4 / 3;
    object-fit: cover;
    border-radius: var(--_radius);
  }
  .cue {
    font-size: 1.125rem;
    max-inline-size: 32rem;
  }
  .timer {
    position: relative;
    display: grid;
    place-items: center;
    inline-size: var(--_timer-size);
    block-size: var(--_timer-size);
  }
  .timer.counter {
    inline-size: auto;
    block-size: auto;
  }
  .readout {
    position: relative;
    display: grid;
    justify-items: center;
    gap: 0.5rem;
    font-size: calc(var(--_timer-size) * 0.24);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1;
  }
  /* Clock digits and counts stay left to right inside right-to-left text ("1:05", never "05:1"). */
  .readout.clock,
  .numbers .count {
    direction: ltr;
    unicode-bidi: isolate;
  }
  .gate .readout {
    font-size: 1.125rem;
    padding: 1.5rem;
  }
  .up-next {
    color: var(--_muted);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem;
  }
  .control.previous,
  .control.next {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
  }
  .control.previous {
    padding-inline-start: 0.625rem;
  }
  .control.next {
    padding-inline-end: 0.625rem;
  }
  .icon {
    inline-size: 1.25em;
    block-size: 1.25em;
    flex: none;
  }
  /* Previous and next point the way the steps run: mirrored in right-to-left languages. */
  .base[dir='rtl'] .icon-dir {
    transform: scaleX(-1);
  }
  .hurt {
    inline-size: min(100%, 20rem);
    border: 2px solid var(--_danger);
    background: var(--_surface);
    color: var(--_danger-text);
    font-weight: 700;
  }
  .note {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .extras {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem 1.5rem;
    text-align: start;
  }
  details summary {
    cursor: pointer;
    min-block-size: 44px;
    display: flex;
    align-items: center;
  }
  .shortcuts dl {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.25rem 0.75rem;
    margin: 0.25rem 0 0;
  }
  .shortcuts dd {
    margin: 0;
  }
  kbd {
    padding: 0 0.375rem;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--_surface-2);
    font: inherit;
  }
  .cue-settings fieldset {
    display: grid;
    gap: 0.25rem;
    margin: 0.25rem 0 0;
    padding: 0;
    border: 0;
  }
  .cue-settings label {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-block-size: 32px;
  }

  /* Phase colours: the rest phases are calm, work is the accent. */
  .running[data-kind='rest-set'],
  .running[data-kind='rest-exercise'],
  .running[data-kind='switch-sides'] {
    --_phase-tint: var(--_surface-2);
  }
  .flash {
    position: absolute;
    inset: 0;
    z-index: -1;
    border-radius: var(--_radius);
    background: var(--_accent);
    opacity: 0;
    animation: flash 700ms ease-out;
    pointer-events: none;
  }
  @keyframes flash {
    from {
      opacity: 0.6;
    }
    to {
      opacity: 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    /* No flashing: the whole player takes the phase's calm colour instead. */
    .flash {
      display: none;
    }
    .flash-on .running {
      background: var(--_phase-tint, color-mix(in srgb, var(--_accent) 8%, var(--_surface)));
      border-radius: var(--_radius);
      transition: background-color 0.01ms;
    }
  }

  /* dialog */
  .pain-dialog {
    max-inline-size: min(34rem, calc(100vw - 2rem));
    padding: var(--_space);
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
    background: var(--_surface-solid);
    color: var(--_text-solid);
  }
  .pain-dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .pain-dialog > * + * {
    margin-block-start: 0.75rem;
  }
  .pain-title {
    font-size: 1.25rem;
    color: var(--_danger-text);
  }
  .safety-list {
    padding-inline-start: 1.25rem;
  }
  .dialog-actions {
    display: grid;
    gap: 0.5rem;
  }

  /* summary */
  .numbers {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    margin: 0;
  }
  .numbers div {
    display: grid;
  }
  .numbers dd {
    margin: 0;
    font-size: 1.5rem;
    font-weight: 700;
  }
  .checkin,
  .history {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .checkin-title {
    font-weight: 700;
  }
  .checkin fieldset {
    margin: 0;
    padding: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .scale {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
  }
  .scale-point {
    display: grid;
    justify-items: center;
    min-inline-size: 2.25rem;
  }
  .scale-point input,
  .feeling input {
    inline-size: 1.25rem;
    block-size: 1.25rem;
  }
  .scale-ends {
    display: flex;
    justify-content: space-between;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .feeling label {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    margin-inline-end: 1rem;
    min-block-size: 32px;
  }
  textarea {
    inline-size: 100%;
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: 0.5rem;
  }

  /* loading and error */
  .skeleton {
    display: grid;
    gap: 0.75rem;
  }
  .bone {
    block-size: 1rem;
    border-radius: 6px;
    background: var(--_surface-2);
  }
  .bone-title {
    block-size: 1.75rem;
    inline-size: 60%;
  }
  .bone-line.short {
    inline-size: 40%;
  }
  .alert {
    padding: 0.75rem;
    border-inline-start: 4px solid var(--_danger);
    background: var(--_danger-surface);
    border-radius: var(--_radius);
  }
  .alert-title {
    font-weight: 700;
  }
  .print-only {
    display: none;
  }

  /*
   * Print: the overview is a one-page handout (title, frequency, each exercise with a small image, its
   * dosage and a tick box per set, the safety notes, the source and the page's address), black on
   * white, with no control of any kind.
   */
  @media print {
    :host {
      max-inline-size: none;
      min-block-size: 0;
      color: #000;
      font-size: 10.5pt;
      line-height: 1.35;
    }
    .base {
      padding: 0;
      border: 0;
      border-radius: 0;
      background: #fff;
      color: #000;
      gap: 0.5rem;
    }
    button,
    details,
    .controls,
    .hurt,
    .extras,
    .resume,
    .cue-settings,
    .flash {
      display: none !important;
    }
    .print-only {
      display: block;
    }
    .overview {
      gap: 0.4rem;
    }
    .title {
      font-size: 16pt;
    }
    .facts li {
      padding: 0 0.5rem;
      background: none;
    }
    .section {
      break-inside: avoid;
    }
    .exercises {
      gap: 0.3rem;
    }
    .exercises li {
      display: flow-root;
      break-inside: avoid;
    }
    img.thumb {
      float: inline-start;
      inline-size: 2.2cm;
      block-size: auto;
      max-block-size: 2.2cm;
      object-fit: contain;
      margin-inline-end: 0.3cm;
    }
    .ticks-row {
      margin-block-start: 0.1rem;
    }
    .ticks {
      font-size: 1.2em;
      letter-spacing: 0.15em;
    }
    .safety {
      break-inside: avoid;
      padding: 0.4rem 0.6rem;
      border: 1px solid #000;
      border-inline-start-width: 3pt;
    }
    .source,
    .print-footer {
      font-size: 9pt;
      overflow-wrap: anywhere;
    }
    .source-url::before {
      content: ' · ';
    }
    .source a {
      color: inherit;
      text-decoration: none;
    }
  }
`;
