import { css } from 'lit';

/**
 * The few global tokens every element falls back to. A page themes all widgets at once by setting
 * these on `:root`; element-level properties (e.g. `--ex-card-surface`) fall back to them.
 *
 * By default a widget blends into its host page: it inherits the page's font and text colour and has
 * no background of its own; neutral tones are mixed from `currentColor`. The colours it does bring
 * (accent, danger, focus) follow the page's colour scheme, not the phone's: `light-dark()` resolves
 * against the `color-scheme` the host inherits, so a light page gets the light set even on a phone in
 * dark mode, a page declaring `color-scheme: dark` gets the dark set, and only a page declaring
 * `color-scheme: light dark` follows the reader's `prefers-color-scheme`. `theme="light"` and
 * `theme="dark"` force a surface, a text colour and the scheme.
 *
 * Text is the page's in font and colour, but not in layout: a theme's `text-align: justify`,
 * letter-spacing or double line-height would reach inside (inherited properties cross shadow roots)
 * and break rows of buttons and numbers, so those are set here, on the host and again on the base box
 * (a page rule such as `article *` can beat `:host`).
 */
export const themeTokens = css`
  :host {
    --_accent: var(--ex-accent, light-dark(#0f6e6e, #5cc8c8));
    --_on-accent: var(--ex-on-accent, light-dark(#ffffff, #0b1a1a));
    --_radius: var(--ex-radius, 12px);
    --_font: var(--ex-font, inherit);
    --_surface: var(--ex-surface, transparent);
    /* Layers that cover the page (a dialog, focus mode, full screen) need a real background: the
       system's Canvas/CanvasText pair (which follows the colour scheme too) unless a surface is set. */
    --_surface-solid: var(--ex-surface, Canvas);
    --_text-solid: var(--ex-text, CanvasText);
    --_on-danger: var(--ex-on-danger, light-dark(#ffffff, #2a0f0b));
    --_surface-2: var(--ex-surface-2, color-mix(in srgb, currentColor 6%, transparent));
    --_text: var(--ex-text, inherit);
    --_muted: var(--ex-muted, color-mix(in srgb, currentColor 80%, transparent));
    --_border: var(--ex-border, color-mix(in srgb, currentColor 28%, transparent));
    --_danger: var(--ex-danger, light-dark(#a3261a, #ff9d8f));
    --_danger-surface: var(
      --ex-danger-surface,
      light-dark(color-mix(in srgb, #a3261a 8%, transparent), color-mix(in srgb, #ff9d8f 14%, transparent))
    );
    --_focus: var(--ex-focus, light-dark(#1a5fb4, #8fbfff));
    --_space: var(--ex-space, 1rem);
    /* Accent and danger used as text are mixed toward the text colour, so they keep their contrast
       on a light page, a dark page, or a forced theme. */
    --_accent-text: color-mix(in srgb, var(--_accent) 62%, currentColor);
    --_danger-text: color-mix(in srgb, var(--_danger) 62%, currentColor);
    font-family: var(--_font);
    color: var(--_text);
    box-sizing: border-box;
    /* Native controls (progress bars, check boxes, range inputs) in our accent, not the browser's blue. */
    accent-color: var(--_accent);
  }
  :host,
  [part~='base'] {
    text-align: start;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    white-space: normal;
  }
  /* Each element may set its own (the counter uses normal); this only stops a page's extreme one. */
  :host {
    line-height: 1.5;
  }
  /* Browsers without light-dark() (before 2024) get the light set, as before. */
  @supports not (color: light-dark(#000, #fff)) {
    :host {
      --_accent: var(--ex-accent, #0f6e6e);
      --_on-accent: var(--ex-on-accent, #ffffff);
      --_on-danger: var(--ex-on-danger, #ffffff);
      --_danger: var(--ex-danger, #a3261a);
      --_danger-surface: var(--ex-danger-surface, color-mix(in srgb, #a3261a 8%, transparent));
      --_focus: var(--ex-focus, #1a5fb4);
    }
  }
  :host([theme='light']) {
    --_surface: var(--ex-surface, #ffffff);
    --_surface-solid: var(--ex-surface, #ffffff);
    --_text-solid: var(--ex-text, #1d2424);
    --_surface-2: var(--ex-surface-2, #f3f6f6);
    --_text: var(--ex-text, #1d2424);
    --_muted: var(--ex-muted, #4a5757);
    --_border: var(--ex-border, #cfd8d8);
    --_danger-surface: var(--ex-danger-surface, #fdf0ee);
    color-scheme: light;
  }
  :host([theme='dark']) {
    --_accent: var(--ex-accent, #5cc8c8);
    --_on-accent: var(--ex-on-accent, #0b1a1a);
    --_surface: var(--ex-surface, #152020);
    --_surface-solid: var(--ex-surface, #152020);
    --_text-solid: var(--ex-text, #e8f0f0);
    --_on-danger: var(--ex-on-danger, #2a0f0b);
    --_surface-2: var(--ex-surface-2, #1d2b2b);
    --_text: var(--ex-text, #e8f0f0);
    --_muted: var(--ex-muted, #a9bcbc);
    --_border: var(--ex-border, #3a4d4d);
    --_danger: var(--ex-danger, #ff9d8f);
    --_danger-surface: var(--ex-danger-surface, #3a1d19);
    --_focus: var(--ex-focus, #8fbfff);
    color-scheme: dark;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  /* Read by screen readers, not shown. */
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* Printed handouts are black on white, whatever the theme ([theme] gives this rule the dark rules' weight). */
  @media print {
    :host,
    :host([theme]) {
      --_accent: #000;
      --_text: #000;
      --_muted: #000;
      --_border: #000;
      --_danger: #000;
      --_surface: #fff;
      --_surface-2: #fff;
      --_danger-surface: #fff;
    }
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
