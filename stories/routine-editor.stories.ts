import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RoutineInput } from '../src/data/routine-schema.js';
import type { RoutineEditor } from '../src/routine-editor/routine-editor.js';
import '../src/routine-editor/routine-editor.js';
import { seedRoutines } from './support/seed-routines.js';

interface EditorArgs {
  theme?: '' | 'light' | 'dark';
  'script-src'?: string;
  'draft-key'?: string;
  onExChange?: (event: Event) => void;
  /** Public API the manifest lists; set through play functions, not controls. */
  routine?: never;
  text?: never;
}

function editor(args: EditorArgs): TemplateResult {
  return html`<routine-editor
    theme=${ifDefined(args.theme || undefined)}
    script-src=${ifDefined(args['script-src'] || undefined)}
    draft-key=${ifDefined(args['draft-key'] || undefined)}
    @ex-change=${args.onExChange}
  ></routine-editor>`;
}

/** A short article in a blog's layout, written for this story. */
const ARTICLE = `Two moves for a stiff lower back

I do these every morning before work. Go slowly, and never push into pain.

1. Pelvic tilts: Lie on your back with your knees bent. Flatten your lower back into the floor, then relax. Do 10 repetitions.

2. Cat and camel: On your hands and knees, round your back up, then let it sag gently. Repeat 8 times.

Stop if the pain spreads down your leg.`;

const TEXT = `# Morning back routine
Two gentle moves to start the day.
Frequency: once a day

## Main
### Pelvic tilts
2 sets of 10 reps
1. Lie on your back with your knees bent.
2. Flatten your lower back into the floor, then relax.
Caution: stop if the pain spreads down your leg.

### Cat and camel
8 reps
1. Start on your hands and knees.
2. Round your back up, then let it sag gently.
`;

async function ready(canvas: HTMLElement): Promise<RoutineEditor> {
  await customElements.whenDefined('routine-editor');
  const el = canvas.querySelector('routine-editor') as RoutineEditor;
  await el.updateComplete;
  return el;
}

async function showTab(el: RoutineEditor, tab: 'article' | 'text' | 'form'): Promise<void> {
  el.shadowRoot!.querySelector<HTMLButtonElement>(`#tab-${tab}`)!.click();
  await el.updateComplete;
}

async function choose(el: RoutineEditor, element: 'player' | 'card' | 'counter'): Promise<void> {
  el.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${element}"]`)!.click();
  await el.updateComplete;
}

/** The stories set their states through the public API and the editor's own buttons, as an author would. */
const showInDocs = { docs: { story: { autoplay: true } } };

const meta = {
  title: 'Elements/Routine editor',
  component: 'routine-editor',
  render: (args) => editor(args),
  args: { theme: '', 'script-src': '', 'draft-key': '' },
  argTypes: {
    theme: { control: { type: 'inline-radio' }, options: ['', 'light', 'dark'] },
    'script-src': { control: 'text' },
    'draft-key': { control: 'text' },
    onExChange: { action: 'ex-change' },
  },
  parameters: { layout: 'padded' },
} satisfies Meta<EditorArgs>;

export default meta;
type Story = StoryObj<EditorArgs>;

/** A blank editor: the first thing an author sees. */
export const Empty: Story = { args: { 'draft-key': 'story-empty' } };

/** An article pasted and imported; the list says what the import guessed. */
export const ImportedArticle: Story = {
  args: { 'draft-key': 'story-import' },
  parameters: showInDocs,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await el.importArticle(ARTICLE);
  },
};

/** The routine written in the text format, with the player previewing it. */
export const WrittenAsText: Story = {
  args: { 'draft-key': 'story-text' },
  parameters: showInDocs,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.text = TEXT;
    await showTab(el, 'text');
  },
};

/** A line the editor cannot read well: the problem sits under the text pane with its line number. */
export const TextWithProblems: Story = {
  args: { 'draft-key': 'story-problems' },
  parameters: showInDocs,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.text = '# Hips\n### Knee wags\n10-15 reps per sde\n';
    await showTab(el, 'text');
  },
};

/** One of the example routines, opened in the form. */
export const BuiltWithTheForm: Story = {
  args: { 'draft-key': 'story-form' },
  parameters: showInDocs,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.routine = structuredClone(seedRoutines.hip.doc) as unknown as RoutineInput;
    await showTab(el, 'form');
  },
};

/** The embed as one card per exercise. */
export const CardsOutput: Story = {
  args: { 'draft-key': 'story-cards' },
  parameters: showInDocs,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.text = TEXT;
    await choose(el, 'card');
  },
};

/** The embed as a rep counter for one exercise. */
export const CounterOutput: Story = {
  args: { 'draft-key': 'story-counter' },
  parameters: showInDocs,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.text = TEXT;
    await choose(el, 'counter');
  },
};

/** A draft from an earlier visit, offered back. */
export const DraftOffered: Story = {
  args: { 'draft-key': 'story-draft' },
  loaders: [
    async () => {
      localStorage.setItem(
        'exercise-elements:routine-editor:story-draft',
        JSON.stringify({
          savedAt: Date.UTC(2026, 0, 5, 9, 30),
          routine: { id: 'draft', title: 'My draft', sections: [] },
        }),
      );
      return {};
    },
  ],
};

/** Dark theme, editor and preview alike. */
export const Dark: Story = {
  args: { theme: 'dark', 'draft-key': 'story-dark' },
  parameters: showInDocs,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.text = TEXT;
  },
};
