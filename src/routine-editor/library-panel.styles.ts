import { css } from 'lit';
import { themeTokens } from '../internal/theme.styles.js';

/**
 * The library panel's look: the page's font and colours through the theme tokens, 44 px targets, a
 * focus ring that shows in forced-colors mode (an outline, not a shadow), and a list that scrolls
 * inside the panel so a search never pushes the editor off screen.
 */
const panelStyles = css`
  :host {
    display: block;
    --_list-height: var(--ex-library-max-height, 28rem);
  }
  :host([hidden]) {
    display: none;
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
  }
  .body {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.75);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: var(--_space);
    background: var(--_surface);
  }
  .body[hidden] {
    display: none;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75em;
    margin: 0;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex: 1 1 12rem;
    min-width: 0;
  }
  label {
    font-weight: 600;
  }
  input,
  select,
  button {
    font: inherit;
    color: inherit;
    min-height: 2.75rem;
    border-radius: calc(var(--_radius) / 2);
    border: 1px solid var(--_border);
    background: var(--_surface);
    padding: 0.3em 0.6em;
    box-sizing: border-box;
  }
  button {
    cursor: pointer;
    min-width: 2.75rem;
    font-weight: 600;
    border: 2px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
  }
  button.quiet {
    background: transparent;
    color: var(--_accent-text);
  }
  input:focus-visible,
  select:focus-visible,
  button:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .status {
    margin: 0;
    color: var(--_muted);
  }
  .status.error {
    color: var(--_danger-text);
  }
  .results {
    list-style: none;
    margin: 0;
    padding: 0;
    max-height: var(--_list-height);
    overflow-y: auto;
    display: flex;
    flex-direction: column;
    gap: 0.25em;
  }
  .result {
    display: flex;
    align-items: center;
    gap: 0.75em;
    padding: 0.35em 0.5em;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_surface-2);
  }
  .result-text {
    flex: 1 1 auto;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .result-name {
    display: block;
    font-weight: 600;
  }
  .result-meta {
    display: block;
    font-size: 0.9em;
    color: var(--_muted);
  }
  .credit {
    margin: 0;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .credit a {
    color: inherit;
  }
  @media (forced-colors: active) {
    button {
      border-color: ButtonText;
    }
  }
`;

export const libraryPanelStyles = [themeTokens, panelStyles];
