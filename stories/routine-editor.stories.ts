import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { RoutineInput } from '../src/data/routine-schema.js';
import type { RoutineEditor } from '../src/routine-editor/routine-editor.js';
import '../src/routine-editor/routine-editor.js';
import { stubFetch } from './support/fetch-stub.js';
import { seedRoutines } from './support/seed-routines.js';
import { storyLibrary } from './support/story-library.js';

/** Where the library stories find the exercise library: answered by the fetch stub, never the network. */
const LIBRARY_URL = '/__stories__/editor-library.json';

interface EditorArgs {
  theme?: '' | 'light' | 'dark';
  'script-src'?: string;
  'draft-key'?: string;
  'library-src'?: string;
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
    library-src=${ifDefined(args['library-src'] || undefined)}
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
  args: { theme: '', 'script-src': '', 'draft-key': '', 'library-src': '' },
  argTypes: {
    theme: { control: { type: 'inline-radio' }, options: ['', 'light', 'dark'] },
    'script-src': { control: 'text' },
    'draft-key': { control: 'text' },
    'library-src': { control: 'text' },
    onExChange: { action: 'ex-change' },
  },
  parameters: { layout: 'padded' },
  beforeEach: () =>
    stubFetch(
      LIBRARY_URL,
      () =>
        new Response(JSON.stringify(storyLibrary), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    ),
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

/** The form with the exercise library open: search it, then add an exercise to the routine. */
export const WithTheLibrary: Story = {
  args: { 'draft-key': 'story-library', 'library-src': LIBRARY_URL },
  parameters: showInDocs,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.text = TEXT;
    await showTab(el, 'form');
    const panel = el.shadowRoot!.querySelector('library-panel') as HTMLElement & {
      updateComplete: Promise<unknown>;
    };
    await panel.updateComplete;
    panel.shadowRoot!.querySelector<HTMLButtonElement>('[part~="toggle"]')!.click();
  },
};

/** A change taken back with Undo: Redo can make it again. */
export const AfterUndo: Story = {
  args: { 'draft-key': 'story-undo' },
  parameters: showInDocs,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    el.text = TEXT;
    await showTab(el, 'form');
    const title = el.shadowRoot!.querySelector<HTMLInputElement>('#f-title')!;
    title.value = 'Evening back routine';
    title.dispatchEvent(new Event('change'));
    await el.updateComplete;
    el.shadowRoot!.querySelector<HTMLButtonElement>('#undo')!.click();
    await el.updateComplete;
  },
};

/** An article in which the import finds no exercise: it says so, and how to mark them. */
export const ImportFindsNothing: Story = {
  args: { 'draft-key': 'story-import-nothing' },
  parameters: showInDocs,
  play: async ({ canvasElement }) => {
    const el = await ready(canvasElement);
    await el.importArticle(
      'A rainy week\n\nIt rained every day this week, so I stayed in and read about gardens.',
    );
  },
};

/** A draft saved earlier that can no longer be read: the editor says so once and keeps working. */
export const UnreadableDraft: Story = {
  args: { 'draft-key': 'story-corrupt' },
  loaders: [
    async () => {
      localStorage.setItem('exercise-elements:routine-editor:story-corrupt', '{"savedAt": 1, "routine": {');
      return {};
    },
  ],
};
