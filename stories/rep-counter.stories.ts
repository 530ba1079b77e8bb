import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { styleMap } from 'lit/directives/style-map.js';
import type { RepCounter } from '../src/rep-counter/rep-counter.js';
import '../src/rep-counter/rep-counter.js';
import { tokenControls } from './support/token-controls.js';

/** Args are named as an author writes the attributes. */
interface CounterArgs {
  dosage?: string;
  target?: string;
  sets?: string;
  side?: '' | 'each' | 'alternating';
  hold?: string;
  rest?: string;
  name?: string;
  disabled?: boolean;
  paused?: boolean;
  muted?: boolean;
  'no-mute-button'?: boolean;
  debug?: boolean;
  required?: boolean;
  voice?: '' | 'off' | 'changes' | 'counts';
  theme?: '' | 'light' | 'dark';
  /** Read-only state the manifest lists: shown in the table, not editable. */
  value?: never;
  phase?: never;
  form?: never;
  validity?: never;
  validationMessage?: never;
  willValidate?: never;
  onExRep?: (event: Event) => void;
  onExSetComplete?: (event: Event) => void;
  onExSideChange?: (event: Event) => void;
  onExComplete?: (event: Event) => void;
  onExWarning?: (event: Event) => void;
  [cssProperty: `--${string}`]: string | undefined;
}

const attr = (value: string | undefined) => ifDefined(value || undefined);

function tokenStyle(args: CounterArgs): Record<string, string> {
  return Object.fromEntries(
    Object.entries(args).filter(
      (entry): entry is [string, string] =>
        entry[0].startsWith('--') && typeof entry[1] === 'string' && entry[1] !== '',
    ),
  );
}

function counter(args: CounterArgs): TemplateResult {
  return html`<rep-counter
    dosage=${attr(args.dosage)}
    target=${attr(args.target)}
    sets=${attr(args.sets)}
    side=${attr(args.side)}
    hold=${attr(args.hold)}
    rest=${attr(args.rest)}
    name=${attr(args.name)}
    ?disabled=${args.disabled}
    ?paused=${args.paused}
    ?muted=${args.muted}
    ?no-mute-button=${args['no-mute-button']}
    ?debug=${args.debug}
    ?required=${args.required}
    voice=${attr(args.voice)}
    theme=${attr(args.theme)}
    style=${styleMap(tokenStyle(args))}
    @ex-rep=${args.onExRep}
    @ex-set-complete=${args.onExSetComplete}
    @ex-side-change=${args.onExSideChange}
    @ex-complete=${args.onExComplete}
    @ex-warning=${args.onExWarning}
  ></rep-counter>`;
}

/**
 * Puts the counter into a running state through its public API, as a reader's taps would: `count`
 * calls `increment()` that many times. No waiting on real time; a running hold or rest then goes on
 * with the clock as it would on a page.
 */
function afterTaps(count: number): Story['play'] {
  return async ({ canvasElement }) => {
    await customElements.whenDefined('rep-counter');
    const element = canvasElement.querySelector('rep-counter') as RepCounter;
    await element.updateComplete;
    for (let i = 0; i < count; i++) element.increment();
    await element.updateComplete;
  };
}

/** Running states are shown on the docs page too, not only in the canvas. */
const showInDocs = { docs: { story: { autoplay: true } } };

const optional = (options: string[], labels: Record<string, string>) => ({
  control: { type: 'inline-radio' as const, labels },
  options: ['', ...options],
});

const meta = {
  title: 'Elements/Rep counter',
  component: 'rep-counter',
  render: (args) => counter(args),
  args: {
    dosage: '',
    target: '10',
    sets: '2',
    side: '',
    hold: '',
    rest: '',
    disabled: false,
    paused: false,
    muted: false,
    'no-mute-button': false,
    debug: false,
    required: false,
    voice: '',
    theme: '',
  },
  argTypes: {
    dosage: { control: 'text' },
    target: { control: 'text' },
    sets: { control: 'text' },
    side: optional(['each', 'alternating'], { '': 'none', each: 'each', alternating: 'alternating' }),
    hold: { control: 'text' },
    rest: { control: 'text' },
    name: { control: 'text' },
    disabled: { control: 'boolean' },
    paused: { control: 'boolean' },
    muted: { control: 'boolean' },
    'no-mute-button': { control: 'boolean' },
    debug: { control: 'boolean' },
    required: { control: 'boolean' },
    voice: optional(['off', 'changes', 'counts'], {
      '': 'unset (off)',
      off: 'off',
      changes: 'changes',
      counts: 'counts',
    }),
    theme: optional(['light', 'dark'], { '': 'follow the page', light: 'light', dark: 'dark' }),
    // Read-only state; shown in the table, not editable.
    value: { control: false },
    phase: { control: false },
    form: { control: false },
    validity: { control: false },
    validationMessage: { control: false },
    willValidate: { control: false },
    onExRep: { action: 'ex-rep', table: { disable: true } },
    onExSetComplete: { action: 'ex-set-complete', table: { disable: true } },
    onExSideChange: { action: 'ex-side-change', table: { disable: true } },
    onExComplete: { action: 'ex-complete', table: { disable: true } },
    onExWarning: { action: 'ex-warning', table: { disable: true } },
    ...tokenControls({
      text: [
        '--ex-rep-counter-size',
        '--ex-rep-counter-ring-width',
        '--ex-rep-counter-count-size',
        '--ex-rep-counter-label-size',
      ],
    }),
  },
  parameters: {
    docs: {
      subtitle: 'Counts reps, holds, sides and sets by touch or keyboard; a form control for check-ins.',
    },
  },
} satisfies Meta<CounterArgs>;
export default meta;

type Story = StoryObj<CounterArgs>;

/** Nothing counted yet. Tap the circle, or focus it and press Space, Enter or ArrowUp. */
export const Idle: Story = {};

/** The whole dosage as one line, read by `parseDosage`; single attributes override its fields. */
export const FromDosageLine: Story = {
  name: 'From a dosage line',
  args: { target: '', sets: '', dosage: '2-3 sets of 10-15 reps per side, hold 3 s, rest 60 s' },
};

/** Four reps into the first of three sets of ten. */
export const Counting: Story = {
  args: { target: '10', sets: '3' },
  play: afterTaps(4),
  parameters: showInDocs,
};

/** A 30-second hold has just started: the ring fills as it runs, and the rep counts when it ends. */
export const HoldRunning: Story = {
  name: 'Hold running',
  args: { target: '5', sets: '1', hold: '30' },
  play: afterTaps(1),
  parameters: showInDocs,
};

/** `side="each"`: the left side is done, so the counter moved to the right side. */
export const SideSwitch: Story = {
  name: 'Side switch',
  args: { target: '5', sets: '2', side: 'each' },
  play: afterTaps(5),
  parameters: showInDocs,
};

/** `side="alternating"`: sides change on every rep; the status says which side is next. */
export const Alternating: Story = {
  args: { target: '5', sets: '1', side: 'alternating' },
  play: afterTaps(3),
  parameters: showInDocs,
};

/** The first set is done and a 60-second rest runs; Skip rest or add 15 s. */
export const Rest: Story = {
  args: { target: '5', sets: '3', rest: '60' },
  play: afterTaps(5),
  parameters: showInDocs,
};

/** Both planned sets are done. The dosage allowed up to three, so "One more set" is offered. */
export const Complete: Story = {
  args: { target: '5', sets: '2-3' },
  play: afterTaps(10),
  parameters: showInDocs,
};

/**
 * `restore(7)`: a page continuing a count after a reload (the routine player's "Resume where you left
 * off" does this). Seven of 5 reps per side: the left side is done and two are counted on the right,
 * with no events, sounds or announcements for the restored reps. `count` reads 7.
 */
export const Restored: Story = {
  args: { target: '5', sets: '1', side: 'each' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('rep-counter') as RepCounter;
    await element.updateComplete;
    element.restore(7);
    await element.updateComplete;
  },
  parameters: showInDocs,
};

/** `disabled`: nothing can be counted, like a disabled native control. */
export const Disabled: Story = {
  args: { disabled: true },
};

/**
 * `paused` set by a host (the player's Pause) during a 10-second hold: the hold keeps the seconds it
 * had left, taps are ignored, and the count fades under a "Paused" badge until `paused` is unset.
 */
export const Paused: Story = {
  args: { target: '5', sets: '2', hold: '10' },
  play: async (context) => {
    await afterTaps(1)?.(context);
    const element = context.canvasElement.querySelector('rep-counter') as RepCounter;
    element.paused = true;
    await element.updateComplete;
  },
  parameters: showInDocs,
};

/**
 * Inside a host with its own sound control: `muted` silences the counter's tones and voice (vibration
 * stays), and `no-mute-button` hides its Mute button.
 */
export const MutedByHost: Story = {
  name: 'Muted by a host',
  args: { target: '10', sets: '2', muted: true, 'no-mute-button': true },
};

/**
 * Settings the counter refuses, seen by the author: `debug` lists each attribute and what to write.
 * Without `debug` a reader sees the same working, open counter and no list; `ex-warning` fires either
 * way.
 */
export const AuthorWarnings: Story = {
  name: 'Author warnings (debug)',
  args: { target: 'ten', sets: '1000000000', hold: '0', debug: true },
};

/**
 * On paper the counter is a tally line, a box per set. This story shows the print layout by giving the
 * tally the print styles' place; print any page with a counter to see the same.
 */
export const Printed: Story = {
  args: { target: '10-15', sets: '3', side: 'each', hold: '3' },
  render: (args) =>
    html`<p style="margin: 0 0 0.5rem">Printed:</p>
      <div style="border: 1px dashed; padding: 0.75rem; max-width: 28rem">${counter(args)}</div>`,
  play: async ({ canvasElement }) => {
    await customElements.whenDefined('rep-counter');
    const element = canvasElement.querySelector('rep-counter') as RepCounter;
    await element.updateComplete;
    // The canvas is a screen; show the print rendering as a picture of it (the widget's own print styles).
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(
      '.base > :not(.tally) { display: none !important; } .tally { display: flex !important; gap: .5em; margin: 0 }',
    );
    element.shadowRoot?.adoptedStyleSheets.push(sheet);
  },
  parameters: showInDocs,
};

/** `theme="dark"` on a dark page. */
export const Dark: Story = {
  args: { theme: 'dark', target: '12', sets: '3', side: 'each' },
  globals: { theme: 'dark' },
};

/**
 * A clinic check-in form. The counter submits its value under its `name`, like any field, and is
 * `required`: the form will not send before the first rep. Here the submit shows the form data
 * instead of sending it.
 */
export const InAForm: Story = {
  name: 'In a form',
  args: { name: 'bridges', target: '10', sets: '2', hold: '2', rest: '30', required: true },
  render: (args) => {
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      const form = event.currentTarget as HTMLFormElement;
      const lines = [...new FormData(form)].map(([key, value]) => `${key} = ${String(value)}`);
      const output = form.querySelector('output');
      if (output) output.textContent = lines.join('\n');
    };
    const clear = (event: Event) => {
      const output = (event.currentTarget as HTMLFormElement).querySelector('output');
      if (output) output.textContent = '';
    };
    return html`<form @submit=${submit} @reset=${clear} style="display: grid; gap: 0.75rem; max-width: 28rem">
      <label style="display: grid; gap: 0.25rem"
        >Your name
        <input name="patient" autocomplete="name" value="Sam" style="font: inherit; padding: 0.375rem"
      /></label>
      <p id="bridges-help" style="margin: 0">
        Glute bridges: 2 sets of 10, hold 2 s. Tap the circle on each rep.
      </p>
      ${counter(args)}
      <div style="display: flex; gap: 0.5rem">
        <button type="submit">Send check-in</button>
        <button type="reset">Start over</button>
      </div>
      <p style="margin: 0">Form data sent:</p>
      <output
        aria-live="polite"
        style="display: block; white-space: pre; font-family: monospace; min-height: 3em"
      ></output>
    </form>`;
  },
};
