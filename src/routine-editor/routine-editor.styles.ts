import { css } from 'lit';
import { themeTokens } from '../internal/theme.styles.js';

export const routineEditorStyles = [
  themeTokens,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }
    :host([hidden]) {
      display: none;
    }
    :host([theme='light']) {
      color-scheme: light;
      --_surface: var(--ex-surface, #ffffff);
      --_text: var(--ex-text, #1b1b1b);
      background: var(--_surface);
      color: var(--_text);
    }
    :host([theme='dark']) {
      color-scheme: dark;
      --_surface: var(--ex-surface, #161a1d);
      --_text: var(--ex-text, #eef1f3);
      background: var(--_surface);
      color: var(--_text);
    }
    .editor {
      display: grid;
      gap: var(--_space);
    }
    /* Side by side on a wide screen; the preview goes below the editor on a phone. */
    .workspace {
      display: grid;
      gap: calc(var(--_space) * 1.5);
      grid-template-columns: minmax(0, 1fr);
    }
    @container (min-width: 56rem) {
      .workspace {
        grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
        align-items: start;
      }
    }
    h2,
    h3 {
      margin: var(--_space) 0 calc(var(--_space) / 2);
      line-height: 1.25;
    }
    h2 {
      font-size: 1.25em;
    }
    h3 {
      font-size: 1.05em;
    }
    label,
    legend {
      font-weight: 600;
    }
    textarea,
    input[type='text'],
    select {
      box-sizing: border-box;
      inline-size: 100%;
      font: inherit;
      color: inherit;
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
      padding: 0.5em 0.6em;
      margin-block: 0.25em 0.5em;
    }
    textarea {
      resize: vertical;
      line-height: 1.45;
    }
    #text,
    #embed {
      font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
      font-size: 0.9em;
    }
    [aria-invalid='true'] {
      border-color: var(--_danger);
      border-width: 2px;
    }
    fieldset {
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      margin: 0 0 var(--_space);
      min-inline-size: 0;
    }
    .field {
      margin-block-end: 0.5em;
    }
    .hint {
      margin: 0.1em 0 0.2em;
      color: var(--_muted);
      font-size: 0.9em;
    }
    .problems,
    .diagnostics {
      margin: 0.25em 0 0.75em;
      padding-inline-start: 1.25em;
    }
    .problems li,
    .diagnostics li.error {
      color: var(--_danger-text);
    }
    .diagnostics li {
      margin-block: 0.25em;
    }
    .diagnostics .where {
      font-weight: 600;
      margin-inline-end: 0.4em;
    }
    .exercises {
      list-style: none;
      padding: 0;
      margin: 0;
    }
    .section {
      border-block-start: 2px solid var(--_border);
      padding-block-start: calc(var(--_space) / 2);
      margin-block-end: var(--_space);
    }
    .row-buttons {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em;
      margin-block: 0.5em;
    }
    button {
      font: inherit;
      color: inherit;
      background: var(--_surface-2);
      border: 1px solid var(--_border);
      border-radius: calc(var(--_radius) / 2);
      padding: 0.45em 0.9em;
      cursor: pointer;
      min-block-size: 2.75rem;
    }
    button:disabled {
      cursor: not-allowed;
      opacity: 0.6;
    }
    button.primary {
      background: var(--_accent);
      color: var(--_on-accent);
      border-color: var(--_accent);
    }
    button.danger {
      color: var(--_danger-text);
    }
    button.link {
      background: none;
      border: none;
      padding: 0;
      min-block-size: 0;
      text-decoration: underline;
      font-weight: 600;
      margin-inline-end: 0.4em;
    }
    :focus-visible {
      outline: 3px solid var(--_focus);
      outline-offset: 2px;
    }
    [role='tablist'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em;
      border-block-end: 2px solid var(--_border);
      margin-block-end: var(--_space);
    }
    [role='tab'] {
      border-end-start-radius: 0;
      border-end-end-radius: 0;
      border-block-end: none;
    }
    [role='tab'][aria-selected='true'] {
      background: var(--_accent);
      color: var(--_on-accent);
      border-color: var(--_accent);
    }
    .choice {
      display: flex;
      align-items: center;
      gap: 0.5em;
      font-weight: normal;
      min-block-size: 2.75rem;
    }
    .choice input {
      inline-size: 1.25rem;
      block-size: 1.25rem;
    }
    .preview {
      display: grid;
      gap: var(--_space);
      border: 1px dashed var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      margin-block-end: var(--_space);
    }
    .notice {
      border: 2px solid var(--_accent);
      border-radius: var(--_radius);
      padding: calc(var(--_space) / 2) var(--_space);
      margin: 0;
    }
    .notice.warning {
      border-color: var(--_danger);
      background: var(--_danger-surface);
    }
    .notice p {
      margin: 0.25em 0;
    }
    .visually-hidden {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    [hidden] {
      display: none !important;
    }
    @media (prefers-reduced-motion: reduce) {
      * {
        transition: none !important;
        animation: none !important;
      }
    }
    @media print {
      [role='tablist'],
      .row-buttons,
      .output {
        display: none;
      }
    }
  `,
];
