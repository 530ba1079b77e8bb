import { css } from 'lit';
import { authorWarningStyles } from '../internal/author-warnings.js';
import { themeTokens } from '../internal/theme.styles.js';

/**
 * The card's look. It inherits the page's font and colour through the theme tokens, reserves its
 * space before data arrives, keeps every boundary a real border (so forced-colors mode still shows
 * the shape), and prints as a plain black-on-white handout.
 */
const cardStyles = css`
  :host {
    display: block;
    contain: content;
    min-height: var(--ex-card-min-height, 12rem);
    line-height: 1.5;
    --_card-surface: var(--ex-card-surface, var(--_surface));
    --_card-padding: var(--ex-card-padding, var(--_space));
    --_media-ratio: var(--ex-card-media-aspect-ratio, 16 / 9);
  }
  :host([layout='compact']) {
    min-height: var(--ex-card-min-height, 3.5rem);
  }
  :host([hidden]) {
    display: none;
  }

  .card {
    min-height: inherit;
    background: var(--_card-surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_card-padding);
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    overflow-wrap: anywhere;
  }
  .card > *,
  .details > * {
    margin: 0;
  }

  .print-only {
    display: none;
  }

  .title {
    margin: 0;
    font-size: 1.35em;
    line-height: 1.25;
  }
  .sub {
    margin: 0 0 0.35em;
    font-size: 1em;
  }
  .summary {
    margin: 0;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
    color: var(--_muted);
  }
  /* Chips sit in a row: the list's spacing between items (li + li below) must not push one down. */
  .meta li {
    margin: 0;
    border: 1px solid var(--_border);
    border-radius: 999px;
    padding: 0 0.6em;
  }

  .dosage {
    margin: 0;
    font-weight: 600;
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25em 0.6em;
  }
  .dosage-label {
    font-size: 0.8em;
    font-weight: 600;
    text-transform: uppercase;
    letter-spacing: 0.04em;
    color: var(--_muted);
  }
  .dosage-note {
    font-weight: 400;
    color: var(--_muted);
  }

  ol,
  ul {
    margin: 0;
    padding-inline-start: 1.4em;
  }
  li + li {
    margin-top: 0.25em;
  }
  .steps li::marker {
    font-weight: 700;
    color: var(--_accent-text);
  }

  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2em 0.8em;
    margin: 0;
  }
  .facts dt {
    font-weight: 600;
  }
  .facts dd {
    margin: 0;
  }

  .safety {
    border: 1px solid var(--_danger);
    border-inline-start-width: 6px;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_danger-surface);
    padding: calc(var(--_space) * 0.6) var(--_space);
  }
  .safety .sub {
    color: var(--_danger-text);
  }
  .safety .sub::before {
    content: '⚠\\FE0E';
    margin-inline-end: 0.4em;
  }

  details {
    border: 1px solid var(--_border);
    border-radius: calc(var(--_radius) / 2);
    padding: 0 0.75em;
  }
  details + details,
  details + p,
  p + details {
    margin-top: 0.4em;
  }
  /* The toggle is a 44 px target, like every button. */
  summary {
    cursor: pointer;
    font-weight: 600;
    min-height: 2.75rem;
    padding-block: calc((2.75rem - 1lh) / 2);
  }
  details p {
    margin: 0 0 0.6em;
  }
  .variation-kind {
    color: var(--_muted);
    font-weight: 400;
  }

  .source {
    font-size: 0.9em;
    color: var(--_muted);
  }
  .source a {
    color: inherit;
  }

  /* Media: every box is reserved before its content loads. */
  .media {
    display: grid;
    gap: calc(var(--_space) * 0.5);
  }
  .images {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    gap: calc(var(--_space) * 0.5);
  }
  .image {
    margin: 0;
  }
  .image img {
    display: block;
    width: 100%;
    height: auto;
    object-fit: contain;
    background: var(--_surface-2);
    border-radius: calc(var(--_radius) / 2);
  }
  /* A sized image keeps the ratio its width/height attributes give (any aspect-ratio set here, even
     auto, would override it and the box would be 0 px tall until the image loads). */
  .image:not([data-sized]) img {
    aspect-ratio: 4 / 3;
  }
  figcaption,
  .image-fallback {
    font-size: 0.85em;
    color: var(--_muted);
    margin-top: 0.25em;
  }
  /* An image that failed to load gives way to its alt text (always given: the schema requires it). */
  .image-fallback,
  .image[data-broken] img {
    display: none;
  }
  .image[data-broken] .image-fallback {
    display: block;
    margin: 0;
  }
  .video {
    position: relative;
    aspect-ratio: var(--_media-ratio);
    border-radius: calc(var(--_radius) / 2);
    overflow: hidden;
    background: var(--_surface-2);
    border: 1px solid var(--_border);
  }
  .video video,
  .video iframe,
  .video .poster {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    border: 0;
    object-fit: cover;
  }
  .facade {
    background:
      radial-gradient(
        circle at 30% 30%,
        color-mix(in srgb, var(--_accent) 30%, transparent),
        transparent 60%
      ),
      linear-gradient(135deg, var(--_surface-2), color-mix(in srgb, var(--_accent) 18%, var(--_surface-2)));
  }
  .play {
    position: absolute;
    inset: 0;
    width: 100%;
    height: 100%;
    display: grid;
    place-items: center;
    background: transparent;
    border: 0;
    padding: 0;
    cursor: pointer;
    color: inherit;
  }
  .play svg {
    width: 4.25rem;
    height: auto;
    filter: drop-shadow(0 1px 3px rgb(0 0 0 / 0.35));
  }
  .play-bg {
    fill: var(--_accent);
    stroke: var(--_on-accent);
    stroke-width: 2;
  }
  .play-icon {
    fill: var(--_on-accent);
  }
  .play:hover .play-bg {
    fill: color-mix(in srgb, var(--_accent) 85%, black);
  }
  .play:focus-visible {
    outline-offset: -6px;
  }

  /* Buttons */
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
  }
  button.action {
    font: inherit;
    font-weight: 600;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.4em 1.1em;
    border-radius: calc(var(--_radius) / 1.5);
    border: 2px solid var(--_accent);
    cursor: pointer;
  }
  button.start {
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button.secondary {
    background: transparent;
    color: inherit;
  }
  button.action:hover {
    filter: brightness(1.08);
  }
  .chevron {
    display: inline-block;
    margin-inline-start: 0.35em;
    transition: transform 150ms ease;
  }
  [aria-expanded='true'] .chevron {
    transform: rotate(180deg);
  }

  /* Compact: one row for lists, expandable. */
  .compact .row {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25em 1em;
  }
  .compact .title {
    font-size: 1.1em;
    flex: 1 1 12rem;
  }
  .compact .dosage {
    /* One line in a list: the full dosage stays in the text for screen readers and on hover. */
    display: block;
    flex: 1 1 10rem;
    min-width: 0;
    font-weight: 500;
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .compact .dosage-label {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .compact .controls {
    margin-inline-start: auto;
  }
  .details {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    padding-top: calc(var(--_space) * 0.5);
    border-top: 1px solid var(--_border);
  }
  .details[hidden] {
    display: none;
  }

  /* Loading skeleton: the shape of a card, so nothing jumps when it fills in. */
  .skeleton .bone {
    border-radius: 6px;
    background: var(--_surface-2);
    border: 1px solid transparent;
    animation: pulse 1.4s ease-in-out infinite;
  }
  .skeleton .bone-title {
    height: 1.6em;
    width: 55%;
  }
  .skeleton .bone-media {
    aspect-ratio: var(--_media-ratio);
    max-height: 14rem;
  }
  .skeleton .bone-line {
    height: 1em;
  }
  .skeleton .bone-line.short {
    width: 70%;
  }
  .compact.skeleton {
    flex-direction: row;
    align-items: center;
  }
  .compact.skeleton .bone-title {
    width: 40%;
    margin: 0;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }

  /* Error: readable, in the card, never blank. */
  .error {
    border-color: var(--_danger);
    background: var(--_danger-surface);
  }
  .alert {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
  }
  .alert p,
  .alert ul {
    margin: 0;
  }
  .alert-title {
    font-weight: 700;
    color: var(--_danger-text);
  }
  .alert code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
    font-weight: 600;
  }

  @media (forced-colors: active) {
    .card,
    .safety,
    details,
    .meta li,
    .video,
    .skeleton .bone,
    button.action {
      border-color: CanvasText;
    }
    button.action {
      border-color: ButtonText;
      color: ButtonText;
      background: ButtonFace;
    }
    .play-bg {
      fill: ButtonFace;
      stroke: ButtonText;
    }
    .play-icon {
      fill: ButtonText;
    }
    .skeleton .bone {
      animation: none;
    }
    .steps li::marker,
    .alert-title,
    .safety .sub {
      color: CanvasText;
    }
  }

  /* Print: a clean black-on-white handout with tick boxes and where it came from. */
  @media print {
    :host {
      contain: none;
      min-height: 0;
      color: #000;
      --_card-surface: #fff;
    }
    .card {
      background: #fff;
      color: #000;
      break-inside: avoid-page;
    }
    [part~='controls'],
    button,
    .video,
    .no-print {
      display: none !important;
    }
    .details[hidden] {
      display: flex;
    }
    .print-only {
      display: block;
    }
    .images {
      grid-template-columns: repeat(auto-fill, 4.5cm);
    }
    .image img {
      max-height: 4cm;
      width: auto;
      max-width: 4.5cm;
      background: none;
    }
    .ticks {
      font-size: 1.2em;
      letter-spacing: 0.3em;
    }
    .print-footer {
      font-size: 0.8em;
      border-top: 1px solid #000;
      padding-top: 0.3em;
      overflow-wrap: anywhere;
    }
  }

  .follow-along {
    margin-block-start: var(--_space);
    display: grid;
    gap: calc(var(--_space) / 2);
  }
  @media print {
    .follow-along {
      display: none;
    }
  }
`;

export const exerciseCardStyles = [themeTokens, authorWarningStyles, cardStyles];
