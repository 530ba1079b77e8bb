/**
 * Storybook controls for the `--ex-*` tokens: the ones every element reads, plus each element's own.
 * Colour tokens get a colour picker, the others a text field.
 */
const colour = { control: 'color' } as const;
const text = { control: 'text' } as const;

const SHARED_COLOURS = [
  '--ex-accent',
  '--ex-on-accent',
  '--ex-text',
  '--ex-surface',
  '--ex-surface-2',
  '--ex-muted',
  '--ex-border',
  '--ex-focus',
];
const SHARED_TEXT = ['--ex-radius', '--ex-font', '--ex-space'];

export function tokenControls(own: { colours?: string[]; text?: string[] } = {}) {
  return {
    ...Object.fromEntries([...SHARED_COLOURS, ...(own.colours ?? [])].map((name) => [name, colour])),
    ...Object.fromEntries([...SHARED_TEXT, ...(own.text ?? [])].map((name) => [name, text])),
  };
}
