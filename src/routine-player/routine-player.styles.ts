import { css } from 'lit';

export const routinePlayerStyles = css`
  :host {
    --_timer-size: var(--ex-player-timer-size, 14rem);
    /*
     * What a patient glances at from 2 m, on a 390 px phone: the big number at least 64 px (96 px in
     * focus mode), side, phase and hold seconds at least 20 px (28 px); they scale with the viewport.
     */
    --_big-number: clamp(3.25rem, 16.5vw, 6rem);
    --_glance: clamp(1.125rem, 5.2vw, 2rem);
    --_phase-work: var(--ex-phase-work, var(--_accent));
    --_phase-rest: var(--ex-phase-rest, #2f62b8);
    --_phase-switch: var(--ex-phase-switch, #9a5b00);
    --_phase-ready: var(--ex-phase-ready, #6a4aa8);
    --_phase-paused: var(--_muted);
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
  :host([focus-mode]),
  :host(:fullscreen) {
    --_timer-size: var(--ex-player-timer-size, clamp(16rem, 84vw, 30rem));
    --_big-number: clamp(4.5rem, 24.7vw, 10rem);
    --_glance: clamp(1.5rem, 7.2vw, 3rem);
  }
  :host([theme='dark']) {
    --_phase-rest: var(--ex-phase-rest, #8fb4ff);
    --_phase-switch: var(--ex-phase-switch, #f0b35a);
    --_phase-ready: var(--ex-phase-ready, #c3a8ff);
  }
  @media (prefers-color-scheme: dark) {
    :host(:not([theme='light'])) {
      --_phase-rest: var(--ex-phase-rest, #8fb4ff);
      --_phase-switch: var(--ex-phase-switch, #f0b35a);
      --_phase-ready: var(--ex-phase-ready, #c3a8ff);
    }
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
  .badges {
    justify-content: center;
  }
  .badges li {
    font-size: var(--_glance);
    font-weight: 800;
    border-width: 2px;
  }
  .section {
    display: grid;
    gap: 0.25rem;
  }
  /*
   * A routine longer than any home program (player-overview.ts, LONG_OVERVIEW) lays out its sections only as
   * they scroll into view: the largest the limits accept holds about 170 000 characters, and laying them
   * all out at once is a long task. They stay in the accessibility tree and find-in-page; print lays out all.
   */
  .long .section {
    content-visibility: auto;
    contain-intrinsic-size: auto 12rem;
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
  /* Each phase has its colour, its word and its shape (never colour alone). */
  .running[data-phase='work'] {
    --_phase: var(--_phase-work);
  }
  .running[data-phase='rest'] {
    --_phase: var(--_phase-rest);
  }
  .running[data-phase='switch'] {
    --_phase: var(--_phase-switch);
  }
  .running[data-phase='ready'] {
    --_phase: var(--_phase-ready);
  }
  .running[data-phase='paused'] {
    --_phase: var(--_phase-paused);
  }
  .running {
    border-block-start: 0.5rem solid var(--_phase, var(--_accent));
    padding-block-start: calc(var(--_space) * 0.5);
    border-radius: 0 0 var(--_radius) var(--_radius);
  }
  .phase {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
    padding: 0.15em 0.7em;
    border: 2px solid var(--_phase, var(--_accent));
    border-radius: 999px;
    background: color-mix(in srgb, var(--_phase, var(--_accent)) 14%, transparent);
    color: color-mix(in srgb, var(--_phase, var(--_accent)) 62%, currentColor);
    font-size: var(--_glance);
    font-weight: 800;
    line-height: 1.15;
    overflow-wrap: anywhere;
  }
  .phase-shape {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
  }
  /* The ring and the Done button take the phase's colour. */
  .timer {
    --_accent: var(--_phase, var(--_phase-work));
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
    font-size: var(--_big-number);
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    line-height: 1;
  }
  /* Paused is unmistakable: the time itself dims and the word lies across it. */
  .timer.is-paused .readout.clock,
  .timer.is-paused rep-counter::part(count) {
    opacity: 0.35;
  }
  .paused-mark {
    position: absolute;
    inset-block-start: 50%;
    inset-inline: 0;
    z-index: 1;
    transform: translateY(-50%) rotate(-8deg);
    justify-self: center;
    margin-inline: auto;
    inline-size: max-content;
    max-inline-size: 100%;
    padding: 0.1em 0.5em;
    border: 3px solid currentColor;
    border-radius: var(--_radius);
    background: var(--_surface-solid);
    font-size: var(--_glance);
    font-weight: 800;
    text-transform: uppercase;
    pointer-events: none;
  }
  .timer.counter {
    position: relative;
    display: grid;
  }
  /* The embedded counter's number is as big as the clock, its side line as big as the phase. */
  .timer.counter rep-counter {
    --ex-rep-counter-size: calc(var(--_big-number) / 0.3);
    /* Its side, hold seconds and rest countdown are glanced at too, as big as the phase. */
    --ex-rep-counter-label-size: var(--_glance);
  }
  rep-counter::part(status) {
    font-size: var(--_glance);
    font-weight: 800;
  }
  /* Clock digits and counts stay left to right inside right-to-left text ("1:05", never "05:1"). */
  .readout.clock,
  .numbers .count {
    direction: ltr;
    unicode-bidi: isolate;
  }
  .gate .readout {
    font-size: var(--_glance);
    padding: 1.5rem;
  }
  /* The time held so far is the number a patient glances at, as big as any clock. */
  .held-box {
    position: relative;
    display: grid;
    justify-items: center;
  }
  .gate .held {
    font-size: var(--_big-number);
    direction: ltr;
    unicode-bidi: isolate;
  }
  .timer.is-paused .held {
    opacity: 0.35;
  }
  .up-next {
    color: var(--_muted);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    justify-content: center;
    gap: 0.5rem;
    max-inline-size: 100%;
  }
  .control.sound {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
  }
  .control.sound[aria-pressed='true'] {
    border-color: currentColor;
    border-width: 2px;
  }
  .running > *,
  .summary > *,
  .overview > * {
    max-inline-size: 100%;
    min-inline-size: 0;
    overflow-wrap: anywhere;
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
    gap: 0.75rem;
    min-block-size: 44px;
    min-inline-size: 44px;
    cursor: pointer;
  }
  .cue-settings input,
  .feeling input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .how-to {
    inline-size: min(100%, 32rem);
    text-align: start;
  }
  .how-to > summary {
    justify-content: center;
    gap: 0.4rem;
    font-weight: 700;
    color: var(--_accent-text);
  }
  /* A disclosure's own marker goes with display: flex; this one turns as it opens. */
  .how-to > summary::before {
    content: '';
    inline-size: 0.5em;
    block-size: 0.5em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(-45deg);
  }
  .base[dir='rtl'] .how-to > summary::before {
    transform: rotate(135deg);
  }
  .how-to[open] > summary::before {
    transform: rotate(45deg);
  }
  .how-to-body {
    display: grid;
    gap: 0.5rem;
  }
  .how-to-steps {
    margin: 0;
    padding-inline-start: 1.5rem;
  }
  /* Items in their own direction put their markers on either side: room on both. */
  .safety ul,
  .safety-list,
  .how-to-steps,
  .how-to-safety {
    padding-inline: 1.5rem;
  }
  .how-to-image {
    inline-size: min(100%, 20rem);
    block-size: auto;
    border-radius: var(--_radius);
  }
  .how-to a {
    display: inline-flex;
    align-items: center;
    min-block-size: 44px;
    color: var(--_accent-text);
  }
  .equipment,
  .done-skipped {
    font-weight: 600;
  }
  .clinic-advice {
    margin-block-start: 0.5rem;
    font-weight: 600;
  }

  /* Under reduced motion the flash cue becomes the phase's calm tint instead. */
  .running[data-phase] {
    --_phase-tint: color-mix(in srgb, var(--_phase, var(--_accent)) 8%, var(--_surface-solid));
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
  .checkin legend {
    /* Inside the fieldset's border on a narrow phone, never across it. */
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    margin-block-end: 0.25rem;
  }
  .checkin fieldset > legend + * {
    clear: both;
  }
  .pain-value {
    display: block;
    font-size: 1.5rem;
    font-weight: 700;
    text-align: center;
  }
  /* One row at any width: a 0–10 slider whose thumb is a 44 px target, with its numbers below. */
  .pain-slider {
    display: block;
    inline-size: 100%;
    min-inline-size: 44px;
    block-size: 44px;
    margin: 0;
    accent-color: var(--_accent);
    cursor: pointer;
  }
  .pain-slider::-webkit-slider-thumb {
    inline-size: 44px;
    block-size: 44px;
  }
  .pain-slider.unanswered {
    opacity: 0.6;
  }
  .scale-ticks {
    display: flex;
    justify-content: space-between;
    padding-inline: calc(22px - 0.3em);
    font-size: 0.875rem;
    font-variant-numeric: tabular-nums;
    direction: ltr;
  }
  .base[dir='rtl'] .scale-ticks,
  .base[dir='rtl'] .pain-slider {
    direction: rtl;
  }
  .scale-ends {
    display: flex;
    justify-content: space-between;
    gap: 0.5rem;
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .scale-ends span:last-child {
    text-align: end;
  }
  .feeling label {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    margin-inline-end: 1rem;
    min-block-size: 44px;
    min-inline-size: 44px;
    cursor: pointer;
  }
  .recent {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .confirm {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem;
    border: 2px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .confirm-actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
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
    /* An address in an error message has no spaces; it must wrap inside a phone-wide player. */
    overflow-wrap: anywhere;
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
    .long .section {
      content-visibility: visible;
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
