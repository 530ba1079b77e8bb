/**
 * The themes of the Storybook toolbar, written the way a site owner would write them: a page
 * background and text colour, plus `--ex-*` tokens set on an ancestor of the widgets. The decorator in
 * `.storybook/preview.ts` applies one of these to a wrapper around each story, and the Theming page
 * prints the same values, so the docs show exactly what the toolbar does.
 */

export type ThemeName = 'light' | 'dark' | 'brand';

export interface StoryTheme {
  /** Shown in the toolbar. */
  title: string;
  /** Background and text colour of the page around the widgets. */
  page: { background: string; color: string; fontFamily?: string };
  /** `--ex-*` tokens set on the wrapper; custom properties inherit into the widgets' shadow roots. */
  tokens: Record<`--ex-${string}`, string>;
}

export const themes: Record<ThemeName, StoryTheme> = {
  light: {
    title: 'Light',
    page: { background: '#ffffff', color: '#1d2424' },
    tokens: {},
  },
  // The same values the elements use for `theme="dark"`.
  dark: {
    title: 'Dark',
    page: { background: '#0b1212', color: '#e8f0f0' },
    tokens: {
      '--ex-accent': '#5cc8c8',
      '--ex-on-accent': '#0b1a1a',
      '--ex-surface': '#152020',
      '--ex-surface-2': '#1d2b2b',
      '--ex-text': '#e8f0f0',
      '--ex-muted': '#a9bcbc',
      '--ex-border': '#3a4d4d',
      '--ex-danger': '#ff9d8f',
      '--ex-danger-surface': '#3a1d19',
      '--ex-focus': '#8fbfff',
    },
  },
  // A made-up physiotherapy clinic: aubergine and warm grey, squarer corners, a humanist sans.
  // Every text/background pair here has a contrast ratio of at least 4.5:1.
  brand: {
    title: 'Clinic brand',
    page: {
      background: '#f7f3ef',
      color: '#2b2230',
      fontFamily: "'Segoe UI', 'Trebuchet MS', system-ui, sans-serif",
    },
    tokens: {
      '--ex-accent': '#6b2c7a',
      '--ex-on-accent': '#ffffff',
      '--ex-radius': '6px',
      '--ex-font': "'Segoe UI', 'Trebuchet MS', system-ui, sans-serif",
      '--ex-text': '#2b2230',
      '--ex-surface': '#fffdfb',
      '--ex-surface-2': '#f1eaf2',
      '--ex-muted': '#5b4e60',
      '--ex-border': '#cbbccf',
      '--ex-danger': '#9a2418',
      '--ex-danger-surface': '#fbefec',
      '--ex-focus': '#1f5fbf',
    },
  },
};

/** The inline style for a wrapper that applies `theme`: page colours first, then the tokens. */
export function themeStyle(theme: StoryTheme): Record<string, string> {
  return {
    background: theme.page.background,
    color: theme.page.color,
    ...(theme.page.fontFamily ? { 'font-family': theme.page.fontFamily } : {}),
    ...theme.tokens,
  };
}

/** The tokens of `theme` as a CSS rule, as a site would paste it into its stylesheet. */
export function themeCss(theme: StoryTheme, selector = ':root'): string {
  const lines = Object.entries(theme.tokens).map(([name, value]) => `  ${name}: ${value};`);
  return `${selector} {\n${lines.join('\n')}\n}`;
}
