import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { LibraryPanel } from '../src/routine-editor/library-panel.component.js';
import { answerStatus, neverAnswer, STUB_URLS, stubFetch } from './support/fetch-stub.js';
import { storyLibrary as library } from './support/story-library.js';

// The editor registers the panel; the stories do the same, with the guarded define.
LibraryPanel.define('library-panel');

const LIBRARY_URL = '/__stories__/library.json';
const EMPTY_URL = '/__stories__/empty-library.json';

const json = (value: unknown) => () =>
  new Response(JSON.stringify(value), { status: 200, headers: { 'content-type': 'application/json' } });

interface PanelArgs {
  src?: string;
  open?: boolean;
  limit?: number;
  onExLibraryPick?: (event: Event) => void;
}

function panel(args: PanelArgs): TemplateResult {
  return html`<library-panel
    src=${ifDefined(args.src)}
    ?open=${args.open}
    .limit=${args.limit ?? 30}
    @ex-library-pick=${args.onExLibraryPick}
  ></library-panel>`;
}

const meta = {
  title: 'Editor/Library panel',
  component: 'library-panel',
  render: panel,
  args: { src: LIBRARY_URL, open: true, limit: 30 },
  argTypes: {
    onExLibraryPick: { action: 'ex-library-pick' },
  },
  beforeEach: () => {
    const releases = [
      stubFetch(LIBRARY_URL, json(library)),
      stubFetch(EMPTY_URL, json({ title: 'An empty library', exercises: [] })),
      stubFetch(STUB_URLS.pending, neverAnswer),
      stubFetch(STUB_URLS.missing, answerStatus(404, 'Not Found')),
    ];
    return () => releases.forEach((release) => release());
  },
  parameters: {
    docs: {
      subtitle:
        'For authors, in the routine editor: search the exercise library by name, target area and equipment, and add one. The library file is fetched only when the panel is first opened.',
    },
  },
} satisfies Meta<PanelArgs>;

export default meta;
type Story = StoryObj<PanelArgs>;

/** Closed: one button; nothing is fetched until it is pressed. */
export const Closed: Story = { args: { open: false } };

/** Open, with the library listed; type in the box or pick an area or equipment to narrow it. */
export const Open: Story = {};

/** More matches than the panel lists at once: the status line says so. */
export const ManyResults: Story = { args: { limit: 3 } };

/** While the file is on its way. */
export const Loading: Story = { args: { src: STUB_URLS.pending } };

/** The file could not be loaded: the reason in words, and a button to try again. */
export const LoadError: Story = { args: { src: STUB_URLS.missing } };

/** A library with nothing in it: "No exercise matches". */
export const NothingFound: Story = { args: { src: EMPTY_URL } };
